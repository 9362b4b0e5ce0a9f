package org.harmledger.store.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentGeoJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void feature_putsLongitudeFirst_andKeepsTheIncidentAsProperties() throws Exception {
    ObjectNode incident = (ObjectNode) JSON.readTree(
        "{\"id\":\"inc-1\",\"place\":{\"name\":\"Mosul\",\"lat\":36.34,\"lon\":43.13},\"grade\":\"fair\"}");

    ObjectNode f = IncidentGeoJson.feature(incident);

    assertThat(f.path("type").asText()).isEqualTo("Feature");
    assertThat(f.path("id").asText()).isEqualTo("inc-1");
    assertThat(f.path("geometry").path("coordinates").toString()).isEqualTo("[43.13,36.34]");
    assertThat(f.path("properties").path("grade").asText()).isEqualTo("fair");
  }

  @Test
  void placeWithoutCoordinates_hasANullGeometry() throws Exception {
    ObjectNode incident = (ObjectNode) JSON.readTree("{\"id\":\"inc-2\",\"place\":{\"name\":\"Idlib\",\"lat\":null}}");

    ObjectNode fc = IncidentGeoJson.collection(List.of(incident));

    assertThat(fc.path("type").asText()).isEqualTo("FeatureCollection");
    assertThat(fc.path("features").get(0).path("geometry").isNull()).isTrue();
  }
}
