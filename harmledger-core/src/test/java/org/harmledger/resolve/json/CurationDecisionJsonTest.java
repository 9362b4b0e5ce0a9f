package org.harmledger.resolve.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.harmledger.model.CasualtyCategory;
import org.harmledger.resolve.CurationDecision;
import org.harmledger.resolve.Grade;
import org.harmledger.resolve.MergeIncidents;
import org.harmledger.resolve.MoveAssertion;
import org.harmledger.resolve.Outcome;
import org.harmledger.resolve.OverrideFigure;
import org.harmledger.resolve.OverrideGrade;
import org.harmledger.resolve.SplitAssertions;
import org.junit.jupiter.api.Test;

class CurationDecisionJsonTest {
  private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void everyKind_readsBackEqual() {
    List<CurationDecision> decisions = List.of(
        new MergeIncidents("inc-a", List.of("inc-b", "inc-c"), "ana", AT, "same strike"),
        new SplitAssertions(List.of("r1:0", "r2:1"), "ana", AT, "two villages"),
        new MoveAssertion("r1:0", "inc-b", "ana", AT, "wrong day"),
        new OverrideGrade("inc-a", Grade.DISCOUNTED, "ana", AT, "fabricated"),
        new OverrideFigure("inc-a", Outcome.KILLED, CasualtyCategory.CIVILIANS, 3, 5, null, "ana", AT, "hospital list"));

    for (CurationDecision d : decisions) {
      assertThat(CurationDecisionJson.fromJson(CurationDecisionJson.toJson(d))).isEqualTo(d);
    }
  }

  @Test
  void kindAndFigureName_areWritten() {
    ObjectNode o = CurationDecisionJson.toJson(
        new OverrideFigure("inc-a", Outcome.INJURED, CasualtyCategory.TOTAL, 1, 2, 3L, "ana", AT, "list"));

    assertThat(o.path("kind").asText()).isEqualTo("figure");
    assertThat(o.path("figure").asText()).isEqualTo("injured.total");
  }

  @Test
  void badInput_namesTheProblem() {
    ObjectNode o = CurationDecisionJson.toJson(new MoveAssertion("r1:0", "inc-b", "ana", AT, "wrong day"));
    o.put("kind", "rename");

    assertThatThrownBy(() -> CurationDecisionJson.fromJson(o)).hasMessage("curation decision: unknown kind 'rename'");
    assertThatThrownBy(() -> CurationDecisionJson.figure("killed")).hasMessageContaining("OUTCOME.CATEGORY");
    assertThatThrownBy(() -> CurationDecisionJson.figure("killed.dogs")).hasMessageContaining("'dogs' is not");
  }
}
