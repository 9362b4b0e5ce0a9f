package org.harmledger.store.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.harmledger.store.StorageException;

/**
 * A TableLoad inserts the rows of one {@link TableDump} into the same table of another database,
 * converting each JSON value to the target column's type. Columns that refer to the same table are
 * filled in a second pass, once every row they may point at is present.
 */
final class TableLoad {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int BATCH = 500;

  private TableLoad() {}

  /** Loads {@code file} into {@code table} through {@code connection}'s current transaction; returns the rows loaded. */
  static long load(Connection connection, TableShape table, Path file) {
    List<TableShape.Column> columns = new ArrayList<>();
    try {
      long rows = 0;
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
          MappingIterator<JsonNode> lines = MAPPER.readerFor(JsonNode.class).readValues(reader)) {
        PreparedStatement insert = null;
        try {
          while (lines.hasNext()) {
            JsonNode row = lines.next();
            if (insert == null) {
              columns.addAll(columnsOf(table, row, file));
              insert = connection.prepareStatement(insertSql(table, columns));
            }
            for (int i = 0; i < columns.size(); i++) {
              TableShape.Column column = columns.get(i);
              bind(insert, i + 1, column, table.selfReferences().contains(column.name()) ? null : row.get(column.name()));
            }
            insert.addBatch();
            if (++rows % BATCH == 0) {
              insert.executeBatch();
            }
          }
          if (insert != null) {
            insert.executeBatch();
          }
        } finally {
          if (insert != null) {
            insert.close();
          }
        }
      }
      if (!table.selfReferences().isEmpty() && rows > 0) {
        linkSelfReferences(connection, table, file);
      }
      return rows;
    } catch (IOException | SQLException e) {
      throw new StorageException("cannot restore table " + table.name() + " from " + file + ": "
          + e.getMessage(), e);
    }
  }

  private static List<TableShape.Column> columnsOf(TableShape table, JsonNode row, Path file) {
    List<TableShape.Column> columns = new ArrayList<>();
    for (Iterator<String> names = row.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      columns.add(table.column(name).orElseThrow(() -> new StorageException(
          file + ": column " + name + " does not exist in table " + table.name() + " of the target database")));
    }
    return columns;
  }

  private static String insertSql(TableShape table, List<TableShape.Column> columns) {
    return "INSERT INTO " + table.name() + " ("
        + columns.stream().map(TableShape.Column::name).collect(Collectors.joining(", ")) + ") VALUES ("
        + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
  }

  private static void linkSelfReferences(Connection connection, TableShape table, Path file)
      throws IOException, SQLException {
    List<TableShape.Column> set = table.selfReferences().stream().map(n -> table.column(n).orElseThrow()).toList();
    List<TableShape.Column> key = table.primaryKey().stream().map(n -> table.column(n).orElseThrow()).toList();
    String sql = "UPDATE " + table.name() + " SET "
        + set.stream().map(c -> c.name() + " = ?").collect(Collectors.joining(", ")) + " WHERE "
        + key.stream().map(c -> c.name() + " = ?").collect(Collectors.joining(" AND "));
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<JsonNode> lines = MAPPER.readerFor(JsonNode.class).readValues(reader);
        PreparedStatement update = connection.prepareStatement(sql)) {
      long pending = 0;
      while (lines.hasNext()) {
        JsonNode row = lines.next();
        if (set.stream().allMatch(c -> row.path(c.name()).isNull() || row.path(c.name()).isMissingNode())) {
          continue;
        }
        int index = 1;
        for (TableShape.Column column : set) {
          bind(update, index++, column, row.get(column.name()));
        }
        for (TableShape.Column column : key) {
          bind(update, index++, column, row.get(column.name()));
        }
        update.addBatch();
        if (++pending % BATCH == 0) {
          update.executeBatch();
        }
      }
      update.executeBatch();
    }
  }

  private static void bind(PreparedStatement statement, int index, TableShape.Column column, JsonNode value)
      throws SQLException {
    if (value == null || value.isNull()) {
      statement.setNull(index, column.isBoolean() ? Types.BOOLEAN : column.sqlType());
    } else if (column.isBoolean()) {
      statement.setBoolean(index, value.isBoolean() ? value.booleanValue() : value.asLong() != 0);
    } else if (value.isIntegralNumber()) {
      statement.setLong(index, value.longValue());
    } else if (value.isNumber()) {
      statement.setBigDecimal(index, value.decimalValue());
    } else if (value.isTextual()) {
      statement.setString(index, value.textValue());
    } else {
      throw new StorageException("column " + column.name() + ": cannot restore a JSON " + value.getNodeType());
    }
  }
}
