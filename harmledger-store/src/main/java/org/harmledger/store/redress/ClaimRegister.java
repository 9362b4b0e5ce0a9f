package org.harmledger.store.redress;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.harmledger.model.Sha256;
import org.harmledger.redress.Claim;
import org.harmledger.redress.ClaimStatus;
import org.harmledger.redress.Flag;
import org.harmledger.redress.FlagClearance;
import org.harmledger.redress.FlagKind;
import org.harmledger.redress.ReviewStep;
import org.harmledger.redress.ReviewWorkflow;
import org.harmledger.redress.ReviewerRole;
import org.harmledger.store.custody.CustodyAction;
import org.harmledger.store.custody.CustodyAppender;
import org.harmledger.store.custody.CustodyEntry;
import org.harmledger.store.custody.CustodyLog;
import org.harmledger.store.evidence.EvidenceStore;
import org.harmledger.store.evidence.StoredOriginal;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * A ClaimRegister stores compensation claims, their review history, the flags of the latest batch
 * and people's flag clearances. Supporting documents are kept as evidence originals (addressed by
 * SHA-256) with a {@code received} custody entry each; every submission, review step and clearance
 * is a custody entry on subject {@code claim:<id>} or {@code flag:<id>}.
 */
public final class ClaimRegister {
  /** The largest page {@link #page} returns. */
  public static final int MAX_PAGE = 1000;

  private final Jdbi jdbi;
  private final CustodyLog custody;
  private final EvidenceStore evidence;
  private final ReviewWorkflow workflow = new ReviewWorkflow();

  public ClaimRegister(Jdbi jdbi, CustodyLog custody, EvidenceStore evidence) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.custody = Objects.requireNonNull(custody, "custody");
    this.evidence = Objects.requireNonNull(evidence, "evidence");
  }

  public static String subject(String claimId) {
    return "claim:" + claimId;
  }

  /**
   * Submits a claim: stores each supporting document as evidence, then the claim and its
   * submission step, registered by {@code actor}.
   *
   * @throws IllegalArgumentException naming the id when the claim exists or its claimant does not
   */
  public Claim submit(String id, String claimantId, List<String> victimIds, String incidentId, String category,
      List<byte[]> documents, String actor) {
    custody.requireAnchored(jdbi);
    jdbi.useHandle(h -> requireNew(h, id, claimantId));
    List<StoredOriginal> stored = new ArrayList<>();
    for (byte[] document : documents) {
      stored.add(evidence.put(document));
    }
    Claim claim = Claim.submit(id, claimantId, victimIds, incidentId, category,
        stored.stream().map(s -> s.sha256().hex()).toList(), actor, custody.now());
    jdbi.useTransaction(h -> {
      requireNew(h, id, claimantId);
      CustodyAppender appender = custody.appender(h);
      for (StoredOriginal s : stored) {
        appender.append(actor, CustodyAction.RECEIVED, s.sha256().hex(), JsonNodeFactory.instance.objectNode()
            .put("event", "claim.document").put("claim", id).put("bytes", s.byteSize()));
      }
      h.createUpdate("INSERT INTO claims (id, claimant_id, incident_id, loss_category, victim_ids, documents) "
              + "VALUES (:id, :claimant, :incident, :category, :victims, :documents)")
          .bind("id", id)
          .bind("claimant", claimantId)
          .bind("incident", claim.incidentId())
          .bind("category", category)
          .bind("victims", String.join("|", claim.victimIds()))
          .bind("documents", String.join("|", claim.documents()))
          .execute();
      insertStep(h, appender, id, 0, claim.history().get(0), actor);
    });
    custody.anchor(jdbi);
    return claim;
  }

  /** Checked before documents are stored, and again in the transaction that records the claim. */
  private static void requireNew(Handle h, String id, String claimantId) {
    if (count(h, "SELECT COUNT(*) FROM claims WHERE id = :id", id) > 0) {
      throw new IllegalArgumentException("claim " + id + " already exists");
    }
    if (count(h, "SELECT COUNT(*) FROM claimants WHERE id = :id", claimantId) == 0) {
      throw new IllegalArgumentException("claim " + id + ": claimant " + claimantId + " is not registered");
    }
  }

  private static long count(Handle h, String sql, String id) {
    return h.createQuery(sql).bind("id", id).mapTo(Long.class).one();
  }

  private static void insertStep(Handle h, CustodyAppender appender, String claimId, int no, ReviewStep step,
      String actor) {
    ObjectNode details = JsonNodeFactory.instance.objectNode()
        .put("event", no == 0 ? "claim.submitted" : "claim.reviewed")
        .put("from", step.from() == null ? null : step.from().code())
        .put("to", step.to().code())
        .put("reviewer", step.reviewer())
        .put("role", step.role().code())
        .put("reason", step.reason());
    CustodyEntry entry = appender.append(actor, CustodyAction.EDITED, subject(claimId), details);
    h.createUpdate("INSERT INTO claim_steps (claim_id, step_no, from_status, to_status, reviewer, role, stepped_at, "
            + "reason, custody_seq) VALUES (:claim, :no, :from, :to, :reviewer, :role, :at, :reason, :seq)")
        .bind("claim", claimId)
        .bind("no", no)
        .bind("from", step.from() == null ? null : step.from().code())
        .bind("to", step.to().code())
        .bind("reviewer", step.reviewer())
        .bind("role", step.role().code())
        .bind("at", step.at().toString())
        .bind("reason", step.reason())
        .bind("seq", entry.seq())
        .execute();
    h.createUpdate("UPDATE claims SET status = :status WHERE id = :claim").bind("claim", claimId)
        .bind("status", step.to().code()).execute();
  }

  /**
   * Moves a claim through review ({@link ReviewWorkflow}); paying is refused while an open flag of
   * the latest batch involves the claim.
   *
   * @throws IllegalArgumentException naming the claim when it does not exist or the step is refused
   */
  public Claim review(String id, ClaimStatus to, String reviewer, ReviewerRole role, String reason, String actor) {
    custody.requireAnchored(jdbi);
    Claim claim = find(id).orElseThrow(() -> new IllegalArgumentException("claim " + id + " does not exist"));
    Claim next = workflow.advance(claim, to, reviewer, role, custody.now(), reason, flags());
    jdbi.useTransaction(h -> insertStep(h, custody.appender(h), id, next.history().size() - 1,
        next.history().get(next.history().size() - 1), actor));
    custody.anchor(jdbi);
    return next;
  }

  public Optional<Claim> find(String id) {
    return load(" WHERE claim_id = :id", " WHERE id = :id", id).stream().findFirst();
  }

  /** Every claim with its history, in id order. */
  public List<Claim> all() {
    return load("", "", null);
  }

  /**
   * One page of the claims whose status is {@code status} (any when null), in id order: skip
   * {@code offset}, at most {@code limit} (1..{@value #MAX_PAGE}).
   */
  public List<Claim> page(ClaimStatus status, int offset, int limit) {
    Paging.check(offset, limit, MAX_PAGE);
    String ids = "SELECT c.id FROM claims c" + statusWhere(status) + " ORDER BY c.id LIMIT " + limit + " OFFSET "
        + offset;
    return load(" WHERE claim_id IN (" + ids + ")", " WHERE id IN (" + ids + ")", status == null ? null
        : status.code());
  }

  /** How many claims have status {@code status} (all claims when null). */
  public long count(ClaimStatus status) {
    return jdbi.withHandle(h -> {
      var query = h.createQuery("SELECT COUNT(*) FROM claims c" + statusWhere(status));
      if (status != null) {
        query.bind("id", status.code());
      }
      return query.mapTo(Long.class).one();
    });
  }

  /** Selects one status (the column each step keeps current, see V7); bound as {@code :id} so {@link #load} binds it. */
  private static String statusWhere(ClaimStatus status) {
    return status == null ? "" : " WHERE c.status = :id";
  }

  /**
   * The claims of every claimant of one family (household, see {@link ClaimantRegister#family}),
   * in id order: all that a family cap needs.
   */
  public List<Claim> ofFamily(String family) {
    String claimants = "SELECT id FROM claimants WHERE family_id = :id OR (id = :id AND family_id IS NULL)";
    String claims = "SELECT id FROM claims WHERE claimant_id IN (" + claimants + ")";
    return load(" WHERE claim_id IN (" + claims + ")", " WHERE id IN (" + claims + ")", family);
  }

  /**
   * Attaches a supporting document to a claim: stores it as an evidence original and appends its
   * {@code received} custody entry ({@code claim.document}) in the transaction that lists it on
   * the claim. A document already attached to this claim is not listed twice.
   *
   * @return the document's SHA-256 hex
   * @throws IllegalArgumentException naming the claim when it does not exist
   */
  public String attach(String claimId, byte[] document, String actor, String reason) {
    custody.requireAnchored(jdbi);
    find(claimId).orElseThrow(() -> new IllegalArgumentException("claim " + claimId + " does not exist"));
    StoredOriginal stored = evidence.put(document);
    String sha = stored.sha256().hex();
    jdbi.useTransaction(h -> {
      String joined = h.createQuery("SELECT documents FROM claims WHERE id = :id").bind("id", claimId)
          .mapTo(String.class).one();
      List<String> documents = new ArrayList<>(split(joined));
      if (documents.contains(sha)) {
        return;
      }
      documents.add(sha);
      custody.append(h, actor, CustodyAction.RECEIVED, sha, JsonNodeFactory.instance.objectNode()
          .put("event", "claim.document").put("claim", claimId).put("bytes", stored.byteSize()).put("reason", reason));
      h.createUpdate("UPDATE claims SET documents = :documents WHERE id = :id")
          .bind("id", claimId).bind("documents", String.join("|", documents)).execute();
    });
    custody.anchor(jdbi);
    return sha;
  }

  /**
   * The bytes of a claim's supporting document, re-hashed on the way out.
   *
   * @throws IllegalArgumentException naming both when the claim does not exist or does not list the document
   */
  public byte[] document(String claimId, String sha256) {
    Claim claim = find(claimId).orElseThrow(() -> new IllegalArgumentException("claim " + claimId
        + " does not exist"));
    if (!claim.documents().contains(sha256)) {
      throw new IllegalArgumentException("claim " + claimId + " has no document " + sha256);
    }
    return evidence.read(Sha256.parse(sha256));
  }

  private List<Claim> load(String stepsWhere, String claimsWhere, String id) {
    return jdbi.withHandle(h -> {
      Map<String, List<ReviewStep>> steps = new LinkedHashMap<>();
      var stepQuery = h.createQuery("SELECT claim_id, from_status, to_status, reviewer, role, stepped_at, reason "
          + "FROM claim_steps" + stepsWhere + " ORDER BY claim_id, step_no");
      var claimQuery = h.createQuery("SELECT id, claimant_id, victim_ids, incident_id, loss_category, documents "
          + "FROM claims" + claimsWhere + " ORDER BY id");
      if (id != null) {
        stepQuery.bind("id", id);
        claimQuery.bind("id", id);
      }
      stepQuery.map((rs, ctx) -> Map.entry(rs.getString(1), new ReviewStep(
              rs.getString(2) == null ? null : ClaimStatus.fromCode(rs.getString(2)),
              ClaimStatus.fromCode(rs.getString(3)), rs.getString(4), ReviewerRole.fromCode(rs.getString(5)),
              Instant.parse(rs.getString(6)), rs.getString(7))))
          .forEach(e -> steps.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
      return claimQuery.map((rs, ctx) -> new Claim(rs.getString(1), rs.getString(2), split(rs.getString(3)),
              rs.getString(4), rs.getString(5), split(rs.getString(6)), steps.get(rs.getString(1))))
          .list();
    });
  }

  private static List<String> split(String joined) {
    return joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\\|"));
  }

  /** Replaces the stored flags with those of a new batch run. */
  public void replaceFlags(List<Flag> flags) {
    jdbi.useTransaction(h -> replaceFlags(h, flags));
  }

  /** As {@link #replaceFlags(List)}, inside the caller's transaction (a batch run and its custody entry commit together). */
  public void replaceFlags(Handle h, List<Flag> flags) {
    h.createUpdate("DELETE FROM claim_flags").execute();
    PreparedBatch rows = h.prepareBatch("INSERT INTO claim_flags (id, kind, reason, claim_ids, victim_ids) VALUES "
        + "(:id, :kind, :reason, :claims, :victims)");
    for (Flag f : flags) {
      rows.bind("id", f.id())
          .bind("kind", f.kind().code())
          .bind("reason", f.reason())
          .bind("claims", String.join("|", f.claimIds()))
          .bind("victims", String.join("|", f.victimIds()))
          .add();
    }
    if (rows.size() > 0) {
      rows.execute();
    }
  }

  /** The flags of the latest batch run, each with its latest clearance (null while open), in id order. */
  public List<Flag> flags() {
    Map<String, FlagClearance> latest = new LinkedHashMap<>();
    clearances().forEach(c -> latest.put(c.flagId(), c));
    return jdbi.withHandle(h -> h.createQuery("SELECT id, kind, reason, claim_ids, victim_ids FROM claim_flags "
            + "ORDER BY id")
        .map((rs, ctx) -> new Flag(rs.getString(1), FlagKind.valueOf(rs.getString(2).toUpperCase(Locale.ROOT)),
            rs.getString(3), split(rs.getString(4)), split(rs.getString(5)), latest.get(rs.getString(1))))
        .list());
  }

  /**
   * Clears a flag of the latest batch run.
   *
   * @throws IllegalArgumentException naming the flag when the latest run did not raise it
   */
  public FlagClearance clear(String flagId, String actor, String reason) {
    custody.requireAnchored(jdbi);
    FlagClearance clearance = new FlagClearance(flagId, actor, custody.now(), reason);
    jdbi.useTransaction(h -> {
      if (count(h, "SELECT COUNT(*) FROM claim_flags WHERE id = :id", flagId) == 0) {
        throw new IllegalArgumentException("flag " + flagId + " was not raised by the latest batch run");
      }
      CustodyEntry entry = custody.append(h, actor, CustodyAction.EDITED, "flag:" + flagId,
          JsonNodeFactory.instance.objectNode().put("event", "flag.cleared").put("reason", reason));
      h.createUpdate("INSERT INTO flag_clearances (custody_seq, flag_id, actor, cleared_at, reason) VALUES "
              + "(:seq, :flag, :actor, :at, :reason)")
          .bind("seq", entry.seq())
          .bind("flag", flagId)
          .bind("actor", actor)
          .bind("at", clearance.at().toString())
          .bind("reason", reason)
          .execute();
    });
    custody.anchor(jdbi);
    return clearance;
  }

  /** Every clearance, oldest first. */
  public List<FlagClearance> clearances() {
    return jdbi.withHandle(h -> h.createQuery("SELECT flag_id, actor, cleared_at, reason FROM flag_clearances "
            + "ORDER BY custody_seq")
        .map((rs, ctx) -> new FlagClearance(rs.getString(1), rs.getString(2), Instant.parse(rs.getString(3)),
            rs.getString(4)))
        .list());
  }
}
