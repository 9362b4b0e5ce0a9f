package org.harmledger.store.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.harmledger.model.ReportKind;
import org.junit.jupiter.api.Test;

class TextHeaderTest {

  @Test
  void keyLinesEndedByThreeDashesAreTheHeader() throws BadInput {
    TextHeader header = TextHeader.split("title: Letters\nPUBLISHER : SANA\nUrl: https://x.org/a?b=c:d\n"
        + "Published: 2019-01-20\nLanguage: en\nKind: official statement\n---  \n\n\nBody.\n");

    assertThat(header.fields()).isEqualTo(new MetadataFields("Letters", "SANA", "https://x.org/a?b=c:d",
        LocalDate.of(2019, 1, 20), "en", ReportKind.OFFICIAL_STATEMENT));
    assertThat(header.body()).isEqualTo("Body.\n");
  }

  @Test
  void withoutHeaderTheBodyIsTheWholeText() throws BadInput {
    assertThat(TextHeader.split("Plain report.\n---\nMore.")).isEqualTo(new TextHeader(MetadataFields.none(), "Plain report.\n---\nMore."));
    assertThat(TextHeader.split("Note: not a header key\n---\nx").body()).startsWith("Note:");
    assertThat(TextHeader.split("Title: unfinished\nprose follows\n---\n").body()).startsWith("Title:");
    assertThat(TextHeader.split("Title: no end").body()).isEqualTo("Title: no end");
  }

  @Test
  void anUnknownKeyInAFinishedHeaderIsAnError() {
    assertThatThrownBy(() -> TextHeader.split("Title: x\nAuthor: y\n---\nBody"))
        .isInstanceOf(BadInput.class)
        .hasMessage("header line 2: unknown key 'Author' (expected Title, Publisher, URL, Published, Language, Kind)");
  }

  @Test
  void aRepeatedKeyIsAnError() {
    assertThatThrownBy(() -> TextHeader.split("Title: x\ntitle: y\n---\nBody"))
        .hasMessage("header line 2: 'title' given twice");
  }

  @Test
  void aBadDateNamesItsLine() {
    assertThatThrownBy(() -> TextHeader.split("Kind: news\nPublished: 2019-13-01\n---\nBody"))
        .hasMessageStartingWith("header line 2: bad date '2019-13-01' in Published");
  }
}
