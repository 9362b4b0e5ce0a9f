package org.harmledger.resolve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.harmledger.model.Sha256;

/**
 * IncidentIds derives incident ids from assertion ids, so the same input always yields the same
 * ids and a person's decision can name an incident: {@code inc-} and the first 16 hex digits of
 * the SHA-256 of the id of the incident's first-reported assertion (earliest publication date,
 * then assertion id). An id changes only if a report published earlier than all others arrives
 * late and joins the incident; decisions naming the old id are then reported as not applied.
 */
public final class IncidentIds {
  private IncidentIds() {}

  /** The id of the incident whose first-reported assertion this is. */
  public static String of(String firstReportedAssertionId) {
    return "inc-" + digest(firstReportedAssertionId);
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
