package org.harmledger.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.harmledger.extract.Extractor;
import org.harmledger.model.Extraction;
import org.harmledger.store.ingest.IngestInput;

/**
 * Wiring is the one place where the command line chooses its implementations: the extractor,
 * the reader of input files, the clock and the custody actor.
 */
final class Wiring {
  private Wiring() {}

  /**
   * The extraction pipeline used by ingest. Not yet connected: the extraction engine is being
   * written in harmledger-core (org.harmledger.extract); until the integrator points this method
   * at it, ingest stores evidence and records extraction runs with no assertions.
   */
  static Extractor extractor() {
    return (text, metadata) -> new Extraction(metadata, List.of(), "no-extractor");
  }

  /**
   * The inputs found at {@code paths}. Interim: reads plain UTF-8 text files only, until the
   * integrator replaces this body with the intake readers (org.harmledger.store.intake, adapted
   * by IntakeAdapter) that understand HTML, PDF, JSON Lines and metadata.
   */
  static Stream<IngestInput> inputs(List<Path> paths) {
    return new PlainTextInputs().read(paths);
  }

  static Clock clock() {
    return Clock.systemUTC();
  }

  /** The custody actor for work done from the command line: {@code cli:<os user>}. */
  static String actor() {
    return "cli:" + System.getProperty("user.name", "unknown");
  }
}
