package org.harmledger.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * A ReportListing pages through stored reports, newest first, filtered by publisher, language,
 * kind and publication dates. It reads the report rows directly; it belongs with the store's
 * queries and should move there once the store offers a listing.
 */
public final class ReportListing {
  /** The filters; null fields do not filter. */
  public record Filter(String publisher, String language, String kind, LocalDate from, LocalDate to) {}

  private final Jdbi jdbi;

  public ReportListing(Jdbi jdbi) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
  }

  public ObjectNode page(Filter filter, Paging paging) {
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
    return jdbi.withHandle(h -> {
      Query count = bind(h.createQuery("SELECT COUNT(*) FROM reports" + where), filter);
      long total = count.mapTo(Long.class).one();
      Query rows = bind(h.createQuery("SELECT id, title, publisher, published, language, kind, media_type, "
          + "received_at, republication_of FROM reports" + where
          + " ORDER BY report_no DESC LIMIT :limit OFFSET :offset"), filter)
          .bind("limit", paging.limit())
          .bind("offset", paging.offset());
      List<ObjectNode> items = new ArrayList<>();
      rows.map((rs, ctx) -> JsonResponses.NODES.objectNode()
              .put("id", rs.getString(1))
              .put("title", rs.getString(2))
              .put("publisher", rs.getString(3))
              .put("published", rs.getString(4))
              .put("language", rs.getString(5))
              .put("kind", rs.getString(6))
              .put("media_type", rs.getString(7))
              .put("received_at", rs.getString(8))
              .put("republication_of", rs.getString(9)))
          .forEach(items::add);
      return JsonResponses.page(items, paging, total);
    });
  }

  private static Query bind(Query q, Filter f) {
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
