package org.harmledger.store.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.harmledger.model.Sha256;
import org.harmledger.store.StorageException;

/**
 * An EvidenceStore keeps report originals byte for byte under {@code evidence/ab/cd/<sha256>} in
 * the data folder, addressed by the SHA-256 of their bytes. A put writes a read-only temporary
 * file, forces it to disk and links it into place atomically; an original already present
 * is never overwritten. Every read re-hashes the bytes before handing them out.
 *
 * <p>Thread-safe: concurrent puts of the same bytes race only on the final rename, and both
 * outcomes leave the same bytes in place.
 */
public final class EvidenceStore {
  private static final int BUFFER = 64 * 1024;
  /** Originals are created read-only; the open channel can still write them once. */
  private static final FileAttribute<Set<PosixFilePermission>> READ_ONLY =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("r--r--r--"));

  private static final long PROCESS = ProcessHandle.current().pid();

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
    // Unique per process and thread, so concurrent puts of the same bytes never share a temporary
    // file, even from several processes writing into one data folder.
    Path temp = target.resolveSibling(".incoming-" + sha.hex() + "-" + PROCESS + "-" + Thread.currentThread().getId()
        + ".tmp");
    try {
      try {
        write(temp, bytes);
      } catch (NoSuchFileException e) {
        // The folder is created only when missing: most puts land in one that exists.
        Files.createDirectories(target.getParent());
        write(temp, bytes);
      }
      return new StoredOriginal(sha, bytes.length, settle(temp, target));
    } catch (IOException e) {
      throw new StorageException("cannot store original " + sha + ": " + e.getMessage(), e);
    }
  }

  /** Writes {@code bytes} to a new read-only file and forces them to disk. */
  private static void write(Path file, byte[] bytes) throws IOException {
    try (FileChannel channel = create(file)) {
      channel.write(ByteBuffer.wrap(bytes));
      channel.force(true);
    }
  }

  /** A channel on a new read-only file; a leftover of a killed process under the same name is replaced. */
  private static FileChannel create(Path file) throws IOException {
    Set<StandardOpenOption> options = Set.of(StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW);
    try {
      return FileChannel.open(file, options, READ_ONLY);
    } catch (FileAlreadyExistsException e) {
      Files.delete(file);
      return FileChannel.open(file, options, READ_ONLY);
    }
  }

  /** Stores a stream of any size, hashing it while it is copied, so it is never held in memory. */
  public StoredOriginal put(InputStream in) {
    Path temp = root.resolve(".incoming-" + UUID.randomUUID() + ".tmp");
    try {
      Files.createDirectories(root);
      MessageDigest digest = Sha256.digest();
      long size;
      try (FileChannel channel = create(temp);
           OutputStream out = new DigestOutputStream(Channels.newOutputStream(channel), digest)) {
        size = in.transferTo(out);
        out.flush();
        channel.force(true);
      }
      Sha256 sha = new Sha256(HexFormat.of().formatHex(digest.digest()));
      Path target = pathOf(sha);
      Files.createDirectories(target.getParent());
      return new StoredOriginal(sha, size, settle(temp, target));
    } catch (IOException e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw new StorageException("cannot store original stream: " + e.getMessage(), e);
    }
  }


  /**
   * Links a forced temporary file into place and drops the temporary name; false when the same
   * original got there first. A hard link, unlike a rename, refuses to replace an existing file.
   */
  private static boolean settle(Path temp, Path target) throws IOException {
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
