package org.harmledger.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.harmledger.redress.Claimant;
import org.harmledger.redress.Contact;
import org.harmledger.redress.Kinship;
import org.harmledger.redress.PersonNames;
import org.harmledger.redress.Relationship;
import org.harmledger.store.accounts.Role;
import org.harmledger.store.accounts.Session;
import org.harmledger.store.redress.ClaimantRegister;

/**
 * The ClaimantController answers for claimants: recorders register, read and edit them; names and
 * contact are shown only to reviewers and admins. Every write is a custody entry under the user
 * whose details name the parts that changed, never their values.
 *
 * <p>Body fields: {@code id}, {@code given_name}, {@code father_name}, {@code family_name},
 * {@code arabic_name}, {@code aliases} (list), {@code phone}, {@code email}, {@code address},
 * {@code family_id} (the household whose cap the claimant's awards count against),
 * {@code relationships} (list of {@code {"victim_id", "kinship"}}) and {@code reason}.
 */
public final class ClaimantController {
  private ClaimantController() {}

  public static void add(Context ctx) {
    Session session = Auth.requireWrite(ctx, Role.RECORDER);
    RequestBody body = RequestBody.of(ctx);
    String reason = body.required("reason");
    Claimant claimant = read(body, body.required("id"), null);
    try {
      RedressAccess.claimants(ctx).add(claimant, session.account().custodyActor(), reason);
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, e.getMessage(), e);
    }
    JsonResponses.send(ctx, json(claimant, RedressAccess.showsPersonalData(session)));
  }

  public static void one(Context ctx) {
    Session session = RedressAccess.requireRead(ctx, Role.RECORDER);
    JsonResponses.send(ctx, json(find(ctx, ctx.pathParam("id")), RedressAccess.showsPersonalData(session)));
  }

  /** Edits a claimant: a field left out keeps its value, a null clears it; the answer lists what changed. */
  public static void edit(Context ctx) {
    Session session = Auth.requireWrite(ctx, Role.RECORDER);
    String id = ctx.pathParam("id");
    Claimant before = find(ctx, id);
    RequestBody body = RequestBody.of(ctx);
    String reason = body.required("reason");
    if (body.has("id")) {
      throw ApiException.badRequest("field id cannot be edited; the claimant is " + id);
    }
    Claimant after = read(body, id, before);
    List<String> changed = RedressAccess.claimants(ctx).update(after, session.account().custodyActor(), reason);
    ObjectNode answer = json(after, RedressAccess.showsPersonalData(session));
    changed.forEach(answer.putArray("changed")::add);
    JsonResponses.send(ctx, answer);
  }

  private static Claimant find(Context ctx, String id) {
    return RedressAccess.claimants(ctx).find(id).orElseThrow(() -> ApiException.notFound("no claimant with id " + id));
  }

  /** The claimant the body describes; with {@code before}, the fields the body leaves out keep its values. */
  private static Claimant read(RequestBody body, String id, Claimant before) {
    PersonNames n = before == null ? PersonNames.none() : before.names();
    Contact c = before == null ? Contact.none() : before.contact();
    PersonNames names = new PersonNames(field(body, "given_name", n.given()), field(body, "father_name", n.father()),
        field(body, "family_name", n.family()), field(body, "arabic_name", n.arabic()),
        body.has("aliases") ? body.list("aliases") : n.aliases());
    Contact contact = new Contact(field(body, "phone", c.phone()), field(body, "email", c.email()),
        field(body, "address", c.address()));
    List<Relationship> relationships = before == null ? List.of() : before.relationships();
    if (body.has("relationships")) {
      relationships = new ArrayList<>();
      for (RequestBody r : body.objects("relationships")) {
        try {
          relationships.add(new Relationship(r.required("victim_id"), Kinship.fromCode(r.required("kinship"))));
        } catch (IllegalArgumentException e) {
          throw new ApiException(400, "field relationships: " + e.getMessage(), e);
        }
      }
    }
    try {
      return new Claimant(id, names, contact, field(body, "family_id", before == null ? null : before.familyId()),
          relationships);
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, e.getMessage(), e);
    }
  }

  private static String field(RequestBody body, String name, String kept) {
    return body.has(name) ? body.optional(name) : kept;
  }

  static ObjectNode json(Claimant c, boolean personalData) {
    ObjectNode o = JsonResponses.NODES.objectNode();
    o.put("id", c.id());
    o.put("family_id", c.family());
    var relationships = o.putArray("relationships");
    c.relationships().forEach(r -> relationships.addObject().put("victim_id", r.victimId())
        .put("kinship", r.kinship().code()));
    if (personalData) {
      PersonNames n = c.names();
      ObjectNode names = o.putObject("names");
      names.put("given", n.given()).put("father", n.father()).put("family", n.family()).put("arabic", n.arabic());
      n.aliases().forEach(names.putArray("aliases")::add);
      o.putObject("contact").put("phone", c.contact().phone()).put("email", c.contact().email())
          .put("address", c.contact().address());
    }
    return o;
  }
}
