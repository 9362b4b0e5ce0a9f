package org.harmledger.redress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicScriptTest {
  @Test
  void alefFormsBecomeBareAlef() {
    assertThat(ArabicScript.normalize("أحمد")).isEqualTo(ArabicScript.normalize("احمد"));
    assertThat(ArabicScript.normalize("إبراهيم")).isEqualTo("ابراهيم");
    assertThat(ArabicScript.normalize("آمنة")).startsWith("ا");
  }

  @Test
  void taMarbutaAlefMaqsuraHarakatAndTatweelAreNormalised() {
    assertThat(ArabicScript.normalize("فاطمة")).isEqualTo("فاطمه");
    assertThat(ArabicScript.normalize("مصطفى")).isEqualTo("مصطفي");
    assertThat(ArabicScript.normalize("مُحَمَّد")).isEqualTo("محمد");
    assertThat(ArabicScript.normalize("محـــمد")).isEqualTo("محمد");
  }

  @Test
  void whitespaceIsCollapsed() {
    assertThat(ArabicScript.normalize("  محمد   علي ")).isEqualTo("محمد علي");
  }
}
