package org.harmledger.store.intake;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A WalkEntry is one path met while walking the inputs: a file to read, or, when {@code problem}
 * is not null, a folder that could not be walked and why.
 */
record WalkEntry(Path path, String problem) {

  WalkEntry {
    Objects.requireNonNull(path, "path");
  }
}
