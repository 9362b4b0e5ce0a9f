package org.harmledger.gazetteer;

import java.text.Normalizer;
import java.util.Locale;

/** PlaceNames turns a place name into the key under which all its transliteration variants meet. */
public final class PlaceNames {
  private PlaceNames() {}

  /** The matching key of a name: lower case, no diacritics, no Arabic article, hyphens as spaces. */
  public static String key(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    s = s.toLowerCase(Locale.ROOT).replaceAll("[-'’`]", " ").replaceAll("\\s+", " ").trim();
    s = s.replaceAll("(^| )(al|el|as|ad|ar|az|ash|at|an) ", "$1");
    return s;
  }
}
