package org.harmledger.cli;

import org.harmledger.redress.AgeGroups;
import org.harmledger.resolve.json.IncidentJson;
import org.harmledger.store.Ledger;
import org.harmledger.store.casefile.CaseFileWriter;
import org.harmledger.store.redress.ClaimRegister;
import org.harmledger.store.redress.ClaimantRegister;
import org.harmledger.store.redress.RedressBatch;
import org.harmledger.store.redress.SubjectExportWriter;
import org.harmledger.store.redress.VictimRegister;

/** RedressWiring builds the redress services of an opened ledger for the commands that use them. */
final class RedressWiring {
  private RedressWiring() {}

  static VictimRegister victims(Ledger ledger) {
    return new VictimRegister(ledger.database().jdbi(), ledger.custody(), AgeGroups.loadDefault());
  }

  static ClaimantRegister claimants(Ledger ledger) {
    return new ClaimantRegister(ledger.database().jdbi(), ledger.custody());
  }

  static ClaimRegister claims(Ledger ledger) {
    return new ClaimRegister(ledger.database().jdbi(), ledger.custody(), ledger.evidence());
  }

  static RedressBatch batch(Ledger ledger) {
    return new RedressBatch(ledger.database().jdbi(), ledger.custody(), ledger.incidents(), victims(ledger),
        claimants(ledger), claims(ledger));
  }

  static SubjectExportWriter subjectExports(Ledger ledger) {
    return new SubjectExportWriter(ledger.database().jdbi(), ledger.custody(), claimants(ledger), claims(ledger),
        victims(ledger));
  }

  static CaseFileWriter caseFiles(Ledger ledger) {
    return new CaseFileWriter(ledger.database().jdbi(), ledger.evidence(), ledger.custody(), ledger.incidents(),
        IncidentJson.loadDefault(), victims(ledger));
  }
}
