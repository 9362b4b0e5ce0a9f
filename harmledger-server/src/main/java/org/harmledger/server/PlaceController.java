package org.harmledger.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import org.harmledger.gazetteer.Place;

/** The PlaceController looks places up in the gazetteer by name ({@code ?q=}), in any spelling it knows. */
public final class PlaceController {
  private PlaceController() {}

  public static void lookup(Context ctx) {
    ServerServices s = HarmLedgerServer.services(ctx);
    String q = Params.text(ctx, "q");
    if (q == null) {
      throw ApiException.badRequest("parameter q (a place name) is required");
    }
    Paging paging = Params.paging(ctx, s.config().maxPageSize());
    List<Place> found = s.gazetteer().lookup(q);
    List<ObjectNode> page = found.stream().skip(paging.offset()).limit(paging.limit()).map(PlaceController::json)
        .toList();
    JsonResponses.send(ctx, JsonResponses.page(page, paging, found.size()));
  }

  static ObjectNode json(Place p) {
    ObjectNode o = JsonResponses.NODES.objectNode()
        .put("geonames_id", p.geonamesId())
        .put("name", p.name())
        .put("feature_class", p.featureClass())
        .put("feature_code", p.featureCode())
        .put("country", p.country())
        .put("admin1", p.admin1())
        .put("admin2", p.admin2())
        .put("lat", p.lat())
        .put("lon", p.lon())
        .put("population", p.population());
    p.alternateNames().forEach(o.putArray("alternate_names")::add);
    return o;
  }
}
