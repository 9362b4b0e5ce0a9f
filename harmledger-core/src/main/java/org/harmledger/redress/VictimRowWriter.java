package org.harmledger.redress;

import java.util.ArrayList;
import java.util.List;

/**
 * A VictimRowWriter turns a victim back into the import columns ({@link VictimRowReader#COLUMNS}),
 * so an edit can start from the stored values and {@link VictimRowReader} checks the result.
 */
public final class VictimRowWriter {
  private VictimRowWriter() {}

  /** The victim's values in {@link VictimRowReader#COLUMNS} order; an absent value is null, lists are {@code |}-joined. */
  public static List<String> values(Victim v) {
    PersonNames n = v.names();
    List<String> values = new ArrayList<>(VictimRowReader.COLUMNS.size());
    for (String column : VictimRowReader.COLUMNS) {
      values.add(switch (column) {
        case "id" -> v.id();
        case "given_name" -> n.given();
        case "father_name" -> n.father();
        case "family_name" -> n.family();
        case "arabic_name" -> n.arabic();
        case "aliases" -> n.aliases().isEmpty() ? null : String.join("|", n.aliases());
        case "sex" -> v.sex().code();
        case "age" -> v.age().isKnown() ? v.age().code() : null;
        case "status" -> v.status().code();
        case "outcome" -> v.outcome().code();
        case "date" -> v.date() == null ? null : v.date().toString();
        case "incident_id" -> v.incidentId();
        case "sources" -> v.sources().isEmpty() ? null : String.join("|", v.sources());
        default -> throw new IllegalStateException("column " + column + " has no value in a victim");
      });
    }
    return values;
  }
}
