package org.harmledger.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.harmledger.extract.Extractor;
import org.harmledger.model.Extraction;
import org.harmledger.model.ReportMetadata;
import org.harmledger.store.intake.IntakeDocument;

/** A LedgerFixture opens a ledger in a temporary folder, on the test run's database, with a fixed clock. */
public final class LedgerFixture {
  public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:15:30Z"), ZoneOffset.UTC);
  public static final String ACTOR = "cli:tester";
  public static final Extractor NO_ASSERTIONS = (text, metadata) -> new Extraction(metadata, List.of(), "none");

  private LedgerFixture() {}

  /** Opens a new ledger in {@code dir} on this test run's database (see {@link TestDatabases}). */
  public static Ledger open(Path dir) {
    return Ledger.open(TestDatabases.config(dir), CLOCK);
  }

  /** A plain-text document whose original bytes are its text. */
  public static IntakeDocument document(String source, String text) {
    return new IntakeDocument(source, text.getBytes(StandardCharsets.UTF_8), "text/plain", text,
        ReportMetadata.empty());
  }
}
