package org.harmledger.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.harmledger.model.Span;
import org.harmledger.model.WordRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActorDictionaryTest {
  private static final ActorDictionary D = ActorDictionary.loadDefault();

  private static List<String> ids(String text) {
    return D.findMentions(text).stream().map(m -> m.actor().id()).toList();
  }

  private static ByteArrayInputStream json(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theDefaultDictionaryHasEveryAgreedId() {
    assertThat(D.actors()).extracting(Actor::id).contains(
        "us_led_coalition", "usa", "russia", "syrian_government", "syria_mofa", "iraq_government",
        "iraq_joint_operations", "iraq_health_ministry", "pmf", "isil", "hts", "sdf", "turkey", "sna", "israel",
        "sohr", "snhr", "white_helmets", "un", "airwars", "local_sources", "activists", "medical_sources",
        "witnesses", "civilians");
    assertThat(D.byId("civilians").orElseThrow().type()).isEqualTo(ActorType.CIVILIANS);
    assertThat(D.byId("syria_mofa").orElseThrow().partOf()).isEqualTo("syrian_government");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Operation Inherent Resolve said | us_led_coalition",
      "a CJTF-OIR statement | us_led_coalition",
      "Russian warplanes struck | russia",
      "the Syrian army advanced | syrian_government",
      "SAA units | syrian_government",
      "the Foreign and Expatriates Ministry said | syria_mofa",
      "Iraqi security forces | iraq_government",
      "the Joint Operations Command said | iraq_joint_operations",
      "the Iraqi Health Ministry said | iraq_health_ministry",
      "Hashd al-Shaabi fighters | pmf",
      "Deash terrorists | isil",
      "Daish | isil",
      "Da'esh | isil",
      "ISIL's fighters | isil",
      "Nusra Front | hts",
      "Jabhat al-Nusra | hts",
      "Hay'at Tahrir al-Sham | hts",
      "Syrian Democratic Forces | sdf",
      "Turkish drones | turkey",
      "Turkish-backed factions | sna",
      "Israeli warplanes | israel",
      "the Observatory said | sohr",
      "SNHR documented | snhr",
      "the White Helmets said | white_helmets",
      "UN Secretary-General | un",
      "OCHA | un",
      "Airwars | airwars",
      "local sources said | local_sources",
      "local activists said | activists",
      "a hospital director said | medical_sources",
      "eyewitnesses said | witnesses",
      "civilians were killed | civilians",
      "داعش | isil",
      "الحشد الشعبي | pmf",
      "المرصد السوري لحقوق الإنسان | sohr",
  })
  void aliasesAndMisspellingsResolve(String text, String id) {
    assertThat(ids(text)).containsExactly(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Tell us what it is.", "as for us, this is it", "a un-named source", "Saa"})
  void acronymsMatchOnlyInCapitals(String text) {
    assertThat(D.findMentions(text)).isEmpty();
  }

  @Test
  void partiesNamedByTheirWeaponsOrSoldiersMatch() {
    assertThat(ids("Israeli strikes near Masyaf")).containsExactly("israel");
    assertThat(ids("Iraqi soldiers at a screening site")).containsExactly("iraq_government");
    assertThat(ids("Syrian soldiers at a checkpoint")).containsExactly("syrian_government");
  }

  @Test
  void acronymsInCapitalsMatch() {
    assertThat(ids("The US and the UN said IS and the SAA")).containsExactly("usa", "un", "isil", "syrian_government");
    assertThat(ids("U.S. forces")).containsExactly("usa");
  }

  @Test
  void otherWordsMatchInAnyCase() {
    assertThat(ids("THE REGIME and The Regime and the regime")).containsExactly(
        "syrian_government", "syrian_government", "syrian_government");
  }

  @Test
  void theLongestAliasWins() {
    List<ActorMention> mentions = D.findMentions("airstrikes by the US-led coalition and US forces");
    assertThat(mentions).extracting(m -> m.actor().id()).containsExactly("us_led_coalition", "usa");
    assertThat(mentions.get(0).text()).isEqualTo("US-led coalition");
    assertThat(mentions.get(0).span()).isEqualTo(new Span(18, 34));
  }

  @Test
  void anAliasWithAPossessiveMatchesThroughIt() {
    List<ActorMention> mentions = D.findMentions("Iraq's Foreign Ministry said and Syria’s state news agency reported");
    assertThat(mentions).extracting(m -> m.actor().id()).containsExactly("iraq_government", "sana");
    assertThat(mentions.get(0).text()).isEqualTo("Iraq's Foreign Ministry");
  }

  @Test
  void anAliasRunsThroughQuotationMarksAndTakesTheClosingOne() {
    String text = "carried out by the US-led “international coalition” in al-Baghouz";
    List<ActorMention> mentions = D.findMentions(text);
    assertThat(mentions).hasSize(1);
    assertThat(mentions.get(0).text()).isEqualTo("US-led “international coalition”");
    assertThat(mentions.get(0).actor().id()).isEqualTo("us_led_coalition");
  }

  @Test
  void wordRunsAReportAlreadyHasFindTheSameMentionsAsTheText() {
    String text = "the U.S. said the US-led “international coalition” and ISIL's fighters, IT IS US";
    List<ActorMention> fromRuns = D.findMentions(WordRuns.of(text));
    assertThat(fromRuns).extracting(m -> m.actor().id()).contains("usa", "us_led_coalition");
    assertThat(fromRuns).isEqualTo(D.findMentions(text));
  }

  @Test
  void anAliasDoesNotRunAcrossPunctuation() {
    assertThat(ids("the Syrian. Army")).isEmpty();
  }

  @Test
  void lineageFollowsPartOf() {
    assertThat(D.lineage("syria_mofa")).extracting(Actor::id).containsExactly("syria_mofa", "syrian_government");
    assertThat(D.lineage("nobody")).isEmpty();
  }

  @Test
  void loadsAUsersDictionaryFromAStream() {
    ActorDictionary d = ActorDictionary.load(json("""
        {"source": "test", "licence": "CC0", "actors": [
          {"id": "rsf", "name": "Rapid Support Forces", "type": "non_state_armed_group", "acled_category": 2,
           "country": "SD", "part_of": null, "aliases": ["RSF", "Janjaweed"]}]}
        """));
    assertThat(d.findMentions("RSF and Janjaweed fighters")).extracting(m -> m.actor().id()).containsExactly("rsf", "rsf");
  }

  @Test
  void loadsAUsersDictionaryFromAFile(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("actors-x.json"), """
        {"source": "test", "licence": "CC0", "actors": [
          {"id": "x", "name": "X Front", "type": "non_state_armed_group", "acled_category": 9,
           "country": null, "part_of": null, "aliases": []}]}
        """);
    assertThatThrownBy(() -> ActorDictionary.load(file))
        .isInstanceOf(ActorDictionaryFormatException.class)
        .hasMessage(file + ": actor 'x': acled_category must be 0..8 but was 9");
  }

  @Test
  void malformedJsonFailsNamingTheDictionary() {
    assertThatThrownBy(() -> ActorDictionary.load(json("{\"source\": \"t\", \"actors\": [")))
        .isInstanceOf(ActorDictionaryFormatException.class)
        .hasMessageStartingWith("dictionary 1: not valid JSON:")
        .hasCauseInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
  }

  @Test
  void aPartOfNamingNoActorIsRefused() {
    assertThatThrownBy(() -> ActorDictionary.load(json("""
        {"source": "t", "licence": "CC0", "actors": [
          {"id": "a", "name": "A", "type": "government", "acled_category": 0, "country": null,
           "part_of": "b", "aliases": []}]}
        """))).hasMessage("actor 'a' is part_of 'b', which no dictionary defines");
  }

  @Test
  void oneAliasForTwoActorsIsRefused() {
    Actor a = new Actor("a", "Alpha Front", ActorType.NON_STATE_ARMED_GROUP, 2, null, null, List.of("the front"));
    Actor b = new Actor("b", "Beta Front", ActorType.NON_STATE_ARMED_GROUP, 2, null, null, List.of("The Front"));
    assertThatThrownBy(() -> new ActorDictionary(List.of(a, b)))
        .hasMessage("the alias 'The Front' names both 'the front' of actor 'a' and actor 'b'");
  }

  @Test
  void twoActorsWithOneIdAreRefused() {
    Actor a = new Actor("a", "Alpha", ActorType.GOVERNMENT, 0, null, null, List.of());
    assertThatThrownBy(() -> new ActorDictionary(List.of(a, a))).hasMessage("two actors have the id 'a'");
  }
}
