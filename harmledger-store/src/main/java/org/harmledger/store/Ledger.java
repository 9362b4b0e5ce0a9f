package org.harmledger.store;

import java.time.Clock;
import java.util.Objects;
import org.harmledger.extract.Extractor;
import org.harmledger.resolve.IncidentResolver;
import org.harmledger.resolve.json.IncidentJson;
import org.harmledger.store.custody.CustodyAnchor;
import org.harmledger.store.custody.CustodyLog;
import org.harmledger.store.db.Database;
import org.harmledger.store.evidence.EvidenceStore;
import org.harmledger.store.incidents.IncidentStore;
import org.harmledger.store.ingest.IngestService;
import org.harmledger.store.query.ReportQuery;
import org.harmledger.store.verify.LedgerVerifier;

/**
 * A Ledger is one opened data folder and database, handing out the services that work on them.
 * It holds no state of its own beyond the wiring, so commands, the server and benchmarks build
 * their services the same way.
 */
public final class Ledger {
  /**
   * Reports per ingest transaction: large enough to amortise the commit and to touch each page of
   * the near-duplicate band index about once, small enough that a killed ingest redoes little.
   */
  public static final int DEFAULT_BATCH_SIZE = 500;

  private final Database database;
  private final EvidenceStore evidence;
  private final CustodyLog custody;

  private Ledger(Database database, EvidenceStore evidence, CustodyLog custody) {
    this.database = database;
    this.evidence = evidence;
    this.custody = custody;
  }

  /** Opens (creating and migrating when needed) the ledger of {@code config}; custody times come from {@code clock}. */
  public static Ledger open(StorageConfig config, Clock clock) {
    Objects.requireNonNull(config, "config");
    Database database = Database.open(config);
    return new Ledger(database, new EvidenceStore(config.dataDir()),
        new CustodyLog(clock, new CustodyAnchor(config.dataDir())));
  }

  public Database database() {
    return database;
  }

  public EvidenceStore evidence() {
    return evidence;
  }

  public CustodyLog custody() {
    return custody;
  }

  public IngestService ingestService(Extractor extractor, String actor) {
    return new IngestService(database.jdbi(), evidence, custody, extractor, actor, DEFAULT_BATCH_SIZE);
  }

  public LedgerVerifier verifier() {
    return new LedgerVerifier(database.jdbi(), evidence, custody);
  }

  /** The incidents, resolved over the registries shipped with Harm Ledger. */
  public IncidentStore incidents() {
    return new IncidentStore(database.jdbi(), custody, IncidentResolver.loadDefault(), IncidentJson.loadDefault());
  }

  public ReportQuery reports() {
    return new ReportQuery(database.jdbi(), custody);
  }
}
