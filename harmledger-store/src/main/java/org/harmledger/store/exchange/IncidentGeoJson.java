package org.harmledger.store.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * IncidentGeoJson writes incidents (summary or full JSON) as GeoJSON features: a point at the
 * incident's place (longitude first, as RFC 7946 wants; a null geometry when the place has no
 * coordinates) with the incident JSON as properties.
 */
public final class IncidentGeoJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private IncidentGeoJson() {}

  public static ObjectNode feature(JsonNode incident) {
    ObjectNode f = NODES.objectNode();
    f.put("type", "Feature");
    f.put("id", incident.path("id").asText());
    JsonNode place = incident.path("place");
    if (place.path("lat").isNumber() && place.path("lon").isNumber()) {
      ObjectNode g = f.putObject("geometry");
      g.put("type", "Point");
      ArrayNode c = g.putArray("coordinates");
      c.add(place.path("lon").asDouble());
      c.add(place.path("lat").asDouble());
    } else {
      f.putNull("geometry");
    }
    f.set("properties", incident.deepCopy());
    return f;
  }

  public static ObjectNode collection(Iterable<? extends JsonNode> incidents) {
    ObjectNode fc = NODES.objectNode();
    fc.put("type", "FeatureCollection");
    ArrayNode features = fc.putArray("features");
    incidents.forEach(i -> features.add(feature(i)));
    return fc;
  }
}
