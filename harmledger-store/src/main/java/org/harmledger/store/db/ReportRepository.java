package org.harmledger.store.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.harmledger.model.PublishedFrom;
import org.harmledger.model.Report;
import org.harmledger.model.ReportKind;
import org.harmledger.model.ReportMetadata;
import org.harmledger.model.Sha256;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.Update;

/**
 * A ReportRepository reads and writes report rows through one {@link Handle}, so its writes join
 * the handle's transaction. Each report also carries a number in order of arrival (the ingest
 * uses the sequence number of its first "received" custody entry), which orders reports received
 * within the same millisecond.
 */
public final class ReportRepository {
  private static final String COLUMNS = "id, original_name, media_type, byte_size, title, publisher, url, "
      + "published, published_from, language, kind, received_at, republication_of";

  private final Handle handle;

  public ReportRepository(Handle handle) {
    this.handle = Objects.requireNonNull(handle, "handle");
  }

  /** Inserts {@code report} as number {@code number}, which must be higher than any before it. */
  public void insert(Report report, long number) {
    insertAll(List.of(new Numbered(report, number)));
  }

  /** Inserts {@code reports} with one batched statement, in list order (a republication after its original). */
  public void insertAll(List<Numbered> reports) {
    if (reports.isEmpty()) {
      return;
    }
    PreparedBatch batch = handle.prepareBatch("INSERT INTO reports (report_no, " + COLUMNS + ") VALUES (:no, :id, "
        + ":originalName, :mediaType, :byteSize, :title, :publisher, :url, :published, :publishedFrom, :language, "
        + ":kind, :receivedAt, :republicationOf)");
    for (Numbered numbered : reports) {
      Report report = numbered.report();
      ReportMetadata m = report.metadata();
      bindMetadata(batch, m).bind("no", numbered.number())
          .bind("id", report.id().hex())
          .bind("originalName", report.originalName())
          .bind("mediaType", report.mediaType())
          .bind("byteSize", report.byteSize())
          .bind("receivedAt", report.receivedAt().toString())
          .bind("republicationOf", report.republicationOf() == null ? null : report.republicationOf().hex())
          .add();
    }
    batch.execute();
  }

  /** Replaces the metadata of a stored report, e.g. with what extraction completed from its text. */
  public void updateMetadata(Sha256 id, ReportMetadata m) {
    Update update = handle.createUpdate("UPDATE reports SET title = :title, publisher = :publisher, url = :url, "
            + "published = :published, published_from = :publishedFrom, language = :language, kind = :kind "
            + "WHERE id = :id")
        .bind("id", id.hex());
    bindMetadata(update, m).execute();
  }

  /** Binds a report's metadata to the named parameters both the insert and the update use. */
  private static <T extends SqlStatement<T>> T bindMetadata(T statement, ReportMetadata m) {
    return statement.bind("title", m.title())
        .bind("publisher", m.publisher())
        .bind("url", m.url())
        .bind("published", m.published() == null ? null : m.published().toString())
        .bind("publishedFrom", m.publishedFrom().code())
        .bind("language", m.language())
        .bind("kind", m.kind().code());
  }

  public Optional<Report> find(Sha256 id) {
    return handle.createQuery("SELECT " + COLUMNS + " FROM reports WHERE id = :id")
        .bind("id", id.hex())
        .map((rs, ctx) -> read(rs))
        .findOne();
  }

  /** Those of {@code ids} that are stored, by id; one query per {@value InLists#MAX} ids. */
  public Map<Sha256, Report> findAll(Collection<Sha256> ids) {
    Map<Sha256, Report> found = new HashMap<>();
    for (List<String> chunk : InLists.hexChunks(ids)) {
      handle.createQuery("SELECT " + COLUMNS + " FROM reports WHERE id IN (<ids>)")
          .bindList("ids", chunk)
          .map((rs, ctx) -> read(rs))
          .forEach(report -> found.put(report.id(), report));
    }
    return found;
  }

  /** The ids that start with {@code prefix} (lowercase hex), at most {@code limit} of them. */
  public List<Sha256> idsStartingWith(String prefix, int limit) {
    return handle.createQuery("SELECT id FROM reports WHERE id LIKE :pattern ORDER BY id LIMIT :limit")
        .bind("pattern", prefix + "%")
        .bind("limit", limit)
        .map((rs, ctx) -> new Sha256(rs.getString(1)))
        .list();
  }

  /** Every report id in order of arrival. */
  public List<Sha256> ids() {
    return handle.createQuery("SELECT id FROM reports ORDER BY report_no")
        .map((rs, ctx) -> new Sha256(rs.getString(1)))
        .list();
  }

  private static Report read(ResultSet rs) throws SQLException {
    String published = rs.getString("published");
    String republicationOf = rs.getString("republication_of");
    ReportMetadata metadata = new ReportMetadata(
        rs.getString("title"),
        rs.getString("publisher"),
        rs.getString("url"),
        published == null ? null : LocalDate.parse(published),
        PublishedFrom.valueOf(rs.getString("published_from").toUpperCase(Locale.ROOT)),
        rs.getString("language"),
        ReportKind.fromCode(rs.getString("kind")));
    return new Report(
        new Sha256(rs.getString("id")),
        rs.getString("original_name"),
        rs.getString("media_type"),
        rs.getLong("byte_size"),
        metadata,
        Instant.parse(rs.getString("received_at")),
        republicationOf == null ? null : new Sha256(republicationOf));
  }

  /** A Numbered report is a report with its number in order of arrival. */
  public record Numbered(Report report, long number) {
    public Numbered {
      Objects.requireNonNull(report, "report");
    }
  }
}
