package org.harmledger.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorDictionaryReaderTest {

  private static List<Actor> read(String json) {
    return ActorDictionaryReader.read("d.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static String withActor(String actor) {
    return "{\"source\": \"s\", \"licence\": \"CC0\", \"actors\": [" + actor + "]}";
  }

  @Test
  void readsEveryField() {
    List<Actor> actors = read(withActor("""
        {"id": "syria_mofa", "name": "Syrian MoFA", "type": "government", "acled_category": 0, "country": "SY",
         "part_of": "syrian_government", "aliases": ["Foreign Ministry", "وزارة الخارجية"]}"""));
    assertThat(actors).containsExactly(new Actor("syria_mofa", "Syrian MoFA", ActorType.GOVERNMENT, 0, "SY",
        "syrian_government", List.of("Foreign Ministry", "وزارة الخارجية")));
  }

  @Test
  void aMissingSourceOrLicenceIsRefused() {
    assertThatThrownBy(() -> read("{\"licence\": \"CC0\", \"actors\": []}"))
        .hasMessage("d.json: 'source' must be non-empty text");
    assertThatThrownBy(() -> read("{\"source\": \"s\", \"actors\": []}"))
        .hasMessage("d.json: 'licence' must be non-empty text");
  }

  @Test
  void anUnknownTypeNamesTheActorAndTheChoices() {
    assertThatThrownBy(() -> read(withActor("""
        {"id": "x", "name": "X", "type": "army", "acled_category": 1, "country": null, "part_of": null, "aliases": []}""")))
        .isInstanceOf(ActorDictionaryFormatException.class)
        .hasMessageStartingWith("d.json: actor 'x': unknown type 'army'; expected one of [state_forces,");
  }

  @Test
  void aMisspeltFieldIsRefused() {
    assertThatThrownBy(() -> read(withActor("""
        {"id": "x", "name": "X", "type": "media", "acled_category": 0, "country": null, "part_of": null, "alias": []}""")))
        .hasMessageStartingWith("d.json: actor 'x': unknown field 'alias'");
  }

  @Test
  void aBadIdNamesItsPosition() {
    assertThatThrownBy(() -> read(withActor("""
        {"id": "Bad Id", "name": "X", "type": "media", "acled_category": 0, "country": null, "part_of": null, "aliases": []}""")))
        .hasMessage("d.json: actor 1: the id 'Bad Id' must be lower case letters, digits and _");
  }

  @Test
  void aBadCountryOrAliasIsRefused() {
    assertThatThrownBy(() -> read(withActor("""
        {"id": "x", "name": "X", "type": "media", "acled_category": 0, "country": "Syria", "part_of": null, "aliases": []}""")))
        .hasMessage("d.json: actor 'x': country must be two capital letters or null but was 'Syria'");
    assertThatThrownBy(() -> read(withActor("""
        {"id": "x", "name": "X", "type": "media", "acled_category": 0, "country": null, "part_of": null, "aliases": [3]}""")))
        .hasMessage("d.json: actor 'x': every alias must be non-empty text but found 3");
  }
}
