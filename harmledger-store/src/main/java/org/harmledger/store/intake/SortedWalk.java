package org.harmledger.store.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Stream;

/**
 * SortedWalk lazily walks the given paths: files are yielded as they are, folders are entered
 * recursively with their entries in order of name, and a folder is listed only when the walk
 * reaches it. The given paths keep the order the user gave. Inside folders, hidden entries
 * (names starting with a dot) and sidecars are passed over; a sidecar is never a report even
 * when given by name. A folder reached twice through symbolic links is walked once. Not
 * thread-safe.
 */
final class SortedWalk implements Iterator<WalkEntry> {
  private static final Comparator<Path> BY_NAME = Comparator.comparing(path -> path.getFileName().toString());
  private final Iterator<Path> given;
  private final Deque<Iterator<Path>> pending = new ArrayDeque<>();
  private final Set<Path> walked = new HashSet<>();
  private WalkEntry next;

  SortedWalk(List<Path> paths) {
    this.given = List.copyOf(paths).iterator();
    pending.push(given);
  }

  @Override
  public boolean hasNext() {
    while (next == null && !pending.isEmpty()) {
      Iterator<Path> top = pending.peek();
      if (!top.hasNext()) {
        pending.pop();
        continue;
      }
      Path path = top.next();
      if (Sidecars.isSidecar(path) || (top != given && isHidden(path))) {
        continue;
      }
      if (Files.isDirectory(path)) {
        enter(path);
      } else {
        next = new WalkEntry(path, null);
      }
    }
    return next != null;
  }

  @Override
  public WalkEntry next() {
    if (!hasNext()) {
      throw new NoSuchElementException("the walk is over");
    }
    WalkEntry entry = next;
    next = null;
    return entry;
  }

  private void enter(Path folder) {
    try {
      if (!walked.add(folder.toRealPath())) {
        return;
      }
      List<Path> entries;
      try (Stream<Path> listing = Files.list(folder)) {
        entries = listing.sorted(BY_NAME).toList();
      }
      pending.push(entries.iterator());
    } catch (IOException e) {
      next = new WalkEntry(folder, "cannot list folder (" + IoReason.of(e) + ")");
    }
  }

  private static boolean isHidden(Path path) {
    return path.getFileName().toString().startsWith(".");
  }
}
