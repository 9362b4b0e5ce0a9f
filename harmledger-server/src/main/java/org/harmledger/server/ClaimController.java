package org.harmledger.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import org.harmledger.redress.AwardSchedule;
import org.harmledger.redress.Claim;
import org.harmledger.redress.ClaimAssessment;
import org.harmledger.redress.ClaimStatus;
import org.harmledger.redress.Flag;
import org.harmledger.redress.LossCategory;
import org.harmledger.redress.ReviewStep;
import org.harmledger.redress.ReviewTransitionException;
import org.harmledger.redress.ReviewWorkflow;
import org.harmledger.redress.ReviewerRole;
import org.harmledger.redress.RuleCheck;
import org.harmledger.store.accounts.Role;
import org.harmledger.store.accounts.Session;
import org.harmledger.store.redress.ClaimRegister;
import org.harmledger.store.redress.VictimRegister;

/**
 * The ClaimController answers for compensation claims and their flags. Claims hold ids only (no
 * names or contacts); reviewers read them, move them through review and clear flags; recorders
 * submit them. The account's role bounds the review role it may act in: a recorder registers, a
 * reviewer reviews, an admin may also act as supervisor or payment officer.
 */
public final class ClaimController {
  private ClaimController() {}

  /** A page of claims, those with {@code status} only when it is given, in id order. */
  public static void list(Context ctx) {
    RedressAccess.requireRead(ctx, Role.REVIEWER);
    ClaimStatus status = RedressAccess.code(ctx, "status", ClaimStatus::fromCode);
    Paging paging = RedressAccess.paging(ctx);
    ClaimRegister claims = RedressAccess.claims(ctx);
    RedressAccess.sendPage(ctx, paging, claims.page(status, paging.offset(), paging.limit()), claims.count(status),
        ClaimController::json);
  }

  /**
   * One claim with what a reviewer decides on: the claimant and the victims (with names), the
   * statuses it may go to next, and its assessment (every eligibility rule with its reason, the
   * award, and the open flags that block payment).
   */
  public static void one(Context ctx) {
    RedressAccess.requireRead(ctx, Role.REVIEWER);
    String id = ctx.pathParam("id");
    Claim claim = claim(ctx, id);
    ObjectNode o = json(claim);
    RedressAccess.claimants(ctx).find(claim.claimantId())
        .ifPresent(c -> o.set("claimant", ClaimantController.json(c, true)));
    ArrayNode victims = o.putArray("victims");
    VictimRegister register = RedressAccess.victims(ctx);
    for (String v : claim.victimIds()) {
      register.find(v).ifPresent(victim -> victims.add(VictimController.json(victim, true)));
    }
    ArrayNode next = o.putArray("next");
    Set<ClaimStatus> allowed = new ReviewWorkflow().next(claim.status());
    for (ClaimStatus s : ClaimStatus.values()) {
      if (allowed.contains(s)) {
        next.add(s.code());
      }
    }
    RedressAccess.assessments(ctx).assess(id).ifPresent(a -> o.set("assessment", json(a)));
    JsonResponses.send(ctx, o);
  }

  private static ObjectNode json(ClaimAssessment a) {
    ObjectNode o = JsonResponses.NODES.objectNode();
    o.put("eligible", a.eligibility().eligible());
    ArrayNode checks = o.putArray("checks");
    for (RuleCheck c : a.eligibility().checks()) {
      checks.addObject().put("rule", c.rule().code()).put("description", c.rule().description())
          .put("passed", c.passed()).put("detail", c.detail());
    }
    if (a.award() == null) {
      o.putNull("award");
    } else {
      o.putObject("award").put("category", a.award().category()).put("scheduled", a.award().scheduled())
          .put("awarded", a.award().awarded()).put("currency", a.award().currency()).put("note", a.award().note());
    }
    o.put("payment_blocked", a.paymentBlocked());
    ArrayNode flags = o.putArray("blocking_flags");
    a.blockingFlags().forEach(f -> flags.addObject().put("id", f.id()).put("kind", f.kind().code())
        .put("reason", f.reason()));
    return o;
  }

  /** Submits a claim: {@code {"id", "claimant", "incident", "category", "victims": [...]}}; documents are uploaded after ({@link DocumentController}). */
  public static void submit(Context ctx) {
    Session session = Auth.requireWrite(ctx, Role.RECORDER);
    RequestBody body = RequestBody.of(ctx);
    try {
      Claim claim = RedressAccess.claims(ctx).submit(body.required("id"), body.required("claimant"),
          body.list("victims"), body.required("incident"), body.required("category"), List.of(),
          session.account().custodyActor());
      JsonResponses.send(ctx, json(claim));
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, e.getMessage(), e);
    }
  }

  /**
   * The loss categories a claim may be submitted under, from the award schedule claims are assessed
   * against: code, description, amount, whether victims must be named, and whether the amount is
   * illustrative (recorder).
   */
  public static void categories(Context ctx) {
    RedressAccess.requireRead(ctx, Role.RECORDER);
    AwardSchedule schedule = RedressAccess.schedule();
    ObjectNode o = JsonResponses.NODES.objectNode().put("schedule", schedule.name()).put("currency", schedule.currency());
    ArrayNode categories = o.putArray("categories");
    for (LossCategory c : schedule.categories()) {
      categories.addObject().put("code", c.code()).put("description", c.description()).put("amount", c.amount())
          .put("needs_victims", c.needsVictims()).put("illustrative", c.illustrative());
    }
    JsonResponses.send(ctx, o);
  }

  /** Moves a claim: {@code {"to", "as": review role, "reason"}}. */
  public static void review(Context ctx) {
    Session session = Auth.requireWrite(ctx, Role.RECORDER);
    String id = ctx.pathParam("id");
    claim(ctx, id);
    RequestBody body = RequestBody.of(ctx);
    try {
      ClaimStatus to = ClaimStatus.fromCode(body.required("to"));
      ReviewerRole as = ReviewerRole.fromCode(body.required("as"));
      Role account = session.account().role();
      if (!account.allows(needed(as))) {
        throw new ApiException(403, "role " + account.code() + " may not act as " + as.code() + "; it needs "
            + needed(as).code());
      }
      Claim claim = RedressAccess.claims(ctx).review(id, to, session.account().name(), as, body.required("reason"),
          session.account().custodyActor());
      JsonResponses.send(ctx, json(claim));
    } catch (IllegalArgumentException | ReviewTransitionException e) {
      throw new ApiException(400, e.getMessage(), e);
    }
  }

  /** The account role a review role needs. */
  private static Role needed(ReviewerRole as) {
    if (as == ReviewerRole.REGISTRAR) {
      return Role.RECORDER;
    }
    return as == ReviewerRole.REVIEWER ? Role.REVIEWER : Role.ADMIN;
  }

  public static void flags(Context ctx) {
    RedressAccess.requireRead(ctx, Role.REVIEWER);
    RedressAccess.sendPage(ctx, RedressAccess.claims(ctx).flags(), (Flag f) -> {
      ObjectNode o = JsonResponses.NODES.objectNode();
      o.put("id", f.id());
      o.put("kind", f.kind().code());
      o.put("reason", f.reason());
      f.claimIds().forEach(o.putArray("claim_ids")::add);
      f.victimIds().forEach(o.putArray("victim_ids")::add);
      o.put("open", f.isOpen());
      return o;
    });
  }

  /** Clears a flag of the latest batch: {@code {"flag", "reason"}}. */
  public static void clearFlag(Context ctx) {
    Session session = Auth.requireWrite(ctx, Role.REVIEWER);
    RequestBody body = RequestBody.of(ctx);
    try {
      String flag = body.required("flag");
      RedressAccess.claims(ctx).clear(flag, session.account().custodyActor(), body.required("reason"));
      JsonResponses.send(ctx, JsonResponses.NODES.objectNode().put("flag", flag).put("open", false));
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, e.getMessage(), e);
    }
  }

  private static Claim claim(Context ctx, String id) {
    return RedressAccess.claims(ctx).find(id).orElseThrow(() -> ApiException.notFound("no claim with id " + id));
  }

  static ObjectNode json(Claim c) {
    ObjectNode o = JsonResponses.NODES.objectNode();
    o.put("id", c.id());
    o.put("claimant_id", c.claimantId());
    c.victimIds().forEach(o.putArray("victim_ids")::add);
    o.put("incident_id", c.incidentId());
    o.put("loss_category", c.lossCategory());
    c.documents().forEach(o.putArray("documents")::add);
    o.put("status", c.status().code());
    ArrayNode history = o.putArray("history");
    for (ReviewStep s : c.history()) {
      history.addObject().put("from", s.from() == null ? null : s.from().code()).put("to", s.to().code())
          .put("reviewer", s.reviewer()).put("role", s.role().code()).put("at", s.at().toString())
          .put("reason", s.reason());
    }
    return o;
  }
}
