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
import org.harmledger.store.ingest.IngestDocument;

/** A LedgerFixture opens a ledger in a temporary folder with a fixed clock for tests. */
public final class LedgerFixture {
  public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:15:30Z"), ZoneOffset.UTC);
  public static final String ACTOR = "cli:tester";
  public static final Extractor NO_ASSERTIONS = (text, metadata) -> new Extraction(metadata, List.of(), "none");

  private LedgerFixture() {}

  public static Ledger open(Path dir) {
    return Ledger.open(StorageConfig.of(dir, null), CLOCK);
  }

  /** A plain-text document whose original bytes are its text. */
  public static IngestDocument document(String source, String text) {
    return new IngestDocument(source, text.getBytes(StandardCharsets.UTF_8), "text/plain", text,
        ReportMetadata.empty());
  }
}
