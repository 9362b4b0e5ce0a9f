package org.harmledger.store.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Sidecars find and read the {@code .meta.json} file that states a document's metadata. For
 * {@code report.html} the sidecar is {@code report.html.meta.json}, else {@code report.meta.json},
 * in the same folder; its keys are title, publisher, url, published, language and kind. A sidecar
 * is never a report itself.
 */
final class Sidecars {
  static final String SUFFIX = ".meta.json";
  private final MetadataJson json;
  private final IntakeLimits limits;

  Sidecars(MetadataJson json, IntakeLimits limits) {
    this.json = Objects.requireNonNull(json, "json");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  static boolean isSidecar(Path file) {
    Path name = file.getFileName();
    return name != null && name.toString().endsWith(SUFFIX);
  }

  /** The metadata the sidecar of {@code document} states, or none when it has no sidecar. */
  MetadataFields read(Path document) throws BadInput {
    Optional<Path> sidecar = find(document);
    if (sidecar.isEmpty()) {
      return MetadataFields.none();
    }
    Path file = sidecar.get();
    try {
      return json.fields(json.object(WorkingText.of(StrictUtf8.decode(bytes(file)))));
    } catch (BadInput e) {
      throw new BadInput("sidecar " + file.getFileName() + ": " + e.getMessage(), e);
    }
  }

  private byte[] bytes(Path file) throws BadInput {
    try {
      if (Files.size(file) > limits.maxDocumentBytes()) {
        throw new BadInput(limits.tooLarge(Files.size(file)));
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new BadInput("cannot read (" + IoReason.of(e) + ")", e);
    }
  }

  private static Optional<Path> find(Path document) {
    String name = document.getFileName().toString();
    Path exact = document.resolveSibling(name + SUFFIX);
    if (Files.exists(exact, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.of(exact);
    }
    int dot = name.lastIndexOf('.');
    if (dot > 0) {
      Path stem = document.resolveSibling(name.substring(0, dot) + SUFFIX);
      if (Files.exists(stem, LinkOption.NOFOLLOW_LINKS)) {
        return Optional.of(stem);
      }
    }
    return Optional.empty();
  }
}
