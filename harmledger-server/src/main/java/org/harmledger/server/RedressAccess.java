package org.harmledger.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.harmledger.redress.AgeGroups;
import org.harmledger.redress.AwardSchedule;
import org.harmledger.redress.ClaimAssessor;
import org.harmledger.redress.Mandate;
import org.harmledger.store.Ledger;
import org.harmledger.store.accounts.Role;
import org.harmledger.store.accounts.Session;
import org.harmledger.store.redress.ClaimAssessments;
import org.harmledger.store.redress.ClaimRegister;
import org.harmledger.store.redress.ClaimantRegister;
import org.harmledger.store.redress.VictimRegister;

/**
 * RedressAccess guards the redress endpoints, none of which is public: a read needs a signed-in
 * account whose role allows it (writes go through {@link Auth#requireWrite}), and it opens the
 * registers over the server's ledger.
 */
final class RedressAccess {
  private RedressAccess() {}

  /**
   * The session allowed to read.
   *
   * @throws ApiException 401 without a session, 403 for a role below {@code needed}
   */
  static Session requireRead(Context ctx, Role needed) {
    Session session = Auth.session(ctx).orElseThrow(() -> new ApiException(401, "sign in first"));
    if (!session.account().role().allows(needed)) {
      throw new ApiException(403, "role " + session.account().role().code() + " may not do this; it needs "
          + needed.code());
    }
    return session;
  }

  /** Sends the slice of {@code all} that the request's {@code offset} and {@code limit} ask for, as a listing. */
  static <T> void sendPage(Context ctx, List<T> all, Function<T, ObjectNode> json) {
    Paging paging = Params.paging(ctx, HarmLedgerServer.services(ctx).config().maxPageSize());
    List<ObjectNode> items = new ArrayList<>();
    for (T item : all.subList(Math.min(paging.offset(), all.size()),
        (int) Math.min((long) paging.offset() + paging.limit(), all.size()))) {
      items.add(json.apply(item));
    }
    JsonResponses.send(ctx, JsonResponses.page(items, paging, all.size()));
  }

  /** Sends one page a register returned, with the paging that asked for it and the total it counted. */
  static <T> void sendPage(Context ctx, Paging paging, List<T> page, long total, Function<T, ObjectNode> json) {
    List<ObjectNode> items = new ArrayList<>(page.size());
    page.forEach(item -> items.add(json.apply(item)));
    JsonResponses.send(ctx, JsonResponses.page(items, paging, total));
  }

  /** The paging a listing asks for, within the server's largest page. */
  static Paging paging(Context ctx) {
    return Params.paging(ctx, HarmLedgerServer.services(ctx).config().maxPageSize());
  }

  /** A query parameter that holds a code ({@code under_review}), or null when absent; a 400 names an unknown one. */
  static <T> T code(Context ctx, String name, Function<String, T> parse) {
    String value = Params.text(ctx, name);
    if (value == null) {
      return null;
    }
    try {
      return parse.apply(value);
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, "parameter " + name + "='" + value + "': " + e.getMessage(), e);
    }
  }

  /** Whether the session may see personal data (names, contacts, documents): reviewers and admins. */
  static boolean showsPersonalData(Session session) {
    return session.account().role().allows(Role.REVIEWER);
  }

  static ClaimantRegister claimants(Context ctx) {
    Ledger ledger = HarmLedgerServer.services(ctx).ledger();
    return new ClaimantRegister(ledger.database().jdbi(), ledger.custody());
  }

  /** The award schedule claims are assessed under: the UNCC model, as {@code claims batch} uses by default. */
  static AwardSchedule schedule() {
    return Defaults.SCHEDULE;
  }

  /** Assessments under the example mandate and the {@link #schedule}, as {@code claims batch} makes by default. */
  static ClaimAssessments assessments(Context ctx) {
    ServerServices s = HarmLedgerServer.services(ctx);
    return new ClaimAssessments(new ClaimAssessor(Defaults.MANDATE, Defaults.SCHEDULE), s.incidents(), victims(ctx),
        claimants(ctx), claims(ctx));
  }

  /** The bundled mandate and schedule, read once when a redress route first needs them. */
  private static final class Defaults {
    static final Mandate MANDATE = Mandate.loadExample();
    static final AwardSchedule SCHEDULE = AwardSchedule.loadUnccModel();
  }

  static VictimRegister victims(Context ctx) {
    Ledger ledger = HarmLedgerServer.services(ctx).ledger();
    return new VictimRegister(ledger.database().jdbi(), ledger.custody(), AgeGroups.loadDefault());
  }

  static ClaimRegister claims(Context ctx) {
    Ledger ledger = HarmLedgerServer.services(ctx).ledger();
    return new ClaimRegister(ledger.database().jdbi(), ledger.custody(), ledger.evidence());
  }
}
