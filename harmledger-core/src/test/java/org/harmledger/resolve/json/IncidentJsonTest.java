package org.harmledger.resolve.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
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
import org.harmledger.model.PlaceRef;
import org.harmledger.model.PublishedFrom;
import org.harmledger.model.ReportKind;
import org.harmledger.model.ReportMetadata;
import org.harmledger.model.Sha256;
import org.harmledger.resolve.Grade;
import org.harmledger.resolve.Incident;
import org.harmledger.resolve.IncidentResolver;
import org.harmledger.resolve.OverrideGrade;
import org.harmledger.resolve.Resolution;
import org.harmledger.resolve.SourcedAssertion;
import org.junit.jupiter.api.Test;

class IncidentJsonTest {
  private static final PlaceRef BAGHOUZ = new PlaceRef("al-Baghouz Foqani", 1L, 34.45, 40.93, "Deir ez-Zor",
      "Abu Kamal", "SY", 1, "al-Baghouz Foqani", null);
  private static final IncidentJson JSON = IncidentJson.loadDefault();

  static SourcedAssertion assertion(String report, String publisher, String published, long killed) {
    LocalDate d = LocalDate.parse("2019-01-18");
    Assertion a = new Assertion(true, "airstrike", new DateRef(d, d, DatePrecision.DAY, DateResolution.EXPLICIT,
        "18 January", null), BAGHOUZ, new ActorRef("us_led_coalition", "US-led coalition", "coalition", null), null,
        Casualties.none().with(CasualtyCategory.TOTAL, Count.exactly(killed)), null, null, false, List.of());
    ReportMetadata meta = new ReportMetadata(report, publisher, null, LocalDate.parse(published),
        PublishedFrom.METADATA, "en", ReportKind.NEWS);
    return SourcedAssertion.of(Sha256.of(report.getBytes(StandardCharsets.UTF_8)), 0, meta, null, a);
  }

  private static Map<String, SourcedAssertion> byId(List<SourcedAssertion> all) {
    Map<String, SourcedAssertion> m = new HashMap<>();
    all.forEach(a -> m.put(a.assertionId(), a));
    return m;
  }

  @Test
  void toJson_twoIndependentReports_carriesSourcesFiguresGradeAndMemberExplanations() {
    List<SourcedAssertion> all = List.of(assertion("a", "Levant Wire Service", "2019-01-19", 16),
        assertion("b", "Euphrates Monitor", "2019-01-21", 20));
    Incident incident = IncidentResolver.loadDefault().resolve(all, List.of()).incidents().get(0);

    ObjectNode o = JSON.toJson(incident, byId(all));

    assertThat(o.path("id").asText()).isEqualTo(incident.id()).startsWith("inc-");
    assertThat(o.path("date").path("start").asText()).isEqualTo("2019-01-18");
    assertThat(o.path("place").path("admin1").asText()).isEqualTo("Deir ez-Zor");
    assertThat(o.path("perpetrator").path("actor").asText()).isEqualTo("us_led_coalition");
    assertThat(o.path("perpetrator").path("name").asText()).isEqualTo("US-led coalition");
    JsonNode killed = o.path("figures").path("killed").path("total");
    assertThat(killed.path("low").asLong()).isEqualTo(16);
    assertThat(killed.path("high").asLong()).isEqualTo(20);
    assertThat(killed.path("sources")).hasSize(2);
    assertThat(killed.path("explanation").asText()).contains("low 16");
    assertThat(o.path("grade").path("grade").asText()).isEqualTo("fair");
    assertThat(o.path("sources")).hasSize(2);
    assertThat(o.path("sources").findValuesAsText("report_id"))
        .containsExactlyInAnyOrder(all.get(0).reportId().hex(), all.get(1).reportId().hex());
    assertThat(o.path("sources").findValuesAsText("independent")).containsOnly("true");
    assertThat(o.path("members").get(0).path("explanation").asText()).startsWith("founded");
    assertThat(o.path("members").get(1).path("explanation").asText()).startsWith("matched").contains("date agrees");
  }

  @Test
  void toJson_curatedIncident_listsTheDecisionInHistory() {
    List<SourcedAssertion> all = List.of(assertion("a", "Levant Wire Service", "2019-01-19", 16));
    String id = IncidentResolver.loadDefault().resolve(all, List.of()).incidents().get(0).id();
    Resolution r = IncidentResolver.loadDefault().resolve(all, List.of(
        new OverrideGrade(id, Grade.DISCOUNTED, "ana", Instant.parse("2026-01-01T00:00:00Z"), "staged photos")));

    ObjectNode o = JSON.toJson(r.incidents().get(0), byId(all));

    assertThat(o.path("grade").path("grade").asText()).isEqualTo("discounted");
    assertThat(o.path("history")).hasSize(1);
    assertThat(o.path("history").get(0).path("reason").asText()).isEqualTo("staged photos");
  }

  @Test
  void toJson_withoutAMember_namesIt() {
    List<SourcedAssertion> all = List.of(assertion("a", "Levant Wire Service", "2019-01-19", 16));
    Incident incident = IncidentResolver.loadDefault().resolve(all, List.of()).incidents().get(0);

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> JSON.toJson(incident, Map.of()))
        .hasMessageContaining(all.get(0).assertionId());
  }

  @Test
  void summary_keepsListFieldsAndTotals() {
    List<SourcedAssertion> all = List.of(assertion("a", "Levant Wire Service", "2019-01-19", 16));
    Incident incident = IncidentResolver.loadDefault().resolve(all, List.of()).incidents().get(0);

    ObjectNode s = IncidentJson.summary(JSON.toJson(incident, byId(all)));

    assertThat(s.path("id").asText()).isEqualTo(incident.id());
    assertThat(s.path("killed").path("best").asLong()).isEqualTo(16);
    assertThat(s.path("injured").isNull()).isTrue();
    assertThat(s.path("grade").asText()).isEqualTo("weak");
    assertThat(s.path("sources").asInt()).isEqualTo(1);
    assertThat(s.has("members")).isFalse();
  }

  @Test
  void toJson_fromIncidentAlone_hasMembersWithoutExplanations() {
    List<SourcedAssertion> all = List.of(assertion("a", "Levant Wire Service", "2019-01-19", 16));
    Incident incident = IncidentResolver.loadDefault().resolve(all, List.of()).incidents().get(0);

    ObjectNode o = IncidentJson.toJson(incident);

    assertThat(o.path("members").get(0).path("report_id").asText()).isEqualTo(all.get(0).reportId().hex());
    assertThat(o.path("members").get(0).path("explanation").isNull()).isTrue();
    assertThat(o.path("sources").get(0).path("family").asText()).isEqualTo("levant_wire");
  }
}
