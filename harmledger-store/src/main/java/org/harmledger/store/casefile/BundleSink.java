package org.harmledger.store.casefile;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A BundleSink receives the files of a case bundle by relative path ({@code /}-separated): a
 * folder, or a ZIP archive when the target's name ends with {@code .zip}. It never replaces an
 * existing bundle.
 */
interface BundleSink extends Closeable {
  void put(String path, byte[] bytes) throws IOException;

  /**
   * Opens the sink for {@code target}.
   *
   * @throws IOException when the target exists (a non-empty folder, or any file)
   */
  static BundleSink open(Path target) throws IOException {
    return target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")
        ? ZipSink.create(target) : FolderSink.create(target);
  }
}
