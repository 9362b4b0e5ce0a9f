package org.harmledger.store.backup;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.stream.Collectors;
import org.harmledger.model.Sha256;
import org.harmledger.store.StorageException;

/**
 * A TableDump writes every row of one table as JSON Lines: one object per row, columns by name,
 * rows in primary-key order. Values are portable JSON (text, numbers, and booleans as booleans
 * even where SQLite stores them as 0 and 1), so a dump from one database loads into the other.
 */
final class TableDump {
  private static final JsonFactory JSON = new JsonFactory();
  private static final int FETCH_SIZE = 500;

  private TableDump() {}

  /** Writes {@code table} to {@code file} through {@code connection}'s current transaction. */
  static BackupManifest.TableFile write(Connection connection, TableShape table, Path file) {
    String columns = table.columns().stream().map(TableShape.Column::name).collect(Collectors.joining(", "));
    String order = table.primaryKey().isEmpty() ? columns : String.join(", ", table.primaryKey());
    String sql = "SELECT " + columns + " FROM " + table.name() + " ORDER BY " + order;
    MessageDigest digest = Sha256.digest();
    long rows = 0;
    try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest);
        JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8);
        PreparedStatement statement = connection.prepareStatement(sql)) {
      json.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
      // PostgreSQL streams rows with a fetch size only inside a transaction, which the caller holds.
      statement.setFetchSize(FETCH_SIZE);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          json.writeStartObject();
          for (int i = 0; i < table.columns().size(); i++) {
            TableShape.Column column = table.columns().get(i);
            json.writeFieldName(column.name());
            writeValue(json, rs, i + 1, column);
          }
          json.writeEndObject();
          rows++;
        }
      }
      if (rows > 0) {
        json.writeRaw('\n');
      }
    } catch (IOException | SQLException e) {
      throw new StorageException("cannot back up table " + table.name() + " to " + file + ": " + e.getMessage(), e);
    }
    return new BackupManifest.TableFile(table.name(), file.getFileName().toString(), rows,
        HexFormat.of().formatHex(digest.digest()));
  }

  private static void writeValue(JsonGenerator json, ResultSet rs, int index, TableShape.Column column)
      throws IOException, SQLException {
    Object value = rs.getObject(index);
    if (value == null) {
      json.writeNull();
    } else if (column.isBoolean()) {
      json.writeBoolean(rs.getBoolean(index));
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      json.writeNumber(((Number) value).longValue());
    } else if (value instanceof BigDecimal decimal) {
      json.writeNumber(decimal);
    } else if (value instanceof Double || value instanceof Float) {
      json.writeNumber(((Number) value).doubleValue());
    } else if (value instanceof Boolean bool) {
      json.writeBoolean(bool);
    } else if (value instanceof String text) {
      json.writeString(text);
    } else {
      throw new StorageException("cannot back up column " + column.name() + ": values of type "
          + value.getClass().getSimpleName() + " are not supported");
    }
  }
}
