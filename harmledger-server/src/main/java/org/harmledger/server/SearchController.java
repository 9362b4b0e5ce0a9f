package org.harmledger.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import org.harmledger.store.search.SearchHit;
import org.harmledger.store.search.SearchQuery;
import org.harmledger.store.search.SearchResults;

/**
 * The SearchController searches report titles and texts ({@code ?q=}, with "phrases"), filtered
 * by publication dates, publisher and province; snippets come with matches in {@code <mark>} and
 * everything else escaped.
 */
public final class SearchController {
  private SearchController() {}

  public static void search(Context ctx) {
    ServerServices s = HarmLedgerServer.services(ctx);
    String q = Params.text(ctx, "q");
    if (q == null) {
      throw ApiException.badRequest("parameter q (the words to search for) is required");
    }
    Paging paging = Params.paging(ctx, s.config().maxPageSize());
    LocalDate from = Params.date(ctx, "from");
    LocalDate to = Params.date(ctx, "to");
    Params.requireOrdered(from, to);
    SearchResults results;
    try {
      results = s.search().search(new SearchQuery(q, from, to, Params.text(ctx, "publisher"),
          Params.text(ctx, "admin1"), paging.offset(), paging.limit()));
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, e.getMessage(), e);
    }
    List<ObjectNode> hits = results.hits().stream().map(SearchController::json).toList();
    ObjectNode page = JsonResponses.page(hits, paging, results.total());
    page.put("q", q);
    JsonResponses.send(ctx, page);
  }

  private static ObjectNode json(SearchHit h) {
    return JsonResponses.NODES.objectNode()
        .put("report", h.reportId())
        .put("title", h.title())
        .put("publisher", h.publisher())
        .put("published", h.published() == null ? null : h.published().toString())
        .put("language", h.language())
        .put("snippet_html", h.snippet())
        .put("score", h.score());
  }
}
