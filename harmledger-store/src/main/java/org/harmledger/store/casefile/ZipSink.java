package org.harmledger.store.casefile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A ZipSink writes a case bundle as one ZIP archive. Entry times are fixed at the epoch so the
 * archive's bytes depend only on its contents.
 */
final class ZipSink implements BundleSink {
  private static final FileTime EPOCH = FileTime.from(Instant.EPOCH);

  private final ZipOutputStream zip;

  private ZipSink(ZipOutputStream zip) {
    this.zip = zip;
  }

  static ZipSink create(Path file) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    return new ZipSink(new ZipOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)));
  }

  @Override
  public void put(String path, byte[] bytes) throws IOException {
    ZipEntry entry = new ZipEntry(path);
    entry.setLastModifiedTime(EPOCH);
    zip.putNextEntry(entry);
    zip.write(bytes);
    zip.closeEntry();
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }
}
