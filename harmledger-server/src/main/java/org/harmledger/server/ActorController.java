package org.harmledger.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Comparator;
import java.util.List;
import org.harmledger.actors.Actor;

/** The ActorController answers for the parties of the actor dictionaries: all of them, paged, and one by id. */
public final class ActorController {
  private ActorController() {}

  public static void list(Context ctx) {
    ServerServices s = HarmLedgerServer.services(ctx);
    Paging paging = Params.paging(ctx, s.config().maxPageSize());
    List<Actor> all = s.actors().actors().stream().sorted(Comparator.comparing(Actor::id)).toList();
    List<ObjectNode> page = all.stream().skip(paging.offset()).limit(paging.limit()).map(ActorController::json).toList();
    JsonResponses.send(ctx, JsonResponses.page(page, paging, all.size()));
  }

  public static void one(Context ctx) {
    String id = ctx.pathParam("id");
    Actor actor = HarmLedgerServer.services(ctx).actors().byId(id)
        .orElseThrow(() -> ApiException.notFound("no actor with id " + id));
    JsonResponses.send(ctx, json(actor));
  }

  static ObjectNode json(Actor a) {
    ObjectNode o = JsonResponses.NODES.objectNode()
        .put("id", a.id())
        .put("name", a.name())
        .put("type", a.type().name().toLowerCase(java.util.Locale.ROOT))
        .put("acled_category", a.acledCategory())
        .put("country", a.country())
        .put("part_of", a.partOf());
    a.aliases().forEach(o.putArray("aliases")::add);
    return o;
  }
}
