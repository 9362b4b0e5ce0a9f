package org.harmledger.store.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SummaryTextTest {
  @Test
  void markdownAndHtml_sayTheSame_htmlEscaped() {
    SummaryText s = new SummaryText("Case <1>").paragraph("a & b").heading("Incident").item("one").item("two")
        .paragraph("end");

    assertThat(new String(s.markdown(), StandardCharsets.UTF_8))
        .isEqualTo("# Case <1>\n\na & b\n\n## Incident\n\n- one\n- two\n\nend\n\n");
    assertThat(new String(s.html(), StandardCharsets.UTF_8))
        .contains("<h1>Case &lt;1&gt;</h1>", "<p>a &amp; b</p>", "<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<p>end</p>")
        .endsWith("</body></html>\n");
  }
}
