package org.harmledger.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.harmledger.model.ReportMetadata;
import org.harmledger.store.ingest.IngestDocument;
import org.harmledger.store.ingest.IngestFailure;
import org.harmledger.store.ingest.IngestInput;

/**
 * PlainTextInputs reads files (folders are walked, in name order) as UTF-8 text documents, one
 * per file. It is the interim reader behind {@link Wiring#inputs} until the intake readers are
 * wired in; files are read one at a time as the stream is consumed.
 */
final class PlainTextInputs {
  Stream<IngestInput> read(List<Path> paths) {
    return paths.stream().flatMap(PlainTextInputs::expand);
  }

  private static Stream<IngestInput> expand(Path path) {
    if (!Files.isDirectory(path)) {
      return Stream.of(path).map(PlainTextInputs::readOne);
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(path)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      return Stream.of(new IngestFailure(path.toString(), "cannot list folder: " + e.getMessage()));
    }
    return files.stream().map(PlainTextInputs::readOne);
  }

  private static IngestInput readOne(Path file) {
    String source = file.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return new IngestFailure(source, "no such file");
    } catch (IOException e) {
      return new IngestFailure(source, "cannot read: " + e.getMessage());
    }
    if (bytes.length == 0) {
      return new IngestFailure(source, "empty file");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new IngestFailure(source, "not UTF-8 text");
    }
    return new IngestDocument(source, bytes, "text/plain", text, ReportMetadata.empty());
  }
}
