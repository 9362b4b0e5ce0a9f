package org.harmledger.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Zips reads every entry of a ZIP archive as text, so tests can grep a whole bundle. */
final class Zips {
  private Zips() {}

  static String text(Path zip) throws IOException {
    StringBuilder sb = new StringBuilder();
    try (ZipFile file = new ZipFile(zip.toFile())) {
      for (ZipEntry e : Collections.list(file.entries())) {
        sb.append(new String(file.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8)).append('\n');
      }
    }
    return sb.toString();
  }
}
