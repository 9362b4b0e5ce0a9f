package org.harmledger.store.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResolutionSummaryTest {
  @Test
  void line_mentionsDecisionsNotApplied_onlyWhenThereAreAny() {
    assertThat(new ResolutionSummary(41, 12, 0, 2, List.of()).line())
        .isEqualTo("resolved 41 assertions into 12 incidents (2 curation decisions)");
    assertThat(new ResolutionSummary(41, 12, 0, 2, List.of("x: no incident")).line())
        .isEqualTo("resolved 41 assertions into 12 incidents (2 curation decisions, 1 not applied)");
  }

  @Test
  void line_mentionsUnattachedStatements_onlyWhenThereAreAny() {
    assertThat(new ResolutionSummary(41, 12, 3, 0, List.of()).line())
        .isEqualTo("resolved 41 assertions into 12 incidents and 3 unattached statements (0 curation decisions)");
  }
}
