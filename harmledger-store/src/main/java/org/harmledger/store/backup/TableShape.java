package org.harmledger.store.backup;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A TableShape is what a backup needs to know of one ledger table: its columns with their SQL
 * types, its primary key (dumps are ordered by it) and the columns that refer to the same table
 * (loaded in a second pass, since a row may refer to one that comes later in key order).
 */
record TableShape(String name, List<Column> columns, List<String> primaryKey, List<String> selfReferences) {
  TableShape {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
    selfReferences = List.copyOf(selfReferences);
  }

  Optional<Column> column(String columnName) {
    return columns.stream().filter(c -> c.name().equalsIgnoreCase(columnName)).findFirst();
  }

  /** A Column is one column's name and JDBC type (with the declared type name, which SQLite reports more faithfully). */
  record Column(String name, int sqlType, String typeName) {
    Column {
      Objects.requireNonNull(name, "name");
      typeName = typeName == null ? "" : typeName;
    }

    boolean isBoolean() {
      String type = typeName.toLowerCase(Locale.ROOT);
      return sqlType == java.sql.Types.BOOLEAN || sqlType == java.sql.Types.BIT
          || type.equals("boolean") || type.equals("bool");
    }
  }
}
