package org.harmledger.store.intake;

/**
 * LanguageGuess names the language of a text whose metadata gives none: {@code ar} when most of
 * its letters are in Arabic script, otherwise {@code en}. Only the script is looked at, so the
 * guess is cheap and cannot be wrong about which alphabet extraction has to read.
 */
final class LanguageGuess {

  private LanguageGuess() {}

  static String of(String text) {
    long letters = 0;
    long arabic = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isLetter(cp)) {
        letters++;
        if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC) {
          arabic++;
        }
      }
      i += Character.charCount(cp);
    }
    return arabic * 2 > letters ? "ar" : "en";
  }
}
