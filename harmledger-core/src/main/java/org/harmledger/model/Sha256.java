package org.harmledger.model;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/** A Sha256 is the hex SHA-256 digest that addresses one piece of evidence. */
public record Sha256(String hex) {
  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

  public Sha256 {
    Objects.requireNonNull(hex, "hex");
    if (!HEX64.matcher(hex).matches()) {
      throw new IllegalArgumentException("expected 64 lowercase hex characters but was '" + hex + "'");
    }
  }

  public static Sha256 of(byte[] bytes) {
    return new Sha256(HexFormat.of().formatHex(digest().digest(bytes)));
  }

  /** A fresh digest; MessageDigest instances are not thread-safe, so callers own theirs. */
  public static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime ships SHA-256", e);
    }
  }

  public static Sha256 parse(String text) {
    return new Sha256(text.trim().toLowerCase(java.util.Locale.ROOT));
  }

  @Override
  public String toString() {
    return hex;
  }
}
