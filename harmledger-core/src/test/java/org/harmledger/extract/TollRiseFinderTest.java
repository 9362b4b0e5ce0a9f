package org.harmledger.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harmledger.extract.StageAssertions.assertSpans;

import java.util.function.Function;
import org.harmledger.model.Span;
import org.junit.jupiter.api.Test;

class TollRiseFinderTest {
  private static final TollRiseFinder FINDER = new TollRiseFinder(Fixtures.RULES);

  @Test
  void findsRiseCues() {
    assertSpans(FINDER, Function.identity(), "The toll is likely to rise. Numbers are expected to climb.", null,
        "likely to rise", "expected to climb");
  }

  @Test
  void ignoresTextWithoutCues() {
    assertSpans(FINDER, Function.identity(), "The toll rose to 20.", null);
  }

  @Test
  void aTollThatWouldClimbMayRise() {
    assertThat(new TollRiseFinder(Fixtures.RULES).find(Fixtures.analyzed("Residents said the toll would climb.", null)))
        .hasSize(1);
  }
}
