package org.harmledger.store.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlMainTextTest {

  @Test
  void theLargestArticleIsPreferred() {
    assertThat(mainText("<body><article><p>Teaser.</p></article>"
        + "<article><h2>Story</h2><p>The full story text.</p></article></body>"))
        .isEqualTo("Story\n\nThe full story text.");
  }

  @Test
  void mainIsUsedWithoutArticleAndKeepsItsHeader() {
    assertThat(mainText("<body><p>Outside.</p><div role=\"main\"><header><h1>Title</h1></header><p>Inside.</p></div></body>"))
        .isEqualTo("Title\n\nInside.");
  }

  @Test
  void noiseIsLeftOutEverywhere() {
    assertThat(mainText("<article><p>Kept.</p><nav>Nav</nav><aside>Aside</aside><script>x()</script>"
        + "<style>p{}</style><form>Form</form><noscript>Enable JS</noscript></article>"))
        .isEqualTo("Kept.");
  }

  @Test
  void inlineElementsStayInTheirParagraphAndSpacesCollapse() {
    assertThat(mainText("<article><p>The <b>coalition</b>\n struck&nbsp;&nbsp;<a href=\"#\">al-Baghouz</a>.</p></article>"))
        .isEqualTo("The coalition struck al-Baghouz.");
  }

  @Test
  void tableCellsAndListItemsAreParagraphs() {
    assertThat(mainText("<main><table><tr><td>Killed</td><td>20</td></tr></table><ol><li>One</li></ol></main>"))
        .isEqualTo("Killed\n\n20\n\nOne");
  }

  private static String mainText(String html) {
    return HtmlMainText.text(HtmlMainText.root(Jsoup.parse(html)));
  }
}
