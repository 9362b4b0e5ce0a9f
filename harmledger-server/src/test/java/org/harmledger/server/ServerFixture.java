package org.harmledger.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.harmledger.actors.ActorDictionary;
import org.harmledger.extract.ExtractionPipeline;
import org.harmledger.gazetteer.Gazetteer;
import org.harmledger.store.Ledger;
import org.harmledger.store.TestDatabases;
import org.harmledger.store.accounts.AccountStore;
import org.harmledger.store.accounts.Role;
import org.harmledger.store.incidents.IncidentStore;
import org.harmledger.store.intake.Intake;
import org.harmledger.store.intake.IntakeLimits;
import org.harmledger.store.search.ReportIndex;
import org.harmledger.store.search.ReportIndexer;
import org.harmledger.store.search.ReportSearcher;

/**
 * A ServerFixture is a ledger with the example corpus (examples/reports) ingested by the real
 * extraction pipeline, its incidents resolved and stored, indexed for search, with a reviewer and a reader account; built in a fresh temporary
 * folder (and, on a PostgreSQL test run, a fresh schema) for each test class that asks for one.
 */
public final class ServerFixture {
  public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:15:30Z"), ZoneOffset.UTC);
  public static final String REVIEWER = "reviewer";
  public static final String READER = "reader";
  public static final String PASSWORD = "a long enough password";
  private static final Path CORPUS = Path.of("..", "examples", "reports");

  private final Path dir;
  private final ServerServices services;

  private ServerFixture(Path dir, ServerServices services) {
    this.dir = dir;
    this.services = services;
  }

  public static ServerFixture withCorpus() {
    try {
      Path dir = Files.createTempDirectory("harmledger-server-test");
      Ledger ledger = Ledger.open(TestDatabases.config(dir), CLOCK);
      ledger.ingestService(ExtractionPipeline.createDefault(), "cli:tester")
          .ingest(new Intake(IntakeLimits.defaults()).read(List.of(CORPUS)), o -> { });
      IncidentStore incidents = ledger.incidents();
      incidents.resolveAll("cli:tester");
      Path index = ReportIndex.folderOf(dir);
      try (ReportIndex writer = ReportIndex.open(index)) {
        new ReportIndexer(ledger.database().jdbi(), writer).rebuild();
      }
      AccountStore accounts = new AccountStore(ledger.database().jdbi(), CLOCK);
      accounts.add(REVIEWER, Role.REVIEWER, PASSWORD.toCharArray());
      accounts.add(READER, Role.READER, PASSWORD.toCharArray());
      ServerConfig config = ServerConfig.defaults().withPort(0);
      return new ServerFixture(dir, new ServerServices(config, ledger, ReportSearcher.open(index),
          incidents,
          ActorDictionary.loadDefault(), Gazetteer.loadDefault(), accounts, CLOCK));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public ServerServices services() {
    return services;
  }

  public Path dir() {
    return dir;
  }
}
