package org.harmledger.redress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameRulesTest {
  private static final List<String> ARABIC = List.of("arabic-article ال", "arabic-compound عبد", "ب b");

  @Test
  void readsArticlesCompoundsVariantsAndLetters() {
    NameRules r = NameRules.read(List.of("article al el", "compound abd abdul", "variant ahmad ahmed",
        "spelling ch sh"), ARABIC);
    assertThat(r.articles()).containsExactlyInAnyOrder("al", "el");
    assertThat(r.compounds()).containsExactly("abd", "abdul");
    assertThat(r.variants()).containsEntry("ahmed", "ahmad");
    assertThat(r.arabicConsonants()).containsEntry('ب', "b");
    assertThat(r.spellings()).containsEntry("ch", "sh");
  }

  @Test
  void badLinesAreNamed() {
    assertThatThrownBy(() -> NameRules.read(List.of("alias x y"), ARABIC))
        .hasMessage("name rule line 'alias x y' starts with unknown keyword 'alias'");
    assertThatThrownBy(() -> NameRules.read(List.of("spelling ch"), ARABIC))
        .hasMessage("name rule line 'spelling ch' must be: spelling FROM TO");
    assertThatThrownBy(() -> NameRules.read(List.of("compound abd"), List.of("ب")))
        .hasMessage("transliteration line 'ب' must be: letter latin");
  }

  @Test
  void shippedRulesLoad() {
    NameRules r = NameRules.loadDefault();
    assertThat(r.compounds().get(0)).isEqualTo("abd");
    assertThat(r.variants()).containsEntry("mhmd", "muhammad");
  }
}
