package org.harmledger.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.harmledger.extract.ExtractionPipeline;
import org.harmledger.extract.Extractor;
import org.harmledger.store.intake.Intake;
import org.harmledger.store.intake.IntakeItem;
import org.harmledger.store.intake.IntakeLimits;

/**
 * Wiring is the one place where the command line chooses its implementations: the extractor,
 * the reader of input files, the clock and the custody actor.
 */
final class Wiring {
  private Wiring() {}

  /** The extraction pipeline over the bundled rules, gazetteer and actor dictionaries. */
  static Extractor extractor() {
    return ExtractionPipeline.createDefault();
  }

  /** The documents (or one-line failures) found at {@code paths}: text, HTML, PDF and JSON Lines. */
  static Stream<IntakeItem> documents(List<Path> paths) {
    return new Intake(IntakeLimits.defaults()).read(paths);
  }

  static Clock clock() {
    return Clock.systemUTC();
  }

  /** The custody actor for work done from the command line: {@code cli:<os user>}. */
  static String actor() {
    return "cli:" + System.getProperty("user.name", "unknown");
  }
}
