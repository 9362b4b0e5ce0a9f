package org.harmledger.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * An AssertionListing pages through stored assertions by their indexed columns (event type,
 * province, perpetrator, dates, report) and finds one by its id {@code <report sha>:<index>}.
 * Like {@link ReportListing} it reads the store's tables directly until the store offers this.
 */
public final class AssertionListing {
  /** The filters; null fields do not filter. */
  public record Filter(String eventType, String admin1, String perpetrator, String report, LocalDate from,
                       LocalDate to) {}

  private static final String COLUMNS = "report_id, idx, assertion_json";
  private final Jdbi jdbi;

  public AssertionListing(Jdbi jdbi) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
  }

  public ObjectNode page(Filter filter, Paging paging) {
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
    return jdbi.withHandle(h -> {
      long total = bind(h.createQuery("SELECT COUNT(*) FROM assertions" + where), filter).mapTo(Long.class).one();
      List<ObjectNode> items = new ArrayList<>();
      bind(h.createQuery("SELECT " + COLUMNS + " FROM assertions" + where
          + " ORDER BY date_start DESC, report_id, idx LIMIT :limit OFFSET :offset"), filter)
          .bind("limit", paging.limit())
          .bind("offset", paging.offset())
          .map((rs, ctx) -> json(rs.getString(1), rs.getInt(2), rs.getString(3)))
          .forEach(items::add);
      return JsonResponses.page(items, paging, total);
    });
  }

  /** The assertions of one report, in extraction order. */
  public List<ObjectNode> ofReport(String reportId) {
    return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM assertions WHERE report_id = :id "
            + "ORDER BY rule_set_hash, idx")
        .bind("id", reportId)
        .map((rs, ctx) -> json(rs.getString(1), rs.getInt(2), rs.getString(3)))
        .list());
  }

  public Optional<ObjectNode> find(String reportId, int index) {
    return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM assertions WHERE report_id = :id "
            + "AND idx = :idx")
        .bind("id", reportId)
        .bind("idx", index)
        .map((rs, ctx) -> json(rs.getString(1), rs.getInt(2), rs.getString(3)))
        .findFirst());
  }

  private static ObjectNode json(String report, int index, String assertionJson) {
    ObjectNode o = JsonResponses.NODES.objectNode();
    o.put("id", report + ":" + index);
    o.put("report", report);
    try {
      o.setAll((ObjectNode) JsonResponses.MAPPER.readTree(assertionJson));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("assertion " + report + ":" + index + " is stored as invalid JSON", e);
    }
    return o;
  }

  private static Query bind(Query q, Filter f) {
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
