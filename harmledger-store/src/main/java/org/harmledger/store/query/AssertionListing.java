package org.harmledger.store.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * An AssertionListing pages through stored assertions by their indexed columns (event type,
 * province, perpetrator, dates, report), newest event first, lists one report's assertions and
 * finds one by report and index. Thread-safe: every call uses its own handle.
 */
public final class AssertionListing {
  private static final String COLUMNS = "report_id, idx, assertion_json";

  private final Jdbi jdbi;

  public AssertionListing(Jdbi jdbi) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
  }

  /** The {@code limit} assertions after the first {@code offset} that {@code filter} selects, and their count. */
  public ListingPage<ListedAssertion> page(AssertionFilter filter, int offset, int limit) {
    Objects.requireNonNull(filter, "filter");
    Paging.require(offset, limit);
    String where = where(filter);
    return jdbi.withHandle(h -> {
      long total = bind(h.createQuery("SELECT COUNT(*) FROM assertions" + where), filter).mapTo(Long.class).one();
      List<ListedAssertion> items = bind(h.createQuery("SELECT " + COLUMNS + " FROM assertions" + where
          + " ORDER BY date_start DESC, report_id, idx LIMIT :limit OFFSET :offset"), filter)
          .bind("limit", limit)
          .bind("offset", offset)
          .map((rs, ctx) -> new ListedAssertion(rs.getString(1), rs.getInt(2), rs.getString(3)))
          .list();
      return new ListingPage<>(items, total);
    });
  }

  /** The assertions of the report {@code reportId} (full id), in extraction order. */
  public List<ListedAssertion> ofReport(String reportId) {
    return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM assertions WHERE report_id = :id "
            + "ORDER BY rule_set_hash, idx")
        .bind("id", reportId)
        .map((rs, ctx) -> new ListedAssertion(rs.getString(1), rs.getInt(2), rs.getString(3)))
        .list());
  }

  /** The assertion {@code index} of the report {@code reportId} (full id); empty when there is none. */
  public Optional<ListedAssertion> find(String reportId, int index) {
    return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM assertions WHERE report_id = :id "
            + "AND idx = :idx")
        .bind("id", reportId)
        .bind("idx", index)
        .map((rs, ctx) -> new ListedAssertion(rs.getString(1), rs.getInt(2), rs.getString(3)))
        .findFirst());
  }

  private static String where(AssertionFilter filter) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (filter.eventType() != null) {
      where.append(" AND event_type = :eventType");
    }
    if (filter.admin1() != null) {
      where.append(" AND LOWER(admin1) = LOWER(:admin1)");
    }
    if (filter.perpetrator() != null) {
      where.append(" AND perpetrator_id = :perpetrator");
    }
    if (filter.report() != null) {
      where.append(" AND report_id = :report");
    }
    if (filter.from() != null) {
      where.append(" AND date_end >= :from");
    }
    if (filter.to() != null) {
      where.append(" AND date_start <= :to");
    }
    return where.toString();
  }

  private static Query bind(Query q, AssertionFilter f) {
    if (f.eventType() != null) {
      q.bind("eventType", f.eventType());
    }
    if (f.admin1() != null) {
      q.bind("admin1", f.admin1());
    }
    if (f.perpetrator() != null) {
      q.bind("perpetrator", f.perpetrator());
    }
    if (f.report() != null) {
      q.bind("report", f.report());
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
