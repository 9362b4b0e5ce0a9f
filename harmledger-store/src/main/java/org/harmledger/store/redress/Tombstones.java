package org.harmledger.store.redress;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.harmledger.redress.Tombstone;
import org.harmledger.store.custody.CustodyAction;
import org.harmledger.store.custody.CustodyEntry;
import org.harmledger.store.custody.CustodyLog;
import org.jdbi.v3.core.Handle;

/**
 * Tombstones records erasures of personal data: a custody entry ({@code edited}, event
 * {@code personal_data.erased}, with the hash of what was erased) and a row in {@code tombstones},
 * in the caller's transaction.
 */
final class Tombstones {
  private Tombstones() {}

  static void record(Handle h, CustodyLog custody, String subject, Tombstone t) {
    ObjectNode details = JsonNodeFactory.instance.objectNode()
        .put("event", "personal_data.erased").put("reason", t.reason()).put("erased_sha256", t.erased().hex());
    CustodyEntry entry = custody.append(h, t.actor(), CustodyAction.EDITED, subject, details);
    h.createUpdate("INSERT INTO tombstones (custody_seq, subject_kind, subject_id, erased_at, actor, reason, "
            + "erased_sha256) VALUES (:seq, :kind, :id, :at, :actor, :reason, :sha)")
        .bind("seq", entry.seq())
        .bind("kind", t.subjectKind())
        .bind("id", t.subjectId())
        .bind("at", t.at().toString())
        .bind("actor", t.actor())
        .bind("reason", t.reason())
        .bind("sha", t.erased().hex())
        .execute();
  }
}
