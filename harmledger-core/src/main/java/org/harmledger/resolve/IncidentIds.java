package org.harmledger.resolve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.harmledger.model.Sha256;

/**
 * IncidentIds derives incident ids from assertion ids, so the same input always yields the same
 * ids and a person's decision can name an incident: {@code inc-} and the first 16 hex digits of
 * the SHA-256 of the founding assertion's id.
 */
public final class IncidentIds {
  private IncidentIds() {}

  /** The id of the incident an assertion founded. */
  public static String of(String founderAssertionId) {
    return "inc-" + digest(founderAssertionId);
  }

  /** The id of the incident a split creates, from the first split assertion's id. */
  public static String ofSplit(String firstAssertionId) {
    return "inc-" + digest("split:" + firstAssertionId);
  }

  private static String digest(String text) {
    MessageDigest md = Sha256.digest();
    return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)), 0, 8);
  }
}
