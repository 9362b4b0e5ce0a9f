package org.harmledger.store.casefile;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A BundleReader reads a case bundle, a folder or a ZIP archive, by relative path. It needs no
 * database: verification works on a bundle handed to an investigator.
 */
final class BundleReader implements Closeable {
  private final Path folder;
  private final ZipFile zip;

  private BundleReader(Path folder, ZipFile zip) {
    this.folder = folder;
    this.zip = zip;
  }

  /**
   * Opens a bundle folder or ZIP archive.
   *
   * @throws NoSuchFileException when {@code path} does not exist
   * @throws IOException when a file is neither a folder nor a readable ZIP archive
   */
  static BundleReader open(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      return new BundleReader(path, null);
    }
    if (!Files.exists(path)) {
      throw new NoSuchFileException(path.toString(), null, "no such bundle");
    }
    return new BundleReader(null, new ZipFile(path.toFile()));
  }

  /** Every file of the bundle, by relative path, sorted. */
  List<String> paths() throws IOException {
    List<String> paths = new ArrayList<>();
    if (zip != null) {
      for (ZipEntry e : Collections.list(zip.entries())) {
        if (!e.isDirectory()) {
          paths.add(e.getName());
        }
      }
    } else {
      try (Stream<Path> files = Files.walk(folder)) {
        files.filter(Files::isRegularFile)
            .forEach(f -> paths.add(folder.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/")));
      }
    }
    Collections.sort(paths);
    return paths;
  }

  /** The bytes of one file, or empty when the bundle has no such file. */
  Optional<byte[]> read(String path) throws IOException {
    if (zip != null) {
      ZipEntry entry = zip.getEntry(path);
      if (entry == null) {
        return Optional.empty();
      }
      try (InputStream in = zip.getInputStream(entry)) {
        return Optional.of(in.readAllBytes());
      }
    }
    Path file = folder.resolve(path);
    return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
  }

  @Override
  public void close() throws IOException {
    if (zip != null) {
      zip.close();
    }
  }
}
