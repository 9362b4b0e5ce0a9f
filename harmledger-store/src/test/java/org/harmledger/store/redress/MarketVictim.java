package org.harmledger.store.redress;

import java.util.List;
import java.util.stream.Stream;
import org.harmledger.extract.ExtractionPipeline;
import org.harmledger.redress.AgeGroups;
import org.harmledger.redress.PersonNames;
import org.harmledger.resolve.Incident;
import org.harmledger.store.Ledger;
import org.harmledger.store.LedgerFixture;
import org.harmledger.store.Texts;
import org.harmledger.store.ingest.IngestListener;

/** The redress tests' starting point: the market story ingested and victim v-1 registered in its incident. */
final class MarketVictim {
  private MarketVictim() {}

  /** Ingests the market story, registers v-1 (Rim Aziz) in the incident with figures, and returns that incident. */
  static Incident register(Ledger ledger) {
    ledger.ingestService(ExtractionPipeline.createDefault(), LedgerFixture.ACTOR)
        .ingest(Stream.of(LedgerFixture.document("m.txt", Texts.MARKET_STORY)), IngestListener.NONE);
    Incident incident = ledger.incidents().current().incidents().stream().filter(i -> !i.figures().isEmpty())
        .findFirst().orElseThrow();
    new VictimRegister(ledger.database().jdbi(), ledger.custody(), AgeGroups.loadDefault())
        .add(List.of(VictimRegisterTest.victim("v-1", incident.id(), PersonNames.latin("Rim", null, "Aziz"))),
            "r", "cli", "list");
    return incident;
  }
}
