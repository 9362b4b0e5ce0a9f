package org.harmledger.store.redress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.harmledger.redress.AgeGroups;
import org.harmledger.redress.Award;
import org.harmledger.redress.AwardSchedule;
import org.harmledger.redress.BatchReport;
import org.harmledger.redress.ClaimAssessment;
import org.harmledger.redress.ClaimAssessor;
import org.harmledger.redress.ClaimBatch;
import org.harmledger.redress.Claimant;
import org.harmledger.redress.Contact;
import org.harmledger.redress.Eligibility;
import org.harmledger.redress.FlagKind;
import org.harmledger.redress.IncidentFacts;
import org.harmledger.redress.Kinship;
import org.harmledger.redress.Mandate;
import org.harmledger.redress.PersonNames;
import org.harmledger.redress.Relationship;
import org.harmledger.redress.VictimMatcher;
import org.harmledger.resolve.Incident;
import org.harmledger.store.Ledger;
import org.harmledger.store.LedgerFixture;
import org.harmledger.store.incidents.IncidentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimAssessmentsTest {
  @TempDir
  Path dir;

  @Test
  void assess_agreesWithTheBatchOnEligibilityAwardAndBlockingFlags() {
    Ledger ledger = LedgerFixture.open(dir);
    Incident incident = MarketVictim.register(ledger);
    IncidentStore incidents = ledger.incidents();
    incidents.resolveAll(LedgerFixture.ACTOR); // stores the incidents the assessments read by id
    VictimRegister victims = new VictimRegister(ledger.database().jdbi(), ledger.custody(), AgeGroups.loadDefault());
    ClaimantRegister claimants = new ClaimantRegister(ledger.database().jdbi(), ledger.custody());
    ClaimRegister claims = new ClaimRegister(ledger.database().jdbi(), ledger.custody(), ledger.evidence());
    for (String id : List.of("c-1", "c-2")) {
      claimants.add(new Claimant(id, PersonNames.none(), Contact.none(), "fam", List.of(new Relationship("v-1",
          Kinship.SIBLING))), "r", "walk-in");
      claims.submit("cl-" + id, id, List.of("v-1"), incident.id(), "death",
          List.of(("certificate " + id).getBytes(StandardCharsets.UTF_8)), "r");
    }
    Mandate mandate = Mandate.loadExample();
    AwardSchedule schedule = AwardSchedule.loadUnccModel();
    BatchReport batch = new RedressBatch(ledger.database().jdbi(), ledger.custody(), incidents, victims, claimants,
        claims).run(new ClaimBatch(mandate, schedule, VictimMatcher.loadDefault()), "cli:tester");
    ClaimAssessments assessments = new ClaimAssessments(new ClaimAssessor(mandate, schedule), incidents, victims,
        claimants, claims);

    ClaimAssessment a = assessments.assess("cl-c-2").orElseThrow();

    Eligibility inBatch = batch.eligibilities().stream().filter(e -> e.claimId().equals("cl-c-2")).findFirst()
        .orElseThrow();
    Award awardInBatch = batch.awards().stream().filter(w -> w.claimId().equals("cl-c-2")).findFirst().orElseThrow();
    assertThat(a.eligibility()).isEqualTo(inBatch);
    assertThat(a.award()).isEqualTo(awardInBatch);
    assertThat(a.blockingFlags()).extracting(f -> f.kind()).contains(FlagKind.VICTIM_CLAIMED_BY_SEVERAL_CLAIMANTS);
    assertThat(assessments.assess("cl-none")).isEmpty();
    assertThat(ClaimAssessments.facts(incidents.find(incident.id()).orElseThrow()))
        .isEqualTo(IncidentFacts.of(incident));
  }
}
