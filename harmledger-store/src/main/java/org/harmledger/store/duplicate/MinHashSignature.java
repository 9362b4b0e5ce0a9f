package org.harmledger.store.duplicate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * A MinHashSignature is the {@value MinHasher#HASHES} minimum hash values of one text's shingles.
 * The share of positions where two signatures agree estimates the Jaccard similarity of the texts;
 * its band keys index it for lookup without comparing against every stored signature.
 */
public final class MinHashSignature {
  private final int[] values;

  public MinHashSignature(int[] values) {
    if (values.length != MinHasher.HASHES) {
      throw new IllegalArgumentException("expected " + MinHasher.HASHES + " values but was " + values.length);
    }
    this.values = values.clone();
  }

  /** The estimated Jaccard similarity, between 0 and 1. */
  public double similarity(MinHashSignature other) {
    int same = 0;
    for (int i = 0; i < values.length; i++) {
      if (values[i] == other.values[i]) {
        same++;
      }
    }
    return (double) same / values.length;
  }

  /** One key per band: the band number and a hash of its rows, e.g. {@code 07:9f3a...}. */
  public List<String> bandKeys() {
    List<String> keys = new ArrayList<>(MinHasher.BANDS);
    for (int band = 0; band < MinHasher.BANDS; band++) {
      long h = 0xcbf29ce484222325L;
      for (int row = 0; row < MinHasher.ROWS; row++) {
        h = (h ^ values[band * MinHasher.ROWS + row]) * 0x100000001b3L;
      }
      keys.add((band < 10 ? "0" : "") + band + ":" + HexFormat.of().toHexDigits(h));
    }
    return keys;
  }

  /** Hex text, eight characters per value, for storage. */
  public String encode() {
    StringBuilder out = new StringBuilder(values.length * 8);
    HexFormat hex = HexFormat.of();
    for (int v : values) {
      out.append(hex.toHexDigits(v));
    }
    return out.toString();
  }

  /** Reads what {@link #encode} wrote. */
  public static MinHashSignature decode(String text) {
    if (text.length() != MinHasher.HASHES * 8) {
      throw new IllegalArgumentException("expected " + MinHasher.HASHES * 8 + " hex characters but was " + text.length());
    }
    int[] values = new int[MinHasher.HASHES];
    for (int i = 0; i < values.length; i++) {
      values[i] = (int) Long.parseLong(text.substring(i * 8, i * 8 + 8), 16);
    }
    return new MinHashSignature(values);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MinHashSignature that && Arrays.equals(values, that.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }
}
