package org.harmledger.bench.resolve;

import java.util.Locale;
import java.util.Objects;

/** A ResolutionScore is how a resolution compares with the gold set: grouping by pairs and by B-cubed, and grades. */
public record ResolutionScore(ClusterScore pairwise, ClusterScore bcubed, GradeAccuracy grades, int incidents) {
  public ResolutionScore {
    Objects.requireNonNull(pairwise, "pairwise");
    Objects.requireNonNull(bcubed, "bcubed");
    Objects.requireNonNull(grades, "grades");
  }

  /** The scores in a few lines, for a benchmark log, with the grade confusion and each miss. */
  public String describe() {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "incidents %d%npairwise  P %.3f  R %.3f  F1 %.3f%nB-cubed   P %.3f  R %.3f  F1 %.3f%ngrades    %d/%d = %.3f",
        incidents, pairwise.precision(), pairwise.recall(), pairwise.f1(), bcubed.precision(), bcubed.recall(),
        bcubed.f1(), grades.correct(), grades.total(), grades.accuracy()));
    grades.confusion().forEach((miss, n) -> out.append(String.format(Locale.ROOT, "%nconfusion %s: %d", miss, n)));
    grades.misses().forEach((item, miss) -> out.append(String.format(Locale.ROOT, "%nmissed    %s %s", item, miss)));
    return out.toString();
  }
}
