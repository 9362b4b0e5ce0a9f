package org.harmledger.redress;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A VictimRowReader turns one row of a victims register (already split into fields by a CSV
 * reader) into a {@link Victim}, checking every field; the columns are documented in
 * docs/redress.md. A wrong row fails with a {@link RowFormatException} naming the row and field.
 * Thread-safe.
 */
public final class VictimRowReader {
  /** The columns of the import format, in their documented order. */
  public static final List<String> COLUMNS = List.of("id", "given_name", "father_name", "family_name", "arabic_name",
      "aliases", "sex", "age", "status", "outcome", "date", "incident_id", "sources");
  private static final List<String> REQUIRED = List.of("id", "status", "outcome");

  private final AgeGroups ages;
  private final Map<String, Integer> index;

  /** A reader for a file whose header row is {@code header}; checks that header (row 1). */
  public VictimRowReader(AgeGroups ages, List<String> header) {
    this.ages = Objects.requireNonNull(ages, "ages");
    this.index = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String column = header.get(i).strip().toLowerCase(Locale.ROOT);
      if (!COLUMNS.contains(column)) {
        throw new RowFormatException(1, column, "unknown column (expected some of " + COLUMNS + ")");
      }
      if (index.put(column, i) != null) {
        throw new RowFormatException(1, column, "column given twice");
      }
    }
    for (String column : REQUIRED) {
      if (!index.containsKey(column)) {
        throw new RowFormatException(1, column, "required column missing");
      }
    }
  }

  /** Reads data row {@code row} (numbered as in the file, the header being row 1). */
  public Victim read(int row, List<String> values) {
    if (values.size() != index.size()) {
      throw new RowFormatException(row, "*", "expected " + index.size() + " fields but found " + values.size());
    }
    String id = required(row, values, "id");
    PersonNames names = new PersonNames(field(values, "given_name"), field(values, "father_name"),
        field(values, "family_name"), field(values, "arabic_name"), list(values, "aliases"));
    String sex = field(values, "sex");
    return new Victim(id, names,
        sex == null ? Sex.UNKNOWN : parse(row, "sex", sex, Sex::fromCode),
        parse(row, "age", field(values, "age"), ages::parse),
        parse(row, "status", required(row, values, "status"), VictimStatus::fromCode),
        parse(row, "outcome", required(row, values, "outcome"), VictimOutcome::fromCode),
        date(row, field(values, "date")),
        field(values, "incident_id"),
        list(values, "sources"));
  }

  private static LocalDate date(int row, String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new RowFormatException(row, "date", "expected an ISO date such as 2019-01-18 but was '" + text + "'", e);
    }
  }

  private static <T> T parse(int row, String field, String text, Function<String, T> parser) {
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      throw new RowFormatException(row, field, e.getMessage(), e);
    }
  }

  private String required(int row, List<String> values, String column) {
    String v = field(values, column);
    if (v == null) {
      throw new RowFormatException(row, column, "required but empty");
    }
    return v;
  }

  private String field(List<String> values, String column) {
    Integer i = index.get(column);
    if (i == null) {
      return null;
    }
    String v = values.get(i);
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** A field holding several values separated by {@code |}. */
  private List<String> list(List<String> values, String column) {
    String v = field(values, column);
    return v == null ? List.of() : Arrays.stream(v.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
