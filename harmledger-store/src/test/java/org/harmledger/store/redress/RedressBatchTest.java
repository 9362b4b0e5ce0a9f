package org.harmledger.store.redress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.harmledger.redress.AgeGroups;
import org.harmledger.redress.AwardSchedule;
import org.harmledger.redress.BatchReport;
import org.harmledger.redress.ClaimBatch;
import org.harmledger.redress.Claimant;
import org.harmledger.redress.Contact;
import org.harmledger.redress.FlagKind;
import org.harmledger.redress.Kinship;
import org.harmledger.redress.Mandate;
import org.harmledger.redress.PersonNames;
import org.harmledger.redress.Relationship;
import org.harmledger.redress.VictimMatcher;
import org.harmledger.resolve.Incident;
import org.harmledger.store.Ledger;
import org.harmledger.store.LedgerFixture;
import org.harmledger.store.custody.CustodyEntry;
import org.harmledger.store.incidents.IncidentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedressBatchTest {
  @TempDir
  Path dir;

  @Test
  void run_overTheLedger_flagsStoredAndRunAudited() {
    Ledger ledger = LedgerFixture.open(dir);
    Incident incident = MarketVictim.register(ledger);
    IncidentStore incidents = ledger.incidents();
    VictimRegister victims = new VictimRegister(ledger.database().jdbi(), ledger.custody(), AgeGroups.loadDefault());
    ClaimantRegister claimants = new ClaimantRegister(ledger.database().jdbi(), ledger.custody());
    ClaimRegister claims = new ClaimRegister(ledger.database().jdbi(), ledger.custody(), ledger.evidence());
    for (String id : List.of("c-1", "c-2")) {
      claimants.add(new Claimant(id, PersonNames.none(), Contact.none(), null,
          List.of(new Relationship("v-1", Kinship.SIBLING))), "r", "walk-in");
      claims.submit("cl-" + id, id, List.of("v-1"), incident.id(), "death",
          List.of(("certificate " + id).getBytes(StandardCharsets.UTF_8)), "r");
    }
    RedressBatch batch = new RedressBatch(ledger.database().jdbi(), ledger.custody(), incidents, victims, claimants,
        claims);

    BatchReport report = batch.run(new ClaimBatch(Mandate.loadExample(), AwardSchedule.loadUnccModel(),
        VictimMatcher.loadDefault()), "cli:tester");

    assertThat(report.eligible() + report.ineligible()).isEqualTo(2);
    assertThat(claims.flags()).extracting(f -> f.kind()).contains(FlagKind.VICTIM_CLAIMED_BY_SEVERAL_CLAIMANTS);
    assertThat(claims.flags()).hasSize(report.flags().size());
    List<CustodyEntry> runs = ledger.database().jdbi().withHandle(h -> ledger.custody().entriesFor(h, "claims"));
    assertThat(runs).singleElement().satisfies(e -> assertThat(e.details()).contains("claims.batch_run"));
    assertThat(ledger.verifier().verify("t").intact()).isTrue();
  }
}
