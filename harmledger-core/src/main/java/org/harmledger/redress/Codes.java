package org.harmledger.redress;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Codes are the lowercase names by which enums of this package are written in data files, CSV and JSON. */
final class Codes {
  private Codes() {}

  static String of(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /** Parses a code such as {@code under_review}, naming the field and the accepted codes when it is unknown. */
  static <E extends Enum<E>> E parse(Class<E> type, String field, String code) {
    String key = code == null ? "" : code.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(key)) {
        return e;
      }
    }
    String accepted = Arrays.stream(type.getEnumConstants()).map(Codes::of).collect(Collectors.joining(", "));
    throw new IllegalArgumentException("unknown " + field + " '" + code + "' (expected one of " + accepted + ")");
  }
}
