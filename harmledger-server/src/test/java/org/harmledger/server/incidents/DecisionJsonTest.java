package org.harmledger.server.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.List;
import org.harmledger.resolve.CurationDecision;
import org.harmledger.resolve.Grade;
import org.harmledger.resolve.MergeIncidents;
import org.harmledger.resolve.MoveAssertion;
import org.harmledger.resolve.OverrideGrade;
import org.harmledger.resolve.SplitAssertions;
import org.junit.jupiter.api.Test;

class DecisionJsonTest {
  private static final Instant AT = Instant.parse("2026-03-01T10:15:30Z");

  @Test
  void mergeSplitAndGrade_roundTrip() {
    List<CurationDecision> decisions = List.of(
        new MergeIncidents("inc-a", List.of("inc-b", "inc-c"), "user:amira", AT, "same strike"),
        new SplitAssertions(List.of("ab:1", "ab:2"), "user:amira", AT, "another day"),
        new OverrideGrade("inc-a", Grade.DISCOUNTED, "user:amira", AT, "staged video"));

    for (CurationDecision d : decisions) {
      var json = DecisionJson.toJson(d);
      assertThat(DecisionJson.mayHold(json.toString())).isTrue();
      assertThat(DecisionJson.fromJson(json)).isEqualTo(d);
    }
  }

  @Test
  void ordinaryCustodyDetails_holdNoDecision() {
    assertThat(DecisionJson.fromJson(JsonNodeFactory.instance.objectNode().put("decision", "other")
        .put("actor", "a").put("at", AT.toString()).put("reason", "r"))).isNull();
    assertThat(DecisionJson.mayHold("{\"source\":\"a.txt\"}")).isFalse();
  }

  @Test
  void decisionsTheWebDoesNotMake_areRefused() {
    CurationDecision move = new MoveAssertion("ab:1", "inc-a", "user:amira", AT, "belongs there");

    assertThatThrownBy(() -> DecisionJson.toJson(move)).hasMessageContaining("MoveAssertion");
  }
}
