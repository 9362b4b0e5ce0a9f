package org.harmledger.store.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentListCsvTest {
  @Test
  void write_oneRowPerSummary_quotingCommas_andLeavingNullsEmpty() throws Exception {
    JsonNode summary = new ObjectMapper().readTree("{\"id\":\"inc-1\",\"event_type\":\"airstrike\","
        + "\"date\":{\"start\":\"2019-01-18\",\"end\":\"2019-01-18\",\"precision\":\"day\"},"
        + "\"place\":{\"name\":\"Baghouz, lower\",\"admin1\":\"Deir ez-Zor\",\"country\":\"SY\",\"lat\":34.45,"
        + "\"lon\":40.93},\"perpetrator\":null,\"attribution\":\"unknown\",\"grade\":\"weak\","
        + "\"killed\":{\"low\":16,\"best\":18,\"high\":20},\"injured\":null,\"sources\":2,\"assertions\":3}");
    StringWriter out = new StringWriter();

    IncidentListCsv.write(List.of(summary), out);

    assertThat(out.toString().lines()).containsExactly(String.join(",", IncidentListCsv.COLUMNS),
        "inc-1,airstrike,2019-01-18,2019-01-18,day,\"Baghouz, lower\",\"Deir ez-Zor\",SY,34.45,40.93,,unknown,weak,"
            + "16,18,20,,,,2,3");
  }
}
