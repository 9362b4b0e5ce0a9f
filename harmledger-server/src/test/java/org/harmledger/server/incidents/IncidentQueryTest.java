package org.harmledger.server.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
import org.harmledger.model.PlaceRef;
import org.harmledger.model.PublishedFrom;
import org.harmledger.model.ReportKind;
import org.harmledger.model.ReportMetadata;
import org.harmledger.model.Sha256;
import org.harmledger.resolve.Incident;
import org.harmledger.resolve.IncidentResolver;
import org.harmledger.resolve.SourcedAssertion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IncidentQueryTest {
  private static Incident idlib;

  @BeforeAll
  static void resolveOne() {
    LocalDate day = LocalDate.of(2019, 7, 22);
    Assertion a = new Assertion(true, "airstrike", new DateRef(day, day, DatePrecision.DAY, DateResolution.EXPLICIT,
        null, null), new PlaceRef("Maarat al-Numan", 1L, 35.64, 36.67, "Idlib", "Maarat al-Numan", "SY", 1, null, null),
        new ActorRef("russia", "Russia", null, null), null,
        new Casualties(Map.of(CasualtyCategory.CIVILIANS, Count.exactly(12))), null, null, false, List.of());
    ReportMetadata meta = new ReportMetadata("t", "Orient Observer", null, day, PublishedFrom.METADATA, "en",
        ReportKind.NEWS);
    SourcedAssertion s = SourcedAssertion.of(Sha256.of("r".getBytes(StandardCharsets.UTF_8)), 0, meta, null, a);
    idlib = IncidentResolver.loadDefault().resolve(List.of(s), List.of()).incidents().get(0);
  }

  private static IncidentQuery q(LocalDate from, LocalDate to, String admin1, String country, String perpetrator,
      String eventType, String grade, Long minKilled) {
    return new IncidentQuery(from, to, admin1, country, perpetrator, eventType, grade, minKilled);
  }

  @Test
  void emptyQuery_matchesEverything() {
    assertThat(IncidentQuery.all().matches(idlib)).isTrue();
  }

  @Test
  void eachFilter_admitsOrRejects() {
    LocalDate day = LocalDate.of(2019, 7, 22);
    assertThat(q(day, day, null, null, null, null, null, null).matches(idlib)).isTrue();
    assertThat(q(day.plusDays(1), null, null, null, null, null, null, null).matches(idlib)).isFalse();
    assertThat(q(null, day.minusDays(1), null, null, null, null, null, null).matches(idlib)).isFalse();
    assertThat(q(null, null, "idlib", "sy", null, null, null, null).matches(idlib)).isTrue();
    assertThat(q(null, null, "Hama", null, null, null, null, null).matches(idlib)).isFalse();
    assertThat(q(null, null, null, "IQ", null, null, null, null).matches(idlib)).isFalse();
    assertThat(q(null, null, null, null, "russia", "airstrike", null, null).matches(idlib)).isTrue();
    assertThat(q(null, null, null, null, "isil", null, null, null).matches(idlib)).isFalse();
    assertThat(q(null, null, null, null, null, "shelling", null, null).matches(idlib)).isFalse();
    assertThat(q(null, null, null, null, null, null, idlib.grade().grade().code(), null).matches(idlib)).isTrue();
    assertThat(q(null, null, null, null, null, null, "discounted", null).matches(idlib)).isFalse();
    assertThat(q(null, null, null, null, null, null, null, 12L).matches(idlib)).isTrue();
    assertThat(q(null, null, null, null, null, null, null, 13L).matches(idlib)).isFalse();
  }

  @Test
  void killed_fallsBackToCiviliansWithoutATotal() {
    assertThat(IncidentQuery.killed(idlib)).isEqualTo(12);
  }
}
