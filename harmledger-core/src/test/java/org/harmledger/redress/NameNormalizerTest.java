package org.harmledger.redress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameNormalizerTest {
  private final NameNormalizer n = NameNormalizer.loadDefault();

  private String canonical(String name) {
    return String.join(" ", n.latinTokens(name));
  }

  @Test
  void spellingsOfMuhammadAreOneName() {
    for (String s : List.of("Mohammad", "Muhammad", "Mohamed", "Mohammed", "Mhmd", "MOHAMMED")) {
      assertThat(canonical(s)).as(s).isEqualTo("muhammad");
    }
  }

  @Test
  void commonVariantsAreOneName() {
    assertThat(canonical("Ahmed")).isEqualTo(canonical("Ahmad"));
    assertThat(canonical("Husayn")).isEqualTo(canonical("Hussein")).isEqualTo(canonical("Hussain"));
    assertThat(canonical("Khaled")).isEqualTo(canonical("Khalid"));
    assertThat(canonical("Um Khaled")).isEqualTo(canonical("Umm Khalid"));
    assertThat(canonical("Ali bin Omar")).isEqualTo(canonical("Ali ibn Umar")).isEqualTo(canonical("Ali ben Omar"));
  }

  @Test
  void articlesAreDroppedAndAbdCompoundsJoined() {
    assertThat(canonical("al-Hassan")).isEqualTo("hasan");
    assertThat(canonical("El Hassan")).isEqualTo("hasan");
    for (String s : List.of("Abd al-Rahman", "Abdul Rahman", "Abdel Rahman", "Abd-el-Rahman", "Abdulrahman",
        "Abd ar-Rahman")) {
      assertThat(canonical(s)).as(s).isEqualTo("abdrahman");
    }
    assertThat(canonical("Abdel Hussein")).isEqualTo("abdhusayn");
  }

  @Test
  void accentsAndApostrophesAreIgnored() {
    assertThat(canonical("Sa'id")).isEqualTo(canonical("Said"));
    assertThat(canonical("ʿUthmān")).isEqualTo("uthman");
  }

  @Test
  void aLoneArticleIsKeptAsAName() {
    assertThat(canonical("Al")).isEqualTo("al");
  }

  @Test
  void skeletonsBridgeLatinAndArabicScript() {
    assertThat(n.latinSkeleton("muhammad")).isEqualTo("mhmd");
    assertThat(arabicSkeletons("محمد")).containsExactly("mhmd");
    assertThat(arabicSkeletons("خالد")).containsExactly(n.latinSkeleton("khalid"));
    assertThat(arabicSkeletons("فاطمة")).containsExactly(n.latinSkeleton("fatima"));
    assertThat(arabicSkeletons("حسين")).containsExactly(n.latinSkeleton("husayn"));
    assertThat(arabicSkeletons("عبد الرحمن")).containsExactly(n.latinSkeleton(canonical("Abd al-Rahman")));
    assertThat(arabicSkeletons("عبدالله")).containsExactly(n.latinSkeleton(canonical("Abdullah")));
  }

  @Test
  void frenchSpellingsShareTheSkeleton() {
    assertThat(n.latinSkeleton("bachar")).isEqualTo(n.latinSkeleton("bashar"));
    assertThat(n.latinSkeleton("djamal")).isEqualTo(n.latinSkeleton("jamal"));
  }

  @Test
  void finalHIsDroppedButNotFromADigraph() {
    assertThat(n.latinSkeleton("fatimah")).isEqualTo(n.latinSkeleton("fatima"));
    assertThat(n.latinSkeleton("shaykh")).isEqualTo("shkh");
  }

  @Test
  void profileHoldsCanonicalNamesAndSkeletonsOfEveryPart() {
    NameProfile p = n.profile(new PersonNames("Mohamed", "Ahmed", "al-Hassan", "مُحمد أحمد الحسن", List.of("Abu Ali")));
    assertThat(p.given()).isEqualTo("muhammad");
    assertThat(p.family()).isEqualTo("hasan");
    assertThat(p.aliases()).containsExactly("abu ali");
    assertThat(p.latinSkeletons()).containsExactly("mhmd", "hmd", "hsn");
    assertThat(p.arabicSkeletons()).containsExactly("mhmd", "hmd", "hsn");
  }

  private List<String> arabicSkeletons(String arabic) {
    return n.arabicTokens(ArabicScript.normalize(arabic)).stream().map(n::arabicSkeleton).toList();
  }
}
