package org.harmledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PhrasesTest {

  private static List<String> all(Pattern p, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  @Test
  void matchesWholeWordsLongestFirst() {
    Pattern p = Phrases.anyOf(List.of("strike", "air strike"));
    assertThat(all(p, "An air strike, then a strike; no airstrikes.")).containsExactly("air strike", "strike");
  }

  @Test
  void starMatchesWordEndingsAndSpacesMatchAnyWhiteSpace() {
    Pattern p = Phrases.anyOf(List.of("airstrike*", "death toll"));
    assertThat(all(p, "Airstrikes raised the death\n toll.")).containsExactly("Airstrikes", "death\n toll");
  }

  @Test
  void emptyListMatchesNothing() {
    assertThat(all(Phrases.anyOf(List.of()), "anything")).isEmpty();
  }
}
