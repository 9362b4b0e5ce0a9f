package org.harmledger.store.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
    insertAll(Map.of(report, extraction), extractedAt);
  }

  /** Inserts the runs and assertions of several reports' extractions with one batched statement each. */
  public void insertAll(Map<Sha256, Extraction> extractions, Instant extractedAt) {
    if (extractions.isEmpty()) {
      return;
    }
    PreparedBatch runs = handle.prepareBatch("INSERT INTO extraction_runs (report_id, rule_set_hash, extracted_at, "
        + "assertion_count) VALUES (:id, :rules, :at, :count)");
    PreparedBatch assertions = handle.prepareBatch("INSERT INTO assertions (report_id, rule_set_hash, idx, "
        + "assertion_json, event_type, date_start, date_end, admin1, perpetrator_id, is_primary) VALUES "
        + "(:id, :rules, :idx, :json, :eventType, :dateStart, :dateEnd, :admin1, :perpetrator, :primary)");
    extractions.forEach((report, extraction) -> {
      runs.bind("id", report.hex())
          .bind("rules", extraction.ruleSetHash())
          .bind("at", extractedAt.toString())
          .bind("count", extraction.assertions().size())
          .add();
      int index = 0;
      for (Assertion a : extraction.assertions()) {
        assertions.bind("id", report.hex())
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
    });
    runs.execute();
    if (assertions.size() > 0) {
      assertions.execute();
    }
  }

  public boolean hasRun(Sha256 report) {
    return handle.createQuery("SELECT COUNT(*) FROM extraction_runs WHERE report_id = :id")
        .bind("id", report.hex())
        .mapTo(Long.class)
        .one() > 0;
  }

  /** Those of {@code reports} that have at least one extraction run; one query per {@value InLists#MAX}. */
  public Set<Sha256> withRuns(Collection<Sha256> reports) {
    Set<Sha256> found = new HashSet<>();
    for (List<String> chunk : InLists.hexChunks(reports)) {
      handle.createQuery("SELECT DISTINCT report_id FROM extraction_runs WHERE report_id IN (<ids>)")
          .bindList("ids", chunk)
          .map((rs, ctx) -> new Sha256(rs.getString(1)))
          .forEach(found::add);
    }
    return found;
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
