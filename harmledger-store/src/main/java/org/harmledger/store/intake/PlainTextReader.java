package org.harmledger.store.intake;

import java.util.Objects;
import java.util.Optional;

/**
 * A PlainTextReader reads strict UTF-8 text (.txt, .md, files without an extension). An optional
 * {@link TextHeader} gives metadata; the working text is then the body after it, without a byte
 * order mark and with {@code \n} line ends, while the original keeps every byte of the file.
 */
final class PlainTextReader implements DocumentReader {
  private final String mediaType;

  PlainTextReader(String mediaType) {
    this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
  }

  @Override
  public IntakeItem read(String source, byte[] original) {
    try {
      TextHeader header = TextHeader.split(WorkingText.of(text(original)));
      if (header.body().isBlank()) {
        return new IntakeFailure(source, "no text (only white space and any header)");
      }
      return new IntakeDocument(source, original, mediaType, header.body(), header.fields().toMetadata(header.body()));
    } catch (BadInput e) {
      return e.failureOf(source);
    }
  }

  /** The bytes as strict UTF-8 text, refusing empty and binary content first. */
  static String text(byte[] original) throws BadInput {
    if (original.length == 0) {
      throw new BadInput("empty file");
    }
    Optional<String> binary = ContentSniffer.binaryReason(original);
    if (binary.isPresent()) {
      throw new BadInput(binary.get());
    }
    return StrictUtf8.decode(original);
  }
}
