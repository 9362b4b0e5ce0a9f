package org.harmledger.store.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.harmledger.model.PublishedFrom;
import org.harmledger.model.ReportKind;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {
  private static final String PAGE = "<!DOCTYPE html><html lang=\"en-GB\"><head>"
      + "<title>Coalition strike | Example News</title>"
      + "<meta property=\"og:title\" content=\"Coalition strike kills civilians\">"
      + "<meta property=\"og:site_name\" content=\"Example News\">"
      + "<meta property=\"article:published_time\" content=\"2019-01-20T09:30:00+03:00\">"
      + "<link rel=\"canonical\" href=\"https://news.example/strike\">"
      + "<script>var tracking = 1;</script></head><body>"
      + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
      + "<article><h1>Coalition strike kills civilians</h1>"
      + "<p>Warplanes struck  al-Baghouz\n Foqani village on Friday.</p>"
      + "<aside>Read more: unrelated story</aside>"
      + "<p>The ministry sent two letters<br>to the UN.</p></article>"
      + "<footer>Copyright Example News</footer></body></html>";

  private final HtmlReader reader = new HtmlReader();

  @Test
  void articleTextBecomesParagraphsSeparatedByBlankLines() {
    IntakeDocument document = read(PAGE);

    assertThat(document.text()).isEqualTo("Coalition strike kills civilians\n\n"
        + "Warplanes struck al-Baghouz Foqani village on Friday.\n\n"
        + "The ministry sent two letters\nto the UN.");
    assertThat(document.mediaType()).isEqualTo("text/html");
    assertThat(document.original()).isEqualTo(PAGE.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void metadataComesFromTheHead() {
    IntakeDocument document = read(PAGE);

    assertThat(document.metadata().title()).isEqualTo("Coalition strike kills civilians");
    assertThat(document.metadata().publisher()).isEqualTo("Example News");
    assertThat(document.metadata().url()).isEqualTo("https://news.example/strike");
    assertThat(document.metadata().published()).isEqualTo(LocalDate.of(2019, 1, 20));
    assertThat(document.metadata().publishedFrom()).isEqualTo(PublishedFrom.METADATA);
    assertThat(document.metadata().language()).isEqualTo("en");
    assertThat(document.metadata().kind()).isEqualTo(ReportKind.OTHER);
  }

  @Test
  void withoutArticleTheMainElementIsTheText() {
    IntakeDocument document = read("<html><body><header>Site menu</header><main><h2>Statement</h2>"
        + "<p>The ministry condemned the attack.</p></main><p>Sidebar</p></body></html>");

    assertThat(document.text()).isEqualTo("Statement\n\nThe ministry condemned the attack.");
  }

  @Test
  void withoutArticleOrMainTheBodyLosesItsHeaderFooterAndForms() {
    IntakeDocument document = read("<html><head><title>Plain page</title></head><body>"
        + "<header>Logo</header><div>First block.</div><form>Search <input></form>"
        + "<ul><li>One</li><li>Two</li></ul><footer>Contact</footer><style>p{}</style></body></html>");

    assertThat(document.text()).isEqualTo("First block.\n\nOne\n\nTwo");
    assertThat(document.metadata().title()).isEqualTo("Plain page");
  }

  @Test
  void preformattedTextKeepsItsLines() {
    IntakeDocument document = read("<article><pre>Line one\nLine two</pre></article>");

    assertThat(document.text()).isEqualTo("Line one\nLine two");
  }

  @Test
  void timeElementGivesTheDateWhenNoArticleMetaDoes() {
    IntakeDocument document = read("<article><time datetime=\"2019-01-19\">Saturday</time>"
        + "<p>Text.</p></article>");

    assertThat(document.metadata().published()).isEqualTo(LocalDate.of(2019, 1, 19));
  }

  @Test
  void anUnreadableDateInThePageIsTreatedAsNotStated() {
    IntakeDocument document = read("<head><meta name=\"date\" content=\"yesterday\"></head>"
        + "<body><p>Text.</p></body>");

    assertThat(document.metadata().published()).isNull();
    assertThat(document.metadata().publishedFrom()).isEqualTo(PublishedFrom.UNKNOWN);
  }

  @Test
  void charsetComesFromTheMetaTag() {
    String page = "<html><head><meta charset=\"windows-1256\"></head><body><p>قصف طيران التحالف</p></body></html>";
    byte[] bytes = page.getBytes(Charset.forName("windows-1256"));

    IntakeDocument document = (IntakeDocument) reader.read("ar.html", bytes);

    assertThat(document.text()).isEqualTo("قصف طيران التحالف");
    assertThat(document.metadata().language()).isEqualTo("ar");
    assertThat(document.original()).isEqualTo(bytes);
  }

  @Test
  void anUnknownOrIllegalCharsetNameFallsBackToUtf8() {
    assertThat(read("<html><head><meta charset=\"x-no-such\"></head><body><p>Café.</p></body></html>").text())
        .isEqualTo("Café.");
    assertThat(read("<html><head><meta charset=\"@@ bad @@\"></head><body><p>Café.</p></body></html>").text())
        .isEqualTo("Café.");
  }

  @Test
  void pageWithoutTextFails() {
    assertThat(reader.read("blank.html", "<html><body><nav>Menu</nav></body></html>".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(new IntakeFailure("blank.html", "no text in the page"));
  }

  @Test
  void binaryContentFails() {
    byte[] bytes = {'<', 'p', '>', 0, 1, 2};

    assertThat(reader.read("x.html", bytes)).isInstanceOf(IntakeFailure.class);
  }

  @Test
  void emptyFileFails() {
    assertThat(reader.read("e.html", new byte[0])).isEqualTo(new IntakeFailure("e.html", "empty file"));
  }

  @Property
  void anyBytesGiveADocumentOrAFailure(@ForAll byte[] bytes) {
    IntakeItem item = reader.read("random.html", bytes);

    assertThat(item.source()).isEqualTo("random.html");
  }

  private IntakeDocument read(String page) {
    IntakeItem item = reader.read("page.html", page.getBytes(StandardCharsets.UTF_8));
    assertThat(item).isInstanceOf(IntakeDocument.class);
    return (IntakeDocument) item;
  }
}
