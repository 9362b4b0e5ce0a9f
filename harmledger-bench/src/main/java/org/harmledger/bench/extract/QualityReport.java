package org.harmledger.bench.extract;

import java.util.List;
import java.util.Locale;

/** A QualityReport is the per-field scores of one run over a gold set and the list of failing cases. */
public record QualityReport(List<FieldScore> fields, List<String> failures) {
  public QualityReport {
    fields = List.copyOf(fields);
    failures = List.copyOf(failures);
  }

  public FieldScore field(String name) {
    return fields.stream().filter(f -> f.field().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no such field: " + name));
  }

  /** A plain-text table, then the failures. */
  public String format() {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-22s %5s %5s %5s %9s %7s %7s%n",
        "field", "tp", "fp", "fn", "precision", "recall", "exact"));
    for (FieldScore f : fields) {
      sb.append(String.format(Locale.ROOT, "%-22s %5d %5d %5d %9.3f %7.3f %7.3f%n", f.field(), f.truePositives(),
          f.falsePositives(), f.falseNegatives(), f.precision(), f.recall(), f.exactMatch()));
    }
    sb.append(String.format(Locale.ROOT, "%nfailing (%d):%n", failures.size()));
    failures.forEach(line -> sb.append("  ").append(line).append('\n'));
    return sb.toString();
  }
}
