package org.harmledger.store.intake;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * IntakeItems iterates over the items of a walk, one file at a time, keeping at most one file's
 * stream (an open feed) open and closing it as soon as it is used up or the iteration is closed.
 * Not thread-safe.
 */
final class IntakeItems implements Iterator<IntakeItem>, AutoCloseable {
  private final SortedWalk walk;
  private final FileIntake files;
  private Stream<IntakeItem> open;
  private Iterator<IntakeItem> current;

  IntakeItems(SortedWalk walk, FileIntake files) {
    this.walk = walk;
    this.files = files;
  }

  @Override
  public boolean hasNext() {
    while (current == null || !current.hasNext()) {
      close();
      if (!walk.hasNext()) {
        return false;
      }
      WalkEntry entry = walk.next();
      open = entry.problem() == null
          ? files.read(entry.path())
          : Stream.of(new IntakeFailure(entry.path().toString(), entry.problem()));
      current = open.iterator();
    }
    return true;
  }

  @Override
  public IntakeItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more inputs");
    }
    return current.next();
  }

  /** Closes the file being read, if any; the walk itself holds nothing open. */
  @Override
  public void close() {
    if (open != null) {
      Stream<IntakeItem> closing = open;
      open = null;
      current = null;
      closing.close();
    }
  }
}
