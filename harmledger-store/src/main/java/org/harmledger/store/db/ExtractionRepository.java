package org.harmledger.store.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.harmledger.model.Assertion;
import org.harmledger.model.Extraction;
import org.harmledger.model.Sha256;
import org.harmledger.model.json.AssertionJson;
import org.harmledger.store.StorageException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * An ExtractionRepository keeps extraction runs (which rule set read which report, when) and the
 * assertions each run produced: the full assertion as JSON ({@link AssertionJson}) plus the
 * fields that queries filter on as indexed columns.
 */
public final class ExtractionRepository {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Handle handle;

  public ExtractionRepository(Handle handle) {
    this.handle = Objects.requireNonNull(handle, "handle");
  }

  public void insert(Sha256 report, Extraction extraction, Instant extractedAt) {
    handle.createUpdate("INSERT INTO extraction_runs (report_id, rule_set_hash, extracted_at, assertion_count) "
            + "VALUES (:id, :rules, :at, :count)")
        .bind("id", report.hex())
        .bind("rules", extraction.ruleSetHash())
        .bind("at", extractedAt.toString())
        .bind("count", extraction.assertions().size())
        .execute();
    if (extraction.assertions().isEmpty()) {
      return;
    }
    PreparedBatch batch = handle.prepareBatch("INSERT INTO assertions (report_id, rule_set_hash, idx, "
        + "assertion_json, event_type, date_start, date_end, admin1, perpetrator_id, is_primary) VALUES "
        + "(:id, :rules, :idx, :json, :eventType, :dateStart, :dateEnd, :admin1, :perpetrator, :primary)");
    int index = 0;
    for (Assertion a : extraction.assertions()) {
      batch.bind("id", report.hex())
          .bind("rules", extraction.ruleSetHash())
          .bind("idx", index++)
          .bind("json", AssertionJson.toJson(a).toString())
          .bind("eventType", a.eventType())
          .bind("dateStart", a.date() == null || a.date().start() == null ? null : a.date().start().toString())
          .bind("dateEnd", a.date() == null || a.date().end() == null ? null : a.date().end().toString())
          .bind("admin1", a.place() == null ? null : a.place().admin1())
          .bind("perpetrator", a.perpetrator() == null ? null : a.perpetrator().actorId())
          .bind("primary", a.primary())
          .add();
    }
    batch.execute();
  }

  public boolean hasRun(Sha256 report) {
    return handle.createQuery("SELECT COUNT(*) FROM extraction_runs WHERE report_id = :id")
        .bind("id", report.hex())
        .mapTo(Long.class)
        .one() > 0;
  }

  /** The assertions stored for {@code report}, in the order extraction produced them. */
  public List<Assertion> assertions(Sha256 report) {
    return handle.createQuery("SELECT assertion_json FROM assertions WHERE report_id = :id ORDER BY rule_set_hash, idx")
        .bind("id", report.hex())
        .map((rs, ctx) -> rs.getString(1))
        .map(json -> AssertionJson.fromJson(parse(report, json)))
        .list();
  }

  private static JsonNode parse(Sha256 report, String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new StorageException("report " + report + ": stored assertion is not JSON: " + e.getOriginalMessage(), e);
    }
  }
}
