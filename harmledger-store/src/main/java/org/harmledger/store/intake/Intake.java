package org.harmledger.store.intake;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Intake turns paths given on the command line into documents to store as evidence, or failures
 * to report. It wires the format readers (plain text, HTML, PDF, JSON Lines), the sidecar lookup
 * and the folder walk; it does not read anything itself. An Intake is immutable and may be shared;
 * each stream it returns is for one consumer.
 *
 * <p>Use: {@code try (Stream<IntakeItem> items = intake.read(paths)) { items.forEach(...); }}.
 * Closing the stream closes any feed still open when a consumer stops early.
 */
public final class Intake {
  private final FileIntake files;

  public Intake(IntakeLimits limits) {
    Objects.requireNonNull(limits, "limits");
    MetadataJson json = new MetadataJson(limits);
    this.files = new FileIntake(limits, new Formats(), new Sidecars(json, limits), new JsonLinesReader(limits));
  }

  /**
   * Lazily walks files and folders (folders recursively, entries in order of name) and yields
   * items one by one: nothing is listed or read before the stream asks for it. Every bad input
   * becomes an {@link IntakeFailure} and the walk goes on.
   */
  public Stream<IntakeItem> read(List<Path> paths) {
    IntakeItems items = new IntakeItems(new SortedWalk(paths), files);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(items::close);
  }
}
