package org.harmledger.store.redress;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.harmledger.redress.BatchInput;
import org.harmledger.redress.BatchReport;
import org.harmledger.redress.ClaimBatch;
import org.harmledger.redress.IncidentFacts;
import org.harmledger.redress.Victim;
import org.harmledger.resolve.Incident;
import org.harmledger.store.custody.CustodyAction;
import org.harmledger.store.custody.CustodyLog;
import org.harmledger.store.incidents.IncidentStore;
import org.jdbi.v3.core.Jdbi;

/**
 * A RedressBatch runs a {@link ClaimBatch} over everything the ledger holds: every claim,
 * claimant and victim, the incidents' facts, merge decisions and flag clearances. It stores the
 * flags it raised (replacing the previous run's) and records the run as a custody entry.
 */
public final class RedressBatch {
  private final Jdbi jdbi;
  private final CustodyLog custody;
  private final IncidentStore incidents;
  private final VictimRegister victims;
  private final ClaimantRegister claimants;
  private final ClaimRegister claims;

  public RedressBatch(Jdbi jdbi, CustodyLog custody, IncidentStore incidents,
      VictimRegister victims, ClaimantRegister claimants, ClaimRegister claims) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.custody = Objects.requireNonNull(custody, "custody");
    this.incidents = Objects.requireNonNull(incidents, "incidents");
    this.victims = Objects.requireNonNull(victims, "victims");
    this.claimants = Objects.requireNonNull(claimants, "claimants");
    this.claims = Objects.requireNonNull(claims, "claims");
  }

  /** Runs {@code batch} over the ledger as {@code actor}. */
  public BatchReport run(ClaimBatch batch, String actor) {
    custody.requireAnchored(jdbi);
    Map<String, IncidentFacts> facts = new HashMap<>();
    for (Incident incident : incidents.current().incidents()) {
      facts.put(incident.id(), IncidentFacts.of(incident));
    }
    Map<String, Victim> register = new HashMap<>();
    victims.all().forEach(v -> register.put(v.id(), v));
    BatchReport report = batch.run(new BatchInput(claims.all(), claimants.all(), register, facts,
        victims.decisions(), claims.clearances()));
    // The flags and the run's custody entry commit together: a run killed in between leaves neither.
    jdbi.useTransaction(h -> {
      claims.replaceFlags(h, report.flags());
      custody.append(h, actor, CustodyAction.EDITED, "claims",
          JsonNodeFactory.instance.objectNode().put("event", "claims.batch_run")
              .put("eligible", report.eligible()).put("ineligible", report.ineligible())
              .put("total_awarded", report.totalAwarded()).put("currency", report.currency())
              .put("flags", report.flags().size()).put("open_flags", report.openFlags()));
    });
    custody.anchor(jdbi);
    return report;
  }
}
