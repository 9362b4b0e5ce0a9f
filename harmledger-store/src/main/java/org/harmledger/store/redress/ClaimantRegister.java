package org.harmledger.store.redress;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.harmledger.redress.Claimant;
import org.harmledger.redress.Contact;
import org.harmledger.redress.Eraser;
import org.harmledger.redress.Erasure;
import org.harmledger.redress.Kinship;
import org.harmledger.redress.PersonNames;
import org.harmledger.redress.Relationship;
import org.harmledger.redress.Tombstone;
import org.harmledger.store.custody.CustodyAction;
import org.harmledger.store.custody.CustodyEntry;
import org.harmledger.store.custody.CustodyLog;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A ClaimantRegister stores claimants: family and relationships to victims in public tables, names
 * and contact in {@code claimant_personal}. Writes are custody entries on subject
 * {@code claimant:<id>} whose details hold no personal data.
 */
public final class ClaimantRegister {
  private final Jdbi jdbi;
  private final CustodyLog custody;

  public ClaimantRegister(Jdbi jdbi, CustodyLog custody) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.custody = Objects.requireNonNull(custody, "custody");
  }

  public static String subject(String claimantId) {
    return "claimant:" + claimantId;
  }

  /**
   * Registers a claimant.
   *
   * @throws IllegalArgumentException naming the id when the claimant is already registered
   */
  public void add(Claimant c, String actor, String reason) {
    custody.requireAnchored(jdbi);
    jdbi.useTransaction(h -> {
      if (h.createQuery("SELECT COUNT(*) FROM claimants WHERE id = :id").bind("id", c.id()).mapTo(Long.class).one() > 0) {
        throw new IllegalArgumentException("claimant " + c.id() + " is already registered");
      }
      ObjectNode details = JsonNodeFactory.instance.objectNode().put("event", "claimant.added").put("reason", reason);
      CustodyEntry entry = custody.append(h, actor, CustodyAction.EDITED, subject(c.id()), details);
      h.createUpdate("INSERT INTO claimants (id, family_id, custody_seq) VALUES (:id, :family, :seq)")
          .bind("id", c.id()).bind("family", c.familyId()).bind("seq", entry.seq()).execute();
      insertRelationships(h, c);
      writePersonal(h, c);
    });
    custody.anchor(jdbi);
  }

  /**
   * Replaces a registered claimant's family, relationships, names and contact with {@code edited}'s,
   * with a custody entry ({@code claimant.edited}) listing which parts changed, never their values.
   *
   * @return the parts that changed ({@code family}, {@code relationships}, {@code names}, {@code contact});
   *     empty when nothing did, and then nothing is written
   * @throws IllegalArgumentException naming the id when the claimant is not registered
   */
  public List<String> update(Claimant edited, String actor, String reason) {
    Claimant before = find(edited.id()).orElseThrow(() -> new IllegalArgumentException("claimant " + edited.id()
        + " is not registered"));
    List<String> changed = new ArrayList<>();
    if (!Objects.equals(before.familyId(), edited.familyId())) {
      changed.add("family");
    }
    if (!sorted(before.relationships()).equals(sorted(edited.relationships()))) {
      changed.add("relationships");
    }
    if (!before.names().equals(edited.names())) {
      changed.add("names");
    }
    if (!before.contact().equals(edited.contact())) {
      changed.add("contact");
    }
    if (changed.isEmpty()) {
      return changed;
    }
    custody.requireAnchored(jdbi);
    jdbi.useTransaction(h -> {
      CustodyEntry entry = EditEntry.append(h, custody, actor, subject(edited.id()), "claimant.edited", reason, changed);
      h.createUpdate("UPDATE claimants SET family_id = :family, custody_seq = :seq WHERE id = :id")
          .bind("id", edited.id()).bind("family", edited.familyId()).bind("seq", entry.seq()).execute();
      h.createUpdate("DELETE FROM claimant_relationships WHERE claimant_id = :id").bind("id", edited.id()).execute();
      insertRelationships(h, edited);
      writePersonal(h, edited);
    });
    custody.anchor(jdbi);
    return changed;
  }

  private static List<Relationship> sorted(List<Relationship> relationships) {
    List<Relationship> out = new ArrayList<>(relationships);
    out.sort(java.util.Comparator.comparing(Relationship::victimId));
    return out;
  }

  private static void insertRelationships(Handle h, Claimant c) {
    for (Relationship r : c.relationships()) {
      h.createUpdate("INSERT INTO claimant_relationships (claimant_id, victim_id, kinship) VALUES (:c, :v, :k)")
          .bind("c", c.id()).bind("v", r.victimId()).bind("k", r.kinship().code()).execute();
    }
  }

  /** The claimants of one family (household): those whose family id is {@code family}, and the claimant {@code family} itself when it has none. */
  public List<Claimant> family(String family) {
    return load(" WHERE c.family_id = :id OR (c.id = :id AND c.family_id IS NULL)", family);
  }

  private static void writePersonal(Handle h, Claimant c) {
    h.createUpdate("DELETE FROM claimant_personal WHERE claimant_id = :id").bind("id", c.id()).execute();
    if (c.names().isEmpty() && c.contact().isEmpty()) {
      return;
    }
    PersonNames n = c.names();
    h.createUpdate("INSERT INTO claimant_personal (claimant_id, given_name, father_name, family_name, arabic_name, "
            + "aliases, phone, email, address) VALUES (:id, :given, :father, :family, :arabic, :aliases, :phone, "
            + ":email, :address)")
        .bind("id", c.id())
        .bind("given", n.given())
        .bind("father", n.father())
        .bind("family", n.family())
        .bind("arabic", n.arabic())
        .bind("aliases", String.join("|", n.aliases()))
        .bind("phone", c.contact().phone())
        .bind("email", c.contact().email())
        .bind("address", c.contact().address())
        .execute();
  }

  public Optional<Claimant> find(String id) {
    return load(" WHERE c.id = :id", id).stream().findFirst();
  }

  /** Every claimant by id, in id order. */
  public Map<String, Claimant> all() {
    Map<String, Claimant> claimants = new LinkedHashMap<>();
    load("", null).forEach(c -> claimants.put(c.id(), c));
    return claimants;
  }

  private List<Claimant> load(String where, String id) {
    String relationshipWhere = where.isEmpty() ? "" : " WHERE claimant_id IN (SELECT c.id FROM claimants c" + where + ")";
    return jdbi.withHandle(h -> {
      Map<String, List<Relationship>> relationships = new LinkedHashMap<>();
      var relations = h.createQuery("SELECT claimant_id, victim_id, kinship FROM claimant_relationships"
          + relationshipWhere + " ORDER BY claimant_id, victim_id");
      var rows = h.createQuery("SELECT c.id, c.family_id, p.given_name, p.father_name, p.family_name, p.arabic_name, "
          + "p.aliases, p.phone, p.email, p.address FROM claimants c "
          + "LEFT JOIN claimant_personal p ON p.claimant_id = c.id" + where + " ORDER BY c.id");
      if (id != null) {
        relations.bind("id", id);
        rows.bind("id", id);
      }
      relations.map((rs, ctx) -> Map.entry(rs.getString(1),
              new Relationship(rs.getString(2), Kinship.fromCode(rs.getString(3)))))
          .forEach(e -> relationships.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
      return rows.map((rs, ctx) -> read(rs, relationships)).list();
    });
  }

  private static Claimant read(ResultSet rs, Map<String, List<Relationship>> relationships) throws SQLException {
    String aliases = rs.getString(7);
    PersonNames names = new PersonNames(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
        aliases == null ? List.of() : Arrays.asList(aliases.split("\\|")));
    return new Claimant(rs.getString(1), names, new Contact(rs.getString(8), rs.getString(9), rs.getString(10)),
        rs.getString(2), relationships.getOrDefault(rs.getString(1), List.of()));
  }

  /**
   * Erases a claimant's names and contact, keeping the record, relationships and claims, and a tombstone.
   *
   * @throws IllegalArgumentException naming the id when the claimant is not registered
   */
  public Tombstone erase(String id, String actor, String reason) {
    Claimant claimant = find(id).orElseThrow(() -> new IllegalArgumentException("claimant " + id
        + " is not registered"));
    custody.requireAnchored(jdbi);
    Erasure<Claimant> erasure = new Eraser().erase(claimant, actor, custody.now(), reason);
    jdbi.useTransaction(h -> {
      writePersonal(h, erasure.record());
      Tombstones.record(h, custody, subject(id), erasure.tombstone());
    });
    custody.anchor(jdbi);
    return erasure.tombstone();
  }
}
