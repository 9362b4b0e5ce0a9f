package org.harmledger.store.query;

import java.util.Objects;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * A ReportListing pages through stored reports, newest received first, filtered by a
 * {@link ReportFilter}. Thread-safe: every call uses its own handle.
 */
public final class ReportListing {
  private final Jdbi jdbi;

  public ReportListing(Jdbi jdbi) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
  }

  /** The {@code limit} reports after the first {@code offset} that {@code filter} selects, and their count. */
  public ListingPage<ReportSummary> page(ReportFilter filter, int offset, int limit) {
    Objects.requireNonNull(filter, "filter");
    Paging.require(offset, limit);
    String where = where(filter);
    return jdbi.withHandle(h -> {
      long total = bind(h.createQuery("SELECT COUNT(*) FROM reports" + where), filter).mapTo(Long.class).one();
      Query rows = bind(h.createQuery("SELECT id, title, publisher, published, language, kind, media_type, "
          + "received_at, republication_of FROM reports" + where
          + " ORDER BY report_no DESC LIMIT :limit OFFSET :offset"), filter)
          .bind("limit", limit)
          .bind("offset", offset);
      return new ListingPage<>(rows.map((rs, ctx) -> new ReportSummary(rs.getString(1), rs.getString(2),
          rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
          rs.getString(9))).list(), total);
    });
  }

  private static String where(ReportFilter filter) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (filter.publisher() != null) {
      where.append(" AND LOWER(publisher) = LOWER(:publisher)");
    }
    if (filter.language() != null) {
      where.append(" AND language = :language");
    }
    if (filter.kind() != null) {
      where.append(" AND kind = :kind");
    }
    if (filter.from() != null) {
      where.append(" AND published >= :from");
    }
    if (filter.to() != null) {
      where.append(" AND published <= :to");
    }
    return where.toString();
  }

  private static Query bind(Query q, ReportFilter f) {
    if (f.publisher() != null) {
      q.bind("publisher", f.publisher());
    }
    if (f.language() != null) {
      q.bind("language", f.language());
    }
    if (f.kind() != null) {
      q.bind("kind", f.kind());
    }
    if (f.from() != null) {
      q.bind("from", f.from().toString());
    }
    if (f.to() != null) {
      q.bind("to", f.to().toString());
    }
    return q;
  }
}
