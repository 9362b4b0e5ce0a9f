package org.harmledger.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GuardedPatternTest {
  private static final List<String> CUES = List.of("no", "not a single", "kill*", "-led", "'s statement", "in recent years",
      "air strike*", "so far");

  /** What the pattern alone finds in the region: "start-end", or null. */
  private static String plain(Pattern p, String text, int from, int to) {
    Matcher m = p.matcher(text).region(from, to);
    return m.find() ? m.start() + "-" + m.end() : null;
  }

  private static String guarded(GuardedPattern g, String text, int from, int to) {
    Matcher m = g.find(text, Words.of(text), from, to);
    return m == null ? null : m.start() + "-" + m.end();
  }

  /** Every match in the region, as repeated finds give them. */
  private static List<String> all(Matcher m) {
    List<String> found = new ArrayList<>();
    for (; m != null; m = m.find() ? m : null) {
      found.add(m.start() + "-" + m.end() + " " + m.group());
    }
    return found;
  }

  /** Every region of the text: the guarded pattern finds exactly what the pattern finds, first and on. */
  private static void assertSameInEveryRegion(Pattern p, List<String> cues, String text) {
    GuardedPattern g = new GuardedPattern(p, cues);
    Words words = Words.of(text);
    for (int from = 0; from <= text.length(); from++) {
      for (int to = from; to <= text.length(); to++) {
        assertThat(guarded(g, text, from, to)).as("region [%d, %d) of %s", from, to, text).isEqualTo(plain(p, text, from, to));
        Matcher plain = p.matcher(text).region(from, to);
        assertThat(all(g.find(text, words, from, to))).as("region [%d, %d) of %s", from, to, text)
            .isEqualTo(all(plain.find() ? plain : null));
      }
    }
  }

  @Test
  void findsWhatThePatternFindsInEveryRegionEvenWhereTheRegionCutsAWord() {
    Pattern suffix = Pattern.compile(Phrases.alternation(CUES) + "\\s+$", Pattern.CASE_INSENSITIVE);
    Pattern anywhere = Phrases.anyOf(CUES);
    for (String text : List.of("None said no one was KILLED, a US-led strike; the army's statement",
        "unknown killers: Not a single nod, knot ano", "In recent yearsies, air strikes so far in recent years",
        "air striking sofar so far-reaching")) {
      assertSameInEveryRegion(suffix, CUES, text);
      assertSameInEveryRegion(anywhere, CUES, text);
    }
  }

  @Test
  void phrasesStartingWithWordsAreTriedAtWordStartsWithTheSameResult() {
    List<String> cues = List.of("no", "no one", "not a single", "kill*", "in recent years", "so far", "by");
    Pattern suffix = Pattern.compile(Phrases.alternation(cues) + "\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    for (String text : List.of("Nobody: no one, not a single one; killed by the so far", "x-by by-no no\nkills  in recent years ")) {
      assertSameInEveryRegion(suffix, cues, text);
      assertSameInEveryRegion(Phrases.anyOf(cues), cues, text);
    }
  }

  @Test
  void signsBeyondAsciiBetweenWordsKeepTheResultWhereverTheyStand() {
    List<String> cues = List.of("no", "not a single", "kill*", "so far", "a");
    Pattern suffix = Pattern.compile(Phrases.alternation(cues) + "\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    // Curly quotes and dashes; a superscript two and a mathematical letter are letters or numbers to the
    // regex but not to the words; a combining accent lets a match start inside a word.
    for (String text : List.of("\u201cNo one\u201d \u2014 killed so far\u2019s", "x\u00b2no e\u0301no \uD835\uDC00not a single one",
        "caf\u00e9 no kills", "kills, then caf\u00e9s \u2018no\u2019 one so far; no one n\u00f6 not a single",
        "it\u2019s not a single\u00a0so far \u00e9no", "ba caf\u00e9 a")) {
      assertSameInEveryRegion(suffix, cues, text);
      assertSameInEveryRegion(Phrases.anyOf(cues), cues, text);
    }
  }

  @Test
  void wordsBeyondAsciiAreLeftToTheRegexCaseFolding() {
    // The Kelvin sign folds to "k" under Unicode case matching; lower-casing alone would not see "kill".
    String text = "troops \u212Aill\u00e9d, n\u00f6 one \u212Aills";
    assertSameInEveryRegion(Phrases.anyOf(CUES), CUES, text);
    assertThat(guarded(new GuardedPattern(Phrases.anyOf(CUES), CUES), text, 0, text.length())).isEqualTo("7-13");
  }

  @Test
  void phrasesTheGateCannotReadLetEveryRegionThrough() {
    List<String> quoted = List.of("\"terrorists\"", "caf\u00e9");
    assertSameInEveryRegion(Phrases.anyOf(quoted), quoted, "so-called \"terrorists\" at a CAF\u00c9");
    assertSameInEveryRegion(Phrases.anyOf(quoted), quoted, "so-called \"terrorists\" at a CAFE");
  }

  @Test
  void aRegionWithoutCueWordsFindsNothingAndAnInvertedOneIsRejectedAsBefore() {
    GuardedPattern g = new GuardedPattern(Phrases.anyOf(CUES), CUES);
    String text = "shelling hit the market";
    assertThat(g.finds(text, Words.of(text), 0, text.length())).isFalse();
    assertThatThrownBy(() -> g.find(text, Words.of(text), 5, 2)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
