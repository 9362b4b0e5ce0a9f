package org.harmledger.store.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.harmledger.model.ReportKind;
import org.junit.jupiter.api.Test;

class MetadataJsonTest {
  private final MetadataJson json = new MetadataJson(IntakeLimits.defaults());

  @Test
  void readsEveryMetadataKeyAndIgnoresOthers() throws BadInput {
    MetadataFields fields = json.fields(json.object("{\"title\":\"T\",\"publisher\":\"P\",\"url\":\"U\","
        + "\"published\":\"2019-01-20\",\"language\":\"ar\",\"kind\":\"ngo-report\",\"id\":7,\"extra\":[1]}"));

    assertThat(fields).isEqualTo(new MetadataFields("T", "P", "U", LocalDate.of(2019, 1, 20), "ar", ReportKind.NGO_REPORT));
  }

  @Test
  void nullAndMissingKeysAreNotStated() throws BadInput {
    assertThat(json.fields(json.object("{\"title\":null,\"published\":\"\"}"))).isEqualTo(MetadataFields.none());
  }

  @Test
  void malformedJsonNamesWhereAndWhy() {
    assertThatThrownBy(() -> json.object("{\"title\": }"))
        .isInstanceOf(BadInput.class)
        .hasMessageStartingWith("malformed JSON (at column 11: Unexpected character");
    assertThatThrownBy(() -> json.object("{\n\"a\": 1,\n}")).hasMessageStartingWith("malformed JSON (at line 3 column");
    assertThatThrownBy(() -> json.object("")).hasMessage("malformed JSON (no value)");
    assertThatThrownBy(() -> json.object("{\"a\":1,\"a\":2}")).hasMessageContaining("Duplicate field 'a'");
  }

  @Test
  void otherValuesThanObjectsAndStringsAreRefused() {
    assertThatThrownBy(() -> json.object("\"text\"")).hasMessage("expected a JSON object but found string");
    assertThatThrownBy(() -> json.fields(json.object("{\"title\":[\"x\"]}")))
        .hasMessage("'title' must be a string but is array");
  }

  @Test
  void aBadDateNamesTheKey() {
    assertThatThrownBy(() -> json.fields(json.object("{\"published\":\"Friday\"}")))
        .hasMessage("bad date 'Friday' in 'published' (expected an ISO date such as 2019-01-20)");
  }

  @Test
  void stringsMayBeAsLongAsTheLargestDocument() throws BadInput {
    String text = "x".repeat(25_000_000);

    assertThat(MetadataJson.text(json.object("{\"text\":\"" + text + "\"}"), "text")).hasSize(text.length());
  }
}
