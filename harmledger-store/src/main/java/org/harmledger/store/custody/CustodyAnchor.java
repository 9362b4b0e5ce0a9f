package org.harmledger.store.custody;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.harmledger.store.StorageException;

/**
 * A CustodyAnchor is the small file {@code custody.anchor} in the data folder that records the
 * custody chain's head outside the database. The chain alone cannot show that its last entries
 * were deleted; the anchor can. It is rewritten (atomically) after each commit, so it may lag the
 * database by the entries of a commit interrupted before the rewrite, never lead it.
 *
 * <p>Several writers (threads, or processes sharing the data folder) move it forward through
 * {@link #exclusively} and {@link #advance}: under a lock on {@code custody.anchor.lock} an anchor
 * is only ever replaced by a later head, so a slow writer cannot move it back.
 */
public final class CustodyAnchor {
  private final Path file;

  public CustodyAnchor(Path dataDir) {
    this.file = dataDir.resolve("custody.anchor");
  }

  public Path file() {
    return file;
  }

  /** The recorded head, or empty when no anchor has been written yet. */
  public Optional<CustodyHead> read() {
    String line;
    try {
      line = Files.readString(file, StandardCharsets.US_ASCII).trim();
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new StorageException("cannot read custody anchor " + file + ": " + e.getMessage(), e);
    }
    String[] parts = line.split(" ");
    try {
      if (parts.length != 2) {
        throw new IllegalArgumentException("expected 'SEQ HASH'");
      }
      return Optional.of(new CustodyHead(Long.parseLong(parts[0]), parts[1]));
    } catch (IllegalArgumentException e) {
      throw new StorageException("custody anchor " + file + " is malformed: " + e.getMessage(), e);
    }
  }

  /**
   * Runs {@code action} while holding the anchor's lock: the JVM-wide monitor of this class (file
   * locks are held per process, not per thread) and an exclusive lock on the lock file.
   */
  public void exclusively(Runnable action) {
    synchronized (CustodyAnchor.class) {
      Path lockFile = file.resolveSibling("custody.anchor.lock");
      try {
        Files.createDirectories(file.getParent());
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.lock()) {
          action.run();
        }
      } catch (IOException e) {
        throw new StorageException("cannot lock custody anchor " + lockFile + ": " + e.getMessage(), e);
      }
    }
  }

  /** Writes {@code head} unless the anchor already records it or a later entry; call within {@link #exclusively}. */
  public void advance(CustodyHead head) {
    Optional<CustodyHead> current = read();
    if (current.isEmpty() || current.get().seq() < head.seq()) {
      write(head);
    }
  }

  public void write(CustodyHead head) {
    try {
      Files.createDirectories(file.getParent());
      Path temp = Files.createTempFile(file.getParent(), ".anchor-", ".tmp");
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        channel.write(ByteBuffer.wrap((head.seq() + " " + head.hash() + "\n").getBytes(StandardCharsets.US_ASCII)));
        channel.force(true);
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new StorageException("cannot write custody anchor " + file + ": " + e.getMessage(), e);
    }
  }
}
