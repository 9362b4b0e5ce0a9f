package org.harmledger.store.redress;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.harmledger.model.Assertion;
import org.harmledger.model.Report;
import org.harmledger.model.Sha256;
import org.harmledger.resolve.IncidentResolver;
import org.harmledger.resolve.Resolution;
import org.harmledger.resolve.SourcedAssertion;
import org.harmledger.store.db.ExtractionRepository;
import org.harmledger.store.db.ReportRepository;
import org.jdbi.v3.core.Jdbi;

/**
 * StoredIncidents are the incidents of the ledger, resolved on demand from the stored assertions
 * of every report. It is the one place redress and case files read incidents from; once the
 * ledger persists incidents, this class reads them from there instead.
 */
public final class StoredIncidents {
  private final Jdbi jdbi;
  private final IncidentResolver resolver;

  public StoredIncidents(Jdbi jdbi, IncidentResolver resolver) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
  }

  /** Resolves every stored assertion (no curation decisions) into incidents. */
  public Resolution resolve() {
    List<SourcedAssertion> sourced = jdbi.withHandle(h -> {
      ReportRepository reports = new ReportRepository(h);
      ExtractionRepository extractions = new ExtractionRepository(h);
      List<SourcedAssertion> all = new ArrayList<>();
      for (Sha256 id : reports.ids()) {
        Report report = reports.find(id).orElseThrow();
        List<Assertion> assertions = extractions.assertions(id);
        for (int i = 0; i < assertions.size(); i++) {
          all.add(SourcedAssertion.of(id, i, report.metadata(), report.republicationOf(), assertions.get(i)));
        }
      }
      return all;
    });
    return resolver.resolve(sourced, List.of());
  }
}
