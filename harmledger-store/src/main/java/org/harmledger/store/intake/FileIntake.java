package org.harmledger.store.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * FileIntake turns one file into items: checks that it exists, is readable, is not empty and not
 * too large (from its size, before reading a byte), then reads it with the reader for its format
 * and lays its sidecar's metadata over what the content states. A feed becomes a lazy stream of
 * records; any other file becomes one item.
 */
final class FileIntake {
  private final IntakeLimits limits;
  private final Formats formats;
  private final Sidecars sidecars;
  private final JsonLinesReader feeds;

  FileIntake(IntakeLimits limits, Formats formats, Sidecars sidecars, JsonLinesReader feeds) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.formats = Objects.requireNonNull(formats, "formats");
    this.sidecars = Objects.requireNonNull(sidecars, "sidecars");
    this.feeds = Objects.requireNonNull(feeds, "feeds");
  }

  /** The items of {@code file}; the caller closes the stream, which closes an open feed. */
  Stream<IntakeItem> read(Path file) {
    String source = file.toString();
    String name = file.getFileName() == null ? source : file.getFileName().toString();
    try {
      long size = checkedSize(file);
      if (Formats.isFeed(name)) {
        return feed(source, file);
      }
      if (size > limits.maxDocumentBytes()) {
        return Stream.of(new IntakeFailure(source, limits.tooLarge(size)));
      }
      byte[] original = Files.readAllBytes(file);
      if (original.length > limits.maxDocumentBytes()) {
        // The file grew after its size was checked.
        return Stream.of(new IntakeFailure(source, limits.tooLarge(original.length)));
      }
      MetadataFields sidecar = sidecars.read(file);
      IntakeItem item = formats.readerFor(name, original).read(source, original);
      if (item instanceof IntakeDocument document) {
        item = new IntakeDocument(source, original, document.mediaType(), document.text(), sidecar.over(document.metadata()));
      }
      return Stream.of(item);
    } catch (BadInput e) {
      return Stream.of(e.failureOf(source));
    } catch (IOException e) {
      return Stream.of(new IntakeFailure(source, "cannot read (" + IoReason.of(e) + ")"));
    }
  }

  private Stream<IntakeItem> feed(String source, Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    return feeds.read(source, in);
  }

  private static long checkedSize(Path file) throws BadInput, IOException {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new BadInput("no such file or folder");
    }
    if (!Files.exists(file)) {
      throw new BadInput("dangling symbolic link (its target " + Files.readSymbolicLink(file) + " does not exist)");
    }
    if (!Files.isRegularFile(file)) {
      throw new BadInput("not a regular file");
    }
    if (!Files.isReadable(file)) {
      throw new BadInput("not readable (permission denied)");
    }
    long size = Files.size(file);
    if (size == 0) {
      throw new BadInput("empty file");
    }
    return size;
  }
}
