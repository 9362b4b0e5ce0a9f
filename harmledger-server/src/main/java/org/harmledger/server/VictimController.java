package org.harmledger.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.harmledger.redress.AgeGroups;
import org.harmledger.redress.MatchProposal;
import org.harmledger.redress.MergeDecision;
import org.harmledger.redress.MergeVerdict;
import org.harmledger.redress.PersonNames;
import org.harmledger.redress.Victim;
import org.harmledger.redress.VictimMatcher;
import org.harmledger.redress.VictimOutcome;
import org.harmledger.redress.VictimRowReader;
import org.harmledger.redress.VictimRowWriter;
import org.harmledger.redress.VictimStatus;
import org.harmledger.store.accounts.Role;
import org.harmledger.store.accounts.Session;
import org.harmledger.store.redress.VictimQuery;
import org.harmledger.store.redress.VictimRegister;

/**
 * The VictimController answers for the victims register. Recorders list, read, add and edit
 * victims; names are shown only to reviewers and admins. Reviewers see duplicate proposals (which never
 * quote names) and record merge decisions. Every write is a custody entry under the user.
 */
public final class VictimController {
  private VictimController() {}

  /** A page of victims, filtered by {@code incident}, {@code status} and {@code outcome}, in id order. */
  public static void list(Context ctx) {
    Session session = RedressAccess.requireRead(ctx, Role.RECORDER);
    VictimQuery query = new VictimQuery(Params.text(ctx, "incident"),
        RedressAccess.code(ctx, "status", VictimStatus::fromCode),
        RedressAccess.code(ctx, "outcome", VictimOutcome::fromCode));
    Paging paging = RedressAccess.paging(ctx);
    VictimRegister register = RedressAccess.victims(ctx);
    boolean names = showsNames(session);
    RedressAccess.sendPage(ctx, paging, register.page(query, paging.offset(), paging.limit()), register.count(query),
        v -> json(v, names));
  }

  public static void one(Context ctx) {
    Session session = RedressAccess.requireRead(ctx, Role.RECORDER);
    String id = ctx.pathParam("id");
    Victim v = RedressAccess.victims(ctx).find(id)
        .orElseThrow(() -> ApiException.notFound("no victim with id " + id));
    JsonResponses.send(ctx, json(v, showsNames(session)));
  }

  /** Adds one victim; the body has the import columns (docs/redress.md) as fields, lists for aliases and sources, and a reason. */
  public static void add(Context ctx) {
    Session session = Auth.requireWrite(ctx, Role.RECORDER);
    RequestBody body = RequestBody.of(ctx);
    String reason = body.required("reason");
    List<String> values = new ArrayList<>();
    for (String column : VictimRowReader.COLUMNS) {
      values.add(column.equals("aliases") || column.equals("sources")
          ? String.join("|", body.list(column)) : body.optional(column));
    }
    Victim victim;
    try {
      victim = new VictimRowReader(AgeGroups.loadDefault(), VictimRowReader.COLUMNS).read(2, values);
      RedressAccess.victims(ctx).add(List.of(victim), session.account().custodyActor(), "api", reason);
    } catch (IllegalArgumentException e) {
      // The reader names a CSV row; over the API the field is what the user gave.
      throw new ApiException(400, e.getMessage().replaceFirst("^row 2, field", "field"), e);
    }
    JsonResponses.send(ctx, json(victim, showsNames(session)));
  }

  /**
   * Edits one victim: the body has the import columns to change (a column left out keeps its
   * value, a null clears it) and a reason; the answer lists the fields that changed.
   */
  public static void edit(Context ctx) {
    Session session = Auth.requireWrite(ctx, Role.RECORDER);
    String id = ctx.pathParam("id");
    VictimRegister register = RedressAccess.victims(ctx);
    Victim before = register.find(id).orElseThrow(() -> ApiException.notFound("no victim with id " + id));
    RequestBody body = RequestBody.of(ctx);
    String reason = body.required("reason");
    if (body.has("id")) {
      throw ApiException.badRequest("field id cannot be edited; the victim is " + id);
    }
    List<String> values = VictimRowWriter.values(before);
    for (int i = 0; i < VictimRowReader.COLUMNS.size(); i++) {
      String column = VictimRowReader.COLUMNS.get(i);
      if (body.has(column)) {
        values.set(i, column.equals("aliases") || column.equals("sources")
            ? String.join("|", body.list(column)) : body.optional(column));
      }
    }
    Victim after;
    List<String> changed;
    try {
      after = new VictimRowReader(AgeGroups.loadDefault(), VictimRowReader.COLUMNS).read(2, values);
      changed = register.update(after, session.account().custodyActor(), reason);
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, e.getMessage().replaceFirst("^row 2, field", "field"), e);
    }
    ObjectNode answer = json(after, showsNames(session));
    changed.forEach(answer.putArray("changed")::add);
    JsonResponses.send(ctx, answer);
  }

  public static void duplicates(Context ctx) {
    RedressAccess.requireRead(ctx, Role.REVIEWER);
    VictimRegister register = RedressAccess.victims(ctx);
    List<MatchProposal> proposals = VictimMatcher.loadDefault().match(register.all(), register.decisions()).proposals();
    RedressAccess.sendPage(ctx, proposals, p -> {
      ObjectNode o = JsonResponses.NODES.objectNode();
      o.put("victim_a", p.victimA());
      o.put("victim_b", p.victimB());
      o.put("score", p.score());
      p.agreed().forEach(o.putArray("agreed")::add);
      p.disagreed().forEach(o.putArray("disagreed")::add);
      return o;
    });
  }

  /** Records a decision on two victims: {@code {"a", "b", "verdict": "same_person"|"different_people", "reason"}}. */
  public static void merge(Context ctx) {
    Session session = Auth.requireWrite(ctx, Role.REVIEWER);
    RequestBody body = RequestBody.of(ctx);
    String verdict = body.optional("verdict");
    try {
      MergeDecision decision = new MergeDecision(body.required("a"), body.required("b"),
          verdict == null ? MergeVerdict.SAME_PERSON : MergeVerdict.fromCode(verdict),
          session.account().custodyActor(), HarmLedgerServer.services(ctx).clock().instant(), body.required("reason"));
      RedressAccess.victims(ctx).decide(decision);
      JsonResponses.send(ctx, JsonResponses.NODES.objectNode().put("a", decision.victimA())
          .put("b", decision.victimB()).put("verdict", decision.verdict().code()));
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, e.getMessage(), e);
    }
  }

  private static boolean showsNames(Session session) {
    return RedressAccess.showsPersonalData(session);
  }

  static ObjectNode json(Victim v, boolean names) {
    ObjectNode o = JsonResponses.NODES.objectNode();
    o.put("id", v.id());
    if (names) {
      PersonNames n = v.names();
      ObjectNode on = o.putObject("names");
      on.put("given", n.given()).put("father", n.father()).put("family", n.family()).put("arabic", n.arabic());
      n.aliases().forEach(on.putArray("aliases")::add);
    }
    o.put("sex", v.sex().code());
    o.put("age", v.age().isKnown() ? v.age().code() : null);
    o.put("status", v.status().code());
    o.put("outcome", v.outcome().code());
    o.put("date", v.date() == null ? null : v.date().toString());
    o.put("incident_id", v.incidentId());
    v.sources().forEach(o.putArray("sources")::add);
    return o;
  }
}
