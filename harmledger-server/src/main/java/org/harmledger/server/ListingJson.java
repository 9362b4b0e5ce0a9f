package org.harmledger.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.harmledger.store.query.ListedAssertion;
import org.harmledger.store.query.ReportSummary;

/** ListingJson writes the rows of the store's report and assertion listings as API JSON. */
final class ListingJson {
  private ListingJson() {}

  static ObjectNode report(ReportSummary r) {
    return JsonResponses.NODES.objectNode()
        .put("id", r.id())
        .put("title", r.title())
        .put("publisher", r.publisher())
        .put("published", r.published())
        .put("language", r.language())
        .put("kind", r.kind())
        .put("media_type", r.mediaType())
        .put("received_at", r.receivedAt())
        .put("republication_of", r.republicationOf());
  }

  /** The assertion's stored JSON with its id and report in front. */
  static ObjectNode assertion(ListedAssertion a) {
    ObjectNode o = JsonResponses.NODES.objectNode();
    o.put("id", a.id());
    o.put("report", a.reportId());
    try {
      o.setAll((ObjectNode) JsonResponses.MAPPER.readTree(a.json()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("assertion " + a.id() + " is stored as invalid JSON", e);
    }
    return o;
  }
}
