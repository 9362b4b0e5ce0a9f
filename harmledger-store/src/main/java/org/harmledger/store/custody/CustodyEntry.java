package org.harmledger.store.custody;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import org.harmledger.model.Sha256;

/**
 * A CustodyEntry is one link of the append-only custody chain: who did what to which subject
 * (a report sha or another id), when, with details as JSON text, and the hash of the previous
 * entry. Its own hash covers all of that, so editing or removing any entry breaks the chain.
 * The action is kept as its stored code rather than a {@link CustodyAction}, so that an entry
 * written by a newer build (with an action this build lacks) still verifies.
 */
public record CustodyEntry(
    long seq, Instant time, String actor, String action, String subject, String details,
    String previousHash, String hash) {

  public CustodyEntry {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(previousHash, "previousHash");
    Objects.requireNonNull(hash, "hash");
  }

  /** A new entry after {@code previous}, with its hash computed. */
  public static CustodyEntry next(
      CustodyHead previous, Instant time, String actor, CustodyAction action, String subject, String details) {
    long seq = previous.seq() + 1;
    String hash = hashOf(seq, time, actor, action.code(), subject, details, previous.hash());
    return new CustodyEntry(seq, time, actor, action.code(), subject, details, previous.hash(), hash);
  }

  /** Whether the stored hash still matches the entry's content. */
  public boolean hashMatches() {
    return hash.equals(hashOf(seq, time, actor, action, subject, details, previousHash));
  }

  public CustodyHead head() {
    return new CustodyHead(seq, hash);
  }

  /**
   * The SHA-256 of the canonical serialisation: each field as its decimal UTF-8 byte length, a
   * colon, the bytes and a newline, in declaration order. Length prefixes make the encoding
   * unambiguous whatever characters a field contains.
   */
  static String hashOf(
      long seq, Instant time, String actor, String action, String subject, String details, String previousHash) {
    var digest = Sha256.digest();
    for (String field : new String[] {
        Long.toString(seq), time.toString(), actor, action, subject, details, previousHash}) {
      byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
      digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
      digest.update(bytes);
      digest.update((byte) '\n');
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
