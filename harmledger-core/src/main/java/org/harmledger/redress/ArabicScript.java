package org.harmledger.redress;

/**
 * ArabicScript normalises Arabic-script names so that spellings of one name compare equal: alef
 * with hamza or madda and wasla become bare alef, hamza on waw or ya becomes the bare letter, ta
 * marbuta becomes ha, alef maqsura becomes ya, Persian kaf and ya become Arabic ones, and
 * harakat, superscript alef and tatweel are removed. Whitespace is collapsed.
 */
final class ArabicScript {
  private ArabicScript() {}

  static boolean isArabic(char c) {
    return c >= '\u0600' && c <= '\u06FF';
  }

  static boolean containsArabic(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isArabic(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static String normalize(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    boolean space = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isWhitespace(c) || c == '-' || c == '\u200C') {
        space = sb.length() > 0;
        continue;
      }
      char n = letter(c);
      if (n == 0) {
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(n);
    }
    return sb.toString();
  }

  /** The normal form of one character, or 0 when it is dropped. */
  private static char letter(char c) {
    switch (c) {
      case '\u0623': case '\u0625': case '\u0622': case '\u0671':
        return '\u0627';
      case '\u0624':
        return '\u0648';
      case '\u0626': case '\u06CC':
        return '\u064A';
      case '\u0629':
        return '\u0647';
      case '\u0649':
        return '\u064A';
      case '\u06A9':
        return '\u0643';
      case '\u0640': case '\u0670':
        return 0;
      default:
        return (c >= '\u064B' && c <= '\u065F') ? 0 : c;
    }
  }
}
