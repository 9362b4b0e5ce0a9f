package org.harmledger.store.redress;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.harmledger.redress.AgeGroups;
import org.harmledger.redress.Eraser;
import org.harmledger.redress.Erasure;
import org.harmledger.redress.MergeDecision;
import org.harmledger.redress.MergeVerdict;
import org.harmledger.redress.PersonNames;
import org.harmledger.redress.Tombstone;
import org.harmledger.redress.Victim;
import org.harmledger.redress.VictimRowReader;
import org.harmledger.store.StorageException;
import org.harmledger.store.custody.CustodyAction;
import org.harmledger.store.custody.CustodyAppender;
import org.harmledger.store.custody.CustodyEntry;
import org.harmledger.store.custody.CustodyLog;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A VictimRegister is the stored victims register: victims (public fields and names in separate
 * tables) and people's merge decisions. Every write appends an {@code edited} custody entry on
 * subject {@code victim:<id>} in the same transaction; the entry's details never hold a name,
 * since custody extracts travel in public case files. Thread-safe as far as its database is.
 */
public final class VictimRegister {
  private static final String SELECT = "SELECT v.id, n.given_name, n.father_name, n.family_name, n.arabic_name, "
      + "n.aliases, v.sex, v.age, v.status, v.outcome, v.harmed_on, v.incident_id, v.sources "
      + "FROM victims v LEFT JOIN victim_names n ON n.victim_id = v.id";
  /** The largest page {@link #page} returns. */
  public static final int MAX_PAGE = 1000;

  private final Jdbi jdbi;
  private final CustodyLog custody;
  private final VictimRowReader rows;

  public VictimRegister(Jdbi jdbi, CustodyLog custody, AgeGroups ages) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.custody = Objects.requireNonNull(custody, "custody");
    this.rows = new VictimRowReader(ages, VictimRowReader.COLUMNS);
  }

  /** The subject of a victim's custody entries. */
  public static String subject(String victimId) {
    return "victim:" + victimId;
  }

  /**
   * Adds victims in one transaction, each with a custody entry giving {@code source} (a file
   * name or {@code cli}) and {@code reason}.
   *
   * @throws IllegalArgumentException naming the id when a victim is already registered (nothing is stored)
   */
  public void add(Collection<Victim> victims, String actor, String source, String reason) {
    custody.requireAnchored(jdbi);
    jdbi.useTransaction(h -> {
      CustodyAppender appender = custody.appender(h);
      for (Victim v : victims) {
        if (exists(h, v.id())) {
          throw new IllegalArgumentException("victim " + v.id() + " is already registered");
        }
        ObjectNode details = JsonNodeFactory.instance.objectNode()
            .put("event", "victim.added").put("source", source).put("reason", reason);
        CustodyEntry entry = appender.append(actor, CustodyAction.EDITED, subject(v.id()), details);
        insert(h, v, entry.seq());
      }
    });
    custody.anchor(jdbi);
  }

  private static boolean exists(Handle h, String id) {
    return h.createQuery("SELECT COUNT(*) FROM victims WHERE id = :id").bind("id", id).mapTo(Long.class).one() > 0;
  }

  private static void insert(Handle h, Victim v, long seq) {
    h.createUpdate("INSERT INTO victims (id, sex, age, status, outcome, harmed_on, incident_id, sources, custody_seq) "
            + "VALUES (:id, :sex, :age, :status, :outcome, :date, :incident, :sources, :seq)")
        .bind("id", v.id())
        .bind("sex", v.sex().code())
        .bind("age", v.age().code())
        .bind("status", v.status().code())
        .bind("outcome", v.outcome().code())
        .bind("date", v.date() == null ? null : v.date().toString())
        .bind("incident", v.incidentId())
        .bind("sources", String.join("|", v.sources()))
        .bind("seq", seq)
        .execute();
    writeNames(h, v.id(), v.names());
  }

  private static void writeNames(Handle h, String id, PersonNames n) {
    h.createUpdate("DELETE FROM victim_names WHERE victim_id = :id").bind("id", id).execute();
    if (n.isEmpty()) {
      return;
    }
    h.createUpdate("INSERT INTO victim_names (victim_id, given_name, father_name, family_name, arabic_name, aliases) "
            + "VALUES (:id, :given, :father, :family, :arabic, :aliases)")
        .bind("id", id)
        .bind("given", n.given())
        .bind("father", n.father())
        .bind("family", n.family())
        .bind("arabic", n.arabic())
        .bind("aliases", String.join("|", n.aliases()))
        .execute();
  }

  /**
   * Replaces a registered victim's fields and names with {@code edited}'s, with a custody entry
   * ({@code victim.edited}) listing which fields changed, never their values.
   *
   * @return the fields that changed, in column order (empty when nothing did; then nothing is written)
   * @throws IllegalArgumentException naming the id when the victim is not registered
   */
  public List<String> update(Victim edited, String actor, String reason) {
    Victim before = find(edited.id()).orElseThrow(() -> new IllegalArgumentException("victim " + edited.id()
        + " is not registered"));
    List<String> changed = changedFields(before, edited);
    if (changed.isEmpty()) {
      return changed;
    }
    custody.requireAnchored(jdbi);
    jdbi.useTransaction(h -> {
      CustodyEntry entry = EditEntry.append(h, custody, actor, subject(edited.id()), "victim.edited", reason, changed);
      h.createUpdate("UPDATE victims SET sex = :sex, age = :age, status = :status, outcome = :outcome, "
              + "harmed_on = :date, incident_id = :incident, sources = :sources, custody_seq = :seq WHERE id = :id")
          .bind("id", edited.id())
          .bind("sex", edited.sex().code())
          .bind("age", edited.age().code())
          .bind("status", edited.status().code())
          .bind("outcome", edited.outcome().code())
          .bind("date", edited.date() == null ? null : edited.date().toString())
          .bind("incident", edited.incidentId())
          .bind("sources", String.join("|", edited.sources()))
          .bind("seq", entry.seq())
          .execute();
      writeNames(h, edited.id(), edited.names());
    });
    custody.anchor(jdbi);
    return changed;
  }

  private static List<String> changedFields(Victim a, Victim b) {
    List<String> changed = new ArrayList<>();
    if (!a.names().equals(b.names())) {
      changed.add("names");
    }
    if (a.sex() != b.sex()) {
      changed.add("sex");
    }
    if (!a.age().code().equals(b.age().code())) {
      changed.add("age");
    }
    if (a.status() != b.status()) {
      changed.add("status");
    }
    if (a.outcome() != b.outcome()) {
      changed.add("outcome");
    }
    if (!Objects.equals(a.date(), b.date())) {
      changed.add("date");
    }
    if (!Objects.equals(a.incidentId(), b.incidentId())) {
      changed.add("incident_id");
    }
    if (!a.sources().equals(b.sources())) {
      changed.add("sources");
    }
    return changed;
  }

  /**
   * One page of the victims {@code query} selects, in id order: skip {@code offset}, at most
   * {@code limit} (1..{@value #MAX_PAGE}).
   */
  public List<Victim> page(VictimQuery query, int offset, int limit) {
    Paging.check(offset, limit, MAX_PAGE);
    return jdbi.withHandle(h -> query.bind(h.createQuery(SELECT + query.where()
                + " ORDER BY v.id LIMIT :limit OFFSET :offset"))
            .bind("limit", limit).bind("offset", offset).map((rs, ctx) -> row(rs)).list())
        .stream().map(this::read).toList();
  }

  /** How many victims {@code query} selects. */
  public long count(VictimQuery query) {
    return jdbi.withHandle(h -> query.bind(h.createQuery("SELECT COUNT(*) FROM victims v" + query.where()))
        .mapTo(Long.class).one());
  }

  /** Every victim, names included, in id order. */
  public List<Victim> all() {
    return jdbi.withHandle(h -> h.createQuery(SELECT + " ORDER BY v.id").map((rs, ctx) -> row(rs)).list())
        .stream().map(this::read).toList();
  }

  /** The victims linked to {@code incidentId}, in id order. */
  public List<Victim> ofIncident(String incidentId) {
    return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE v.incident_id = :incident ORDER BY v.id")
            .bind("incident", incidentId).map((rs, ctx) -> row(rs)).list())
        .stream().map(this::read).toList();
  }

  public Optional<Victim> find(String id) {
    return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE v.id = :id").bind("id", id)
        .map((rs, ctx) -> row(rs)).findOne()).map(this::read);
  }

  private static List<String> row(java.sql.ResultSet rs) throws java.sql.SQLException {
    List<String> values = new ArrayList<>(VictimRowReader.COLUMNS.size());
    for (int i = 1; i <= VictimRowReader.COLUMNS.size(); i++) {
      values.add(rs.getString(i));
    }
    return values;
  }

  /** Reads a stored row through the import reader, so stored and imported victims obey one format. */
  private Victim read(List<String> values) {
    try {
      return rows.read(2, values);
    } catch (IllegalArgumentException e) {
      throw new StorageException("stored victim " + values.get(0) + " is malformed: " + e.getMessage(), e);
    }
  }

  /**
   * Records a person's decision on two victims, with its custody entry on the first victim.
   *
   * @throws IllegalArgumentException naming the id when either victim is not registered
   */
  public void decide(MergeDecision decision) {
    custody.requireAnchored(jdbi);
    List<String> pair = Arrays.asList(decision.victimA(), decision.victimB());
    pair.sort(null);
    jdbi.useTransaction(h -> {
      for (String id : pair) {
        if (!exists(h, id)) {
          throw new IllegalArgumentException("victim " + id + " is not registered");
        }
      }
      ObjectNode details = JsonNodeFactory.instance.objectNode()
          .put("event", "victim.merge_decided").put("other", pair.get(1))
          .put("verdict", decision.verdict().code()).put("reason", decision.reason());
      CustodyEntry entry = custody.append(h, decision.actor(), CustodyAction.EDITED, subject(pair.get(0)), details);
      h.createUpdate("INSERT INTO victim_merge_decisions (custody_seq, victim_a, victim_b, verdict, actor, decided_at, "
              + "reason) VALUES (:seq, :a, :b, :verdict, :actor, :at, :reason)")
          .bind("seq", entry.seq())
          .bind("a", pair.get(0))
          .bind("b", pair.get(1))
          .bind("verdict", decision.verdict().code())
          .bind("actor", decision.actor())
          .bind("at", decision.at().toString())
          .bind("reason", decision.reason())
          .execute();
    });
    custody.anchor(jdbi);
  }

  /**
   * Erases a victim's names (see {@link Eraser}), keeping the record and a tombstone.
   *
   * @throws IllegalArgumentException naming the id when the victim is not registered
   */
  public Tombstone erase(String id, String actor, String reason) {
    Victim victim = find(id).orElseThrow(() -> new IllegalArgumentException("victim " + id + " is not registered"));
    custody.requireAnchored(jdbi);
    Erasure<Victim> erasure = new Eraser().erase(victim, actor, custody.now(), reason);
    jdbi.useTransaction(h -> {
      writeNames(h, id, erasure.record().names());
      Tombstones.record(h, custody, subject(id), erasure.tombstone());
    });
    custody.anchor(jdbi);
    return erasure.tombstone();
  }

  /** Every merge decision, oldest first. */
  public List<MergeDecision> decisions() {
    return jdbi.withHandle(h -> h.createQuery("SELECT victim_a, victim_b, verdict, actor, decided_at, reason "
            + "FROM victim_merge_decisions ORDER BY custody_seq")
        .map((rs, ctx) -> new MergeDecision(rs.getString(1), rs.getString(2), MergeVerdict.fromCode(rs.getString(3)),
            rs.getString(4), java.time.Instant.parse(rs.getString(5)), rs.getString(6)))
        .list());
  }
}
