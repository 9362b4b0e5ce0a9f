package org.harmledger.store.casefile;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.harmledger.extract.ExtractionPipeline;
import org.harmledger.redress.Age;
import org.harmledger.redress.AgeGroups;
import org.harmledger.redress.PersonNames;
import org.harmledger.redress.Sex;
import org.harmledger.redress.Victim;
import org.harmledger.redress.VictimOutcome;
import org.harmledger.redress.VictimStatus;
import org.harmledger.resolve.Incident;
import org.harmledger.resolve.json.IncidentJson;
import org.harmledger.store.Ledger;
import org.harmledger.store.LedgerFixture;
import org.harmledger.store.Texts;
import org.harmledger.store.incidents.IncidentStore;
import org.harmledger.store.ingest.IngestListener;
import org.harmledger.store.redress.VictimRegister;

/**
 * A CaseLedger is a test ledger holding two accounts of one market shelling, read by the real
 * extraction pipeline, and two victims of it whose names are planted so tests can grep for them.
 */
final class CaseLedger {
  static final String GIVEN = "Zubaydaqx";
  static final String FAMILY = "Harthamovo";
  static final String ARABIC = "زبيدة";

  final Ledger ledger;
  final IncidentStore incidents;
  final VictimRegister victims;
  final Incident incident;

  CaseLedger(Path dir) {
    ledger = LedgerFixture.open(dir);
    ledger.ingestService(ExtractionPipeline.createDefault(), LedgerFixture.ACTOR).ingest(Stream.of(
        LedgerFixture.document("market.txt", Texts.MARKET_STORY),
        LedgerFixture.document("other.txt", Texts.MARKET_OTHER_ACCOUNT)), IngestListener.NONE);
    incidents = ledger.incidents();
    incident = incidents.current().incidents().stream().filter(i -> !i.figures().isEmpty()).findFirst().orElseThrow();
    victims = new VictimRegister(ledger.database().jdbi(), ledger.custody(), AgeGroups.loadDefault());
    victims.add(List.of(
        new Victim("v-1", new PersonNames(GIVEN, null, FAMILY, ARABIC, List.of()), Sex.FEMALE, Age.years(34),
            VictimStatus.CIVILIAN, VictimOutcome.KILLED, LocalDate.parse("2019-07-23"), incident.id(), List.of()),
        new Victim("v-2", PersonNames.none(), Sex.UNKNOWN, Age.unknown(), VictimStatus.CIVILIAN,
            VictimOutcome.INJURED, null, incident.id(), List.of())), LedgerFixture.ACTOR, "test", "register");
  }

  CaseFileWriter writer() {
    return new CaseFileWriter(ledger.database().jdbi(), ledger.evidence(), ledger.custody(), incidents,
        IncidentJson.loadDefault(), victims);
  }
}
