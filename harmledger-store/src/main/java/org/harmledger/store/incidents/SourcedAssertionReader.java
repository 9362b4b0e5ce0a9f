package org.harmledger.store.incidents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import org.harmledger.model.PublishedFrom;
import org.harmledger.model.ReportKind;
import org.harmledger.model.ReportMetadata;
import org.harmledger.model.Sha256;
import org.harmledger.model.json.AssertionJson;
import org.harmledger.resolve.SourcedAssertion;
import org.harmledger.store.StorageException;
import org.jdbi.v3.core.Handle;

/**
 * A SourcedAssertionReader loads the ledger's current assertions with their reports: for each
 * report, the assertions of its latest extraction run, with the report's metadata and the report
 * it republishes, for the whole ledger or for some reports. Assertion ids are {@code reportId:index},
 * as {@link SourcedAssertion#of} builds them.
 */
final class SourcedAssertionReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String SELECT = "SELECT a.report_id, a.idx, a.assertion_json, r.title, r.publisher, r.url, "
      + "r.published, r.published_from, r.language, r.kind, r.republication_of "
      + "FROM assertions a JOIN reports r ON r.id = a.report_id "
      + "JOIN extraction_runs e ON e.report_id = a.report_id AND e.rule_set_hash = a.rule_set_hash "
      + "WHERE e.extracted_at = (SELECT MAX(e2.extracted_at) FROM extraction_runs e2 WHERE e2.report_id = a.report_id)";
  private static final String CURRENT = SELECT + " ORDER BY a.report_id, a.idx";
  /** Bind variables per IN list: well below the limits of SQLite (32 766) and PostgreSQL (65 535). */
  private static final int CHUNK = 500;

  private final Handle handle;

  SourcedAssertionReader(Handle handle) {
    this.handle = Objects.requireNonNull(handle, "handle");
  }

  List<SourcedAssertion> current() {
    return handle.createQuery(CURRENT).map((rs, ctx) -> read(rs)).list();
  }

  /** The current assertions of these reports, by report then index. */
  List<SourcedAssertion> reports(Collection<String> reportIds) {
    List<String> ids = new ArrayList<>(new TreeSet<>(reportIds));
    List<SourcedAssertion> out = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      out.addAll(handle.createQuery(SELECT + " AND a.report_id IN (<ids>) ORDER BY a.report_id, a.idx")
          .bindList("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
          .map((rs, ctx) -> read(rs)).list());
    }
    return out;
  }

  private static SourcedAssertion read(ResultSet rs) throws SQLException {
    Sha256 report = new Sha256(rs.getString("report_id"));
    String published = rs.getString("published");
    ReportMetadata metadata = new ReportMetadata(rs.getString("title"), rs.getString("publisher"), rs.getString("url"),
        published == null ? null : LocalDate.parse(published),
        PublishedFrom.valueOf(rs.getString("published_from").toUpperCase(Locale.ROOT)), rs.getString("language"),
        ReportKind.fromCode(rs.getString("kind")));
    String republicationOf = rs.getString("republication_of");
    try {
      return SourcedAssertion.of(report, rs.getInt("idx"), metadata,
          republicationOf == null ? null : new Sha256(republicationOf),
          AssertionJson.fromJson(MAPPER.readTree(rs.getString("assertion_json"))));
    } catch (JsonProcessingException e) {
      throw new StorageException("report " + report + ": stored assertion is not JSON: " + e.getOriginalMessage(), e);
    }
  }
}
