package org.harmledger.store.incidents;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * An IncidentPage is one page of a filtered incident list: the incidents in summary form
 * ({@link org.harmledger.resolve.json.IncidentJson#summary}), by date then id, and how many
 * incidents the filter selects in all.
 */
public record IncidentPage(List<ObjectNode> incidents, long total, int offset, int limit) {
  public IncidentPage {
    incidents = List.copyOf(incidents);
  }
}
