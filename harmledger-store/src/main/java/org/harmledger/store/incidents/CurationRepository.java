package org.harmledger.store.incidents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Objects;
import org.harmledger.resolve.CurationDecision;
import org.harmledger.resolve.json.CurationDecisionJson;
import org.harmledger.store.StorageException;
import org.jdbi.v3.core.Handle;

/** A CurationRepository keeps people's curation decisions, in the order they were recorded; rows are never changed. */
final class CurationRepository {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Handle handle;

  CurationRepository(Handle handle) {
    this.handle = Objects.requireNonNull(handle, "handle");
  }

  void insert(CurationDecision d) {
    long seq = handle.createQuery("SELECT COALESCE(MAX(seq), 0) FROM curation_decisions").mapTo(Long.class).one() + 1;
    handle.createUpdate("INSERT INTO curation_decisions (seq, decided_at, actor, kind, reason, decision_json) "
            + "VALUES (:seq, :at, :actor, :kind, :reason, :json)")
        .bind("seq", seq)
        .bind("at", d.at().toString())
        .bind("actor", d.actor())
        .bind("kind", CurationDecisionJson.kind(d))
        .bind("reason", d.reason())
        .bind("json", CurationDecisionJson.toJson(d).toString())
        .execute();
  }

  List<CurationDecision> all() {
    return handle.createQuery("SELECT seq, decision_json FROM curation_decisions ORDER BY seq")
        .map((rs, ctx) -> read(rs.getLong(1), rs.getString(2)))
        .list();
  }

  private static CurationDecision read(long seq, String json) {
    try {
      return CurationDecisionJson.fromJson(MAPPER.readTree(json));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new StorageException("curation decision " + seq + " cannot be read: " + e.getMessage(), e);
    }
  }
}
