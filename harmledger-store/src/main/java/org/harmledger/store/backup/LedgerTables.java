package org.harmledger.store.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.harmledger.store.StorageException;

/**
 * LedgerTables reads the shapes of the ledger's tables from the database's own catalogue, so a
 * backup covers every table that any migration created (Flyway's history excepted) without a list
 * to keep up to date. Tables come in load order: a table after every table it refers to.
 */
final class LedgerTables {
  private LedgerTables() {}

  static List<TableShape> of(Connection connection) {
    try {
      DatabaseMetaData meta = connection.getMetaData();
      String schema = connection.getSchema();
      Map<String, TableShape> shapes = new TreeMap<>();
      Map<String, Set<String>> refersTo = new TreeMap<>();
      try (ResultSet tables = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
        while (tables.next()) {
          String table = tables.getString("TABLE_NAME");
          if (!isLedgerTable(table)) {
            continue;
          }
          Set<String> parents = new LinkedHashSet<>();
          List<String> self = new ArrayList<>();
          try (ResultSet keys = meta.getImportedKeys(null, schema, table)) {
            while (keys.next()) {
              String parent = keys.getString("PKTABLE_NAME");
              if (parent.equalsIgnoreCase(table)) {
                self.add(keys.getString("FKCOLUMN_NAME"));
              } else {
                parents.add(parent.toLowerCase(Locale.ROOT));
              }
            }
          }
          shapes.put(table.toLowerCase(Locale.ROOT), new TableShape(table.toLowerCase(Locale.ROOT),
              columns(meta, schema, table), primaryKey(meta, schema, table), self));
          refersTo.put(table.toLowerCase(Locale.ROOT), parents);
        }
      }
      return inLoadOrder(shapes, refersTo);
    } catch (SQLException e) {
      throw new StorageException("cannot read the ledger's tables: " + e.getMessage(), e);
    }
  }

  private static boolean isLedgerTable(String table) {
    String name = table.toLowerCase(Locale.ROOT);
    return !name.equals("flyway_schema_history") && !name.startsWith("sqlite_");
  }

  private static List<TableShape.Column> columns(DatabaseMetaData meta, String schema, String table)
      throws SQLException {
    Map<Integer, TableShape.Column> byPosition = new TreeMap<>();
    try (ResultSet columns = meta.getColumns(null, schema, table, "%")) {
      while (columns.next()) {
        byPosition.put(columns.getInt("ORDINAL_POSITION"), new TableShape.Column(
            columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), columns.getInt("DATA_TYPE"),
            columns.getString("TYPE_NAME")));
      }
    }
    return List.copyOf(byPosition.values());
  }

  private static List<String> primaryKey(DatabaseMetaData meta, String schema, String table) throws SQLException {
    Map<Integer, String> bySequence = new TreeMap<>();
    try (ResultSet keys = meta.getPrimaryKeys(null, schema, table)) {
      while (keys.next()) {
        bySequence.put(keys.getInt("KEY_SEQ"), keys.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return List.copyOf(bySequence.values());
  }

  /** Tables ordered so that each comes after the tables it refers to; names break ties, so the order is stable. */
  private static List<TableShape> inLoadOrder(Map<String, TableShape> shapes, Map<String, Set<String>> refersTo) {
    Map<String, TableShape> ordered = new LinkedHashMap<>();
    while (ordered.size() < shapes.size()) {
      boolean progress = false;
      for (Map.Entry<String, TableShape> e : shapes.entrySet()) {
        if (!ordered.containsKey(e.getKey()) && ordered.keySet().containsAll(
            refersTo.get(e.getKey()).stream().filter(shapes::containsKey).toList())) {
          ordered.put(e.getKey(), e.getValue());
          progress = true;
        }
      }
      if (!progress) {
        throw new StorageException("cannot order the ledger's tables for loading: their foreign keys form a cycle");
      }
    }
    return List.copyOf(ordered.values());
  }
}
