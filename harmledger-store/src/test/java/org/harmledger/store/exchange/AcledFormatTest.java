package org.harmledger.store.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.harmledger.model.CasualtyCategory;
import org.harmledger.model.DatePrecision;
import org.junit.jupiter.api.Test;

class AcledFormatTest {
  private static final AcledFormat ACLED = new AcledFormat(ReferenceVocabulary.loadDefault());

  private static Map<String, String> row(String timePrecision, String geoPrecision, String fatalities) {
    Map<String, String> r = new HashMap<>();
    r.put("event_id_cnty", "SYR9");
    r.put("event_date", "2019-07-22");
    r.put("time_precision", timePrecision);
    r.put("sub_event_type", "Air/drone strike");
    r.put("actor1", "Military Forces of Russia (2000-)");
    r.put("country", "Syria");
    r.put("admin1", "Idlib");
    r.put("location", "Maarat al-Numan");
    r.put("latitude", "35.64");
    r.put("longitude", "36.67");
    r.put("geo_precision", geoPrecision);
    r.put("fatalities", fatalities);
    return r;
  }

  @Test
  void read_mapsPrecisionsPerpetratorAndFatalities() {
    ReferenceRow week = ACLED.read(row("2", "3", "0"));
    ReferenceRow month = ACLED.read(row("3", "1", "39"));

    assertThat(week.assertion().date().precision()).isEqualTo(DatePrecision.WEEK);
    assertThat(week.assertion().date().start()).isEqualTo(LocalDate.of(2019, 7, 19));
    assertThat(week.assertion().date().end()).isEqualTo(LocalDate.of(2019, 7, 25));
    assertThat(week.assertion().place().precision()).isEqualTo(4);
    assertThat(week.assertion().killed().isEmpty()).isTrue();
    assertThat(week.published()).isEqualTo(LocalDate.of(2019, 7, 22));
    assertThat(month.assertion().date().start()).isEqualTo(LocalDate.of(2019, 7, 1));
    assertThat(month.assertion().date().end()).isEqualTo(LocalDate.of(2019, 7, 31));
    assertThat(month.assertion().killed().get(CasualtyCategory.TOTAL).min()).isEqualTo(39);
    assertThat(month.assertion().perpetrator().actorId()).isEqualTo("russia");
  }

  @Test
  void read_badPrecision_namesTheColumn() {
    assertThatThrownBy(() -> ACLED.read(row("4", "1", "0"))).hasMessage("time_precision '4' is not 1, 2 or 3");
    assertThatThrownBy(() -> ACLED.read(row("1", "0", "0"))).hasMessage("geo_precision '0' is not 1, 2 or 3");
  }

  @Test
  void write_fillsEveryColumn_withAcledTerms() throws Exception {
    Map<String, String> r = ACLED.write(new ObjectMapper().readTree("{\"id\":\"inc-1\",\"event_type\":\"shelling\","
        + "\"date\":{\"start\":\"2019-05-14\",\"end\":\"2019-05-14\",\"precision\":\"day\"},"
        + "\"place\":{\"name\":\"Saraqib\",\"admin1\":\"Idlib\",\"admin2\":null,\"country\":\"SY\",\"lat\":35.86,"
        + "\"lon\":36.8,\"precision\":1},\"perpetrator\":{\"actor\":\"syrian_government\"},\"grade\":{\"grade\":\"fair\"},"
        + "\"figures\":{\"killed\":{\"total\":{\"low\":9,\"best\":11,\"high\":12}}},"
        + "\"sources\":[{\"publisher\":\"SOHR\",\"published\":\"2019-05-15\"}]}"));

    assertThat(r.keySet()).containsExactlyElementsOf(ACLED.columns());
    assertThat(r).containsEntry("sub_event_type", "Shelling/artillery/missile attack")
        .containsEntry("event_type", "Explosions/Remote violence")
        .containsEntry("country", "Syria")
        .containsEntry("time_precision", "1")
        .containsEntry("geo_precision", "1")
        .containsEntry("fatalities", "11")
        .containsEntry("source", "SOHR")
        .containsEntry("timestamp", "1557878400");
  }
}
