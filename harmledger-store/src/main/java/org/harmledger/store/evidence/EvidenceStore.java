package org.harmledger.store.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.harmledger.model.Sha256;
import org.harmledger.store.StorageException;

/**
 * An EvidenceStore keeps report originals byte for byte under {@code evidence/ab/cd/<sha256>} in
 * the data folder, addressed by the SHA-256 of their bytes. A put writes a temporary file, forces
 * it to disk, links it into place atomically and makes it read-only; an original already present
 * is never overwritten. Every read re-hashes the bytes before handing them out.
 *
 * <p>Thread-safe: concurrent puts of the same bytes race only on the final rename, and both
 * outcomes leave the same bytes in place.
 */
public final class EvidenceStore {
  private static final int BUFFER = 64 * 1024;

  private final Path root;

  public EvidenceStore(Path dataDir) {
    this.root = Objects.requireNonNull(dataDir, "dataDir").resolve("evidence");
  }

  /** Where the original addressed by {@code sha} lives, whether or not it is there. */
  public Path pathOf(Sha256 sha) {
    String hex = sha.hex();
    return root.resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4)).resolve(hex);
  }

  public StoredOriginal put(byte[] bytes) {
    Sha256 sha = Sha256.of(bytes);
    Path target = pathOf(sha);
    if (Files.exists(target)) {
      return new StoredOriginal(sha, bytes.length, false);
    }
    try {
      Path dir = Files.createDirectories(target.getParent());
      // Unique per thread, so concurrent puts of the same bytes never share a temporary file.
      Path temp = dir.resolve(".incoming-" + sha.hex() + "-" + Thread.currentThread().getId() + ".tmp");
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        channel.write(java.nio.ByteBuffer.wrap(bytes));
        channel.force(true);
      }
      return new StoredOriginal(sha, bytes.length, settle(temp, target));
    } catch (IOException e) {
      throw new StorageException("cannot store original " + sha + ": " + e.getMessage(), e);
    }
  }

  /** Stores a stream of any size, hashing it while it is copied, so it is never held in memory. */
  public StoredOriginal put(InputStream in) {
    try {
      Files.createDirectories(root);
      Path temp = Files.createTempFile(root, ".incoming-", ".tmp");
      MessageDigest digest = Sha256.digest();
      long size;
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
           OutputStream out = new DigestOutputStream(Channels.newOutputStream(channel), digest)) {
        size = in.transferTo(out);
        out.flush();
        channel.force(true);
      }
      Sha256 sha = new Sha256(HexFormat.of().formatHex(digest.digest()));
      Path target = pathOf(sha);
      if (Files.exists(target)) {
        Files.delete(temp);
        return new StoredOriginal(sha, size, false);
      }
      Files.createDirectories(target.getParent());
      return new StoredOriginal(sha, size, settle(temp, target));
    } catch (IOException e) {
      throw new StorageException("cannot store original stream: " + e.getMessage(), e);
    }
  }

  /**
   * Links a forced temporary file into place and drops the temporary name; false when the same
   * original got there first. A hard link, unlike a rename, refuses to replace an existing file.
   */
  private static boolean settle(Path temp, Path target) throws IOException {
    temp.toFile().setReadOnly();
    try {
      Files.createLink(target, temp);
      return true;
    } catch (FileAlreadyExistsException e) {
      // Content addressing makes the existing file the same evidence; keep it untouched.
      return false;
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  public boolean contains(Sha256 sha) {
    return Files.exists(pathOf(sha));
  }

  /**
   * The bytes of the original, re-hashed before they are returned.
   *
   * @throws EvidenceAlteredException when the stored bytes no longer match their address
   * @throws StorageException when the original is missing or unreadable
   */
  public byte[] read(Sha256 sha) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(pathOf(sha));
    } catch (NoSuchFileException e) {
      throw new StorageException("original " + sha + " is missing from " + root, e);
    } catch (IOException e) {
      throw new StorageException("cannot read original " + sha + ": " + e.getMessage(), e);
    }
    Sha256 found = Sha256.of(bytes);
    if (!found.equals(sha)) {
      throw new EvidenceAlteredException(sha, found);
    }
    return bytes;
  }

  /** The hash of what is stored at {@code sha}'s address now, streamed; empty when the file is missing. */
  public Optional<Sha256> rehash(Sha256 sha) {
    MessageDigest digest = Sha256.digest();
    byte[] buffer = new byte[BUFFER];
    try (InputStream in = Files.newInputStream(pathOf(sha))) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new StorageException("cannot read original " + sha + ": " + e.getMessage(), e);
    }
    return Optional.of(new Sha256(HexFormat.of().formatHex(digest.digest())));
  }
}
