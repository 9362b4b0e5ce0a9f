package org.harmledger.server.incidents;

import java.util.Optional;
import org.harmledger.resolve.CurationDecision;
import org.harmledger.resolve.Incident;
import org.harmledger.server.Paging;

/**
 * An IncidentSource is where the server gets incidents from and sends curation decisions to. It
 * is an interface so the resolver-backed source can give way to stored incidents without any
 * controller changing.
 */
public interface IncidentSource {
  /** Incidents matching {@code query}, most recent first, sliced by {@code paging}. */
  IncidentListing list(IncidentQuery query, Paging paging);

  Optional<Incident> find(String id);

  /** Records a person's decision; the incidents it touches change from the next read on. */
  void record(CurationDecision decision);
}
