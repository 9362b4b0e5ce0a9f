package org.harmledger.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionCursorTest {

  @Test
  void aNameStartsAtACapitalisedOrArabicToken() {
    MentionCursor c = new MentionCursor(TextTokens.of("near Hama and في حمص"));
    assertThat(c.contentStart(0)).isEqualTo(-1);
    assertThat(c.contentStart(1)).isEqualTo(1);
    assertThat(c.contentStart(2)).isEqualTo(-1);
    assertThat(c.contentStart(4)).isEqualTo(4);
  }

  @Test
  void anArticleBelongsToTheNameWhenItIsAlOrHyphenated() {
    MentionCursor c = new MentionCursor(TextTokens.of("al Raqqa as-Susah as Hama"));
    assertThat(c.contentStart(0)).isEqualTo(1);
    assertThat(c.contentStart(2)).isEqualTo(3);
    assertThat(c.contentStart(4)).isEqualTo(-1);
  }

  @Test
  void joinsKeysWithoutArticlesAndSkeletonsWithoutSpaces() {
    MentionCursor c = new MentionCursor(TextTokens.of("Jisr al-Shughour"));
    assertThat(c.joinedKey(0, 2)).isEqualTo("jisr shughour");
    assertThat(c.joinedSkeleton(0, 2)).isEqualTo(PlaceNames.skeleton("Jisr ash Shughur"));
  }

  @Test
  void lowerCaseWordsOfOtherScriptsStartNoNameButArabicFormsOfEveryBlockDo() {
    MentionCursor c = new MentionCursor(TextTokens.of("émeute ﺣﻤﺺ ݥلك ωμέγα"));
    assertThat(c.contentStart(0)).isEqualTo(-1);
    assertThat(c.contentStart(1)).isEqualTo(1);
    assertThat(c.contentStart(2)).isEqualTo(2);
    assertThat(c.contentStart(3)).isEqualTo(-1);
  }
}
