package org.harmledger.store.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.harmledger.model.CasualtyCategory;
import org.harmledger.model.DatePrecision;
import org.junit.jupiter.api.Test;

class UcdpFormatTest {
  private static final UcdpFormat UCDP = new UcdpFormat(ReferenceVocabulary.loadDefault());

  private static Map<String, String> row(String start, String end, String datePrec) {
    Map<String, String> r = new HashMap<>();
    r.put("id", "9");
    r.put("side_a", "Government of Syria");
    r.put("where_prec", "4");
    r.put("adm_1", "Idlib governorate");
    r.put("latitude", "35.9");
    r.put("longitude", "36.6");
    r.put("country", "Syria");
    r.put("date_prec", datePrec);
    r.put("date_start", start);
    r.put("date_end", end);
    r.put("best", "0");
    r.put("deaths_civilians", "4");
    return r;
  }

  @Test
  void read_mapsDatePrecision_placeFallbacks_andFiguresAboveZero() {
    ReferenceRow month = UCDP.read(row("2019-05-01", "2019-05-31", "4"));
    ReferenceRow day = UCDP.read(row("2019-05-14", "2019-05-14", "3"));

    assertThat(month.assertion().date().precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(day.assertion().date().precision()).isEqualTo(DatePrecision.DAY);
    assertThat(month.assertion().place().name()).isEqualTo("Idlib");
    assertThat(month.assertion().place().precision()).isEqualTo(4);
    assertThat(month.assertion().killed().get(CasualtyCategory.TOTAL)).isNull();
    assertThat(month.assertion().killed().get(CasualtyCategory.CIVILIANS).min()).isEqualTo(4);
    assertThat(month.assertion().eventType()).isEqualTo("unknown_attack");
    assertThat(month.published()).isEqualTo(month.assertion().date().end());
  }

  @Test
  void read_endBeforeStart_isRefused() {
    assertThatThrownBy(() -> UCDP.read(row("2019-05-14", "2019-05-01", "2")))
        .hasMessage("date_end 2019-05-01 is before date_start 2019-05-14");
  }

  @Test
  void write_usesOneSidedViolenceForCivilianDeaths_andOpenHighAsBest() throws Exception {
    Map<String, String> r = UCDP.write(new ObjectMapper().readTree("{\"id\":\"inc-2\",\"event_type\":\"airstrike\","
        + "\"date\":{\"start\":\"2019-01-18\",\"end\":\"2019-01-18\",\"precision\":\"day\"},"
        + "\"place\":{\"name\":\"Baghouz\",\"admin1\":\"Deir ez-Zor\",\"country\":\"SY\",\"lat\":34.45,"
        + "\"lon\":40.93,\"precision\":1},\"perpetrator\":{\"actor\":\"us_led_coalition\"},"
        + "\"figures\":{\"killed\":{\"total\":{\"low\":16,\"best\":18,\"high\":null},"
        + "\"civilians\":{\"low\":16,\"best\":16,\"high\":16}}},\"sources\":[]}"));

    assertThat(r.keySet()).containsExactlyElementsOf(UCDP.columns());
    assertThat(r).containsEntry("type_of_violence", "3")
        .containsEntry("side_a", "US-led coalition")
        .containsEntry("where_coordinates", "Baghouz")
        .containsEntry("country", "Syria")
        .containsEntry("date_prec", "1")
        .containsEntry("deaths_civilians", "16")
        .containsEntry("low", "16")
        .containsEntry("best", "18")
        .containsEntry("high", "18");
  }
}
