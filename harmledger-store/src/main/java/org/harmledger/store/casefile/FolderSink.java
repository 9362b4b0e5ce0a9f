package org.harmledger.store.casefile;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

/** A FolderSink writes a case bundle as files under one new (or empty) folder. */
final class FolderSink implements BundleSink {
  private final Path root;

  private FolderSink(Path root) {
    this.root = root;
  }

  static FolderSink create(Path root) throws IOException {
    if (Files.exists(root)) {
      try (Stream<Path> children = Files.list(root)) {
        if (children.findAny().isPresent()) {
          throw new FileAlreadyExistsException(root.toString(), null, "folder is not empty");
        }
      }
    }
    Files.createDirectories(root);
    return new FolderSink(root);
  }

  @Override
  public void put(String path, byte[] bytes) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes, StandardOpenOption.CREATE_NEW);
  }

  @Override
  public void close() {
    // Each file is complete once put returns; nothing is buffered.
  }
}
