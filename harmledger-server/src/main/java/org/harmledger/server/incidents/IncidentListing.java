package org.harmledger.server.incidents;

import java.util.List;
import org.harmledger.resolve.Incident;

/** An IncidentListing is one page of incidents and how many matched in all. */
public record IncidentListing(List<Incident> incidents, long total) {
  public IncidentListing {
    incidents = List.copyOf(incidents);
  }
}
