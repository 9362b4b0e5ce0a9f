package org.harmledger.resolve;

import java.util.Objects;

/**
 * A Source is who stands behind one assertion for independence purposes: {@code key} is the
 * publisher family (republications take their original's family), {@code partisan} marks a claim
 * by a party, or media aligned with it, that its enemy did the harm, and {@code side} names the
 * alignment bloc that made it partisan (null otherwise).
 */
public record Source(String key, Publisher publisher, boolean partisan, String side) {
  public Source {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(publisher, "publisher");
  }

  /**
   * The key under which this source counts towards corroboration: partisan sources of one bloc
   * count once together, since aligned outlets echo one another.
   */
  public String corroborationKey() {
    return partisan ? "bloc:" + side : key;
  }
}
