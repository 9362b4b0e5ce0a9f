package org.harmledger.redress;

/** A RowFormatException says which row and field of an imported table is wrong, and why, in one line. */
public final class RowFormatException extends IllegalArgumentException {
  private final int row;
  private final String field;

  public RowFormatException(int row, String field, String reason, Throwable cause) {
    super("row " + row + ", field '" + field + "': " + reason, cause);
    this.row = row;
    this.field = field;
  }

  public RowFormatException(int row, String field, String reason) {
    this(row, field, reason, null);
  }

  public int row() {
    return row;
  }

  public String field() {
    return field;
  }
}
