package org.harmledger.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.harmledger.model.ActorRef;
import org.harmledger.model.Assertion;
import org.harmledger.model.Casualties;
import org.harmledger.model.CasualtyCategory;
import org.harmledger.model.Count;
import org.harmledger.model.DatePrecision;
import org.harmledger.model.DateRef;
import org.harmledger.model.DateResolution;
import org.harmledger.model.Evidence;
import org.harmledger.model.PlaceRef;
import org.harmledger.model.Span;
import org.junit.jupiter.api.Test;

class AssertionJsonTest {

  private static Assertion sample() {
    return new Assertion(
        true,
        "airstrike",
        new DateRef(LocalDate.of(2019, 1, 18), LocalDate.of(2019, 1, 18), DatePrecision.DAY,
            DateResolution.RELATIVE, "On Friday", new Span(10, 19)),
        new PlaceRef("Baghouz Foqani", -1L, 34.45, 40.93, "Deir ez-Zor", "Abu Kamal", "SY", 1,
            "Baghouz Foqani village", new Span(40, 62)),
        new ActorRef("us_led_coalition", "US-led coalition", "US-led coalition", new Span(70, 86)),
        new ActorRef(null, "Damascus News Agency", null, null),
        new Casualties(Map.of(
            CasualtyCategory.CIVILIANS, Count.exactly(20),
            CasualtyCategory.CHILDREN, Count.present(),
            CasualtyCategory.TOTAL, new Count(12, null, true))),
        Casualties.none(),
        null,
        true,
        List.of(new Evidence("killed.civilians", new Span(20, 36), "twenty civilians")));
  }

  @Test
  void roundTripGivesAnEqualAssertion() {
    Assertion a = sample();
    assertThat(AssertionJson.fromJson(AssertionJson.toJson(a))).isEqualTo(a);
  }

  @Test
  void writesTheContractFieldNames() {
    var json = AssertionJson.toJson(sample());
    assertThat(json.path("event_type").asText()).isEqualTo("airstrike");
    assertThat(json.path("date").path("resolved_from").asText()).isEqualTo("relative");
    assertThat(json.path("place").path("precision").asInt()).isEqualTo(1);
    assertThat(json.path("perpetrator").path("actor").asText()).isEqualTo("us_led_coalition");
    assertThat(json.path("killed").path("children").path("max").isNull()).isTrue();
    assertThat(json.path("killed").path("total").path("vague").asBoolean()).isTrue();
    assertThat(json.path("injured").path("total").isNull()).isTrue();
    assertThat(json.path("evidence").get(0).path("span").get(1).asInt()).isEqualTo(36);
  }

  @Test
  void missingFieldsStayNull() {
    Assertion bare = new Assertion(false, "statement.demand", null, null, null, null, null, null, null, false, List.of());
    var json = AssertionJson.toJson(bare);
    assertThat(json.path("date").isNull()).isTrue();
    assertThat(json.path("place").isNull()).isTrue();
    assertThat(AssertionJson.fromJson(json)).isEqualTo(bare);
  }
}
