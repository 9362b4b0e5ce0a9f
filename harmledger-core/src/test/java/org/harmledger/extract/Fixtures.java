package org.harmledger.extract;

import java.util.List;
import org.harmledger.actors.Actor;
import org.harmledger.actors.ActorDictionary;
import org.harmledger.actors.ActorType;
import org.harmledger.gazetteer.Gazetteer;
import org.harmledger.gazetteer.Place;

/** Small hand-made gazetteer, actor dictionary and shared rule set and pipeline for the extraction tests. */
final class Fixtures {
  static final RuleSet RULES = RuleSet.loadDefault();
  static final Gazetteer GAZETTEER = new Gazetteer(List.of(
      new Place(163843, "Syria", List.of("Syrian Arab Republic"), "A", "PCLI", "SY", null, null, null, null, 35.0, 38.0, 22_000_000),
      new Place(170792, "Deir ez-Zor Governorate", List.of("Deir ez-Zor", "Deir Ezzor", "Deir al-Zour"), "A", "ADM1", "SY",
          "07", null, "Deir ez-Zor", null, 35.0, 40.5, 1_200_000),
      new Place(170794, "Deir ez-Zor", List.of("Deir Ezzor", "Deir al-Zour"), "P", "PPLA", "SY", "07", null, "Deir ez-Zor",
          "Deir ez-Zor", 35.33, 40.14, 240_000),
      new Place(-1, "Al-Baghuz Fawqani", List.of("Baghouz Foqani", "al-Baghouz Foqani", "Baghuz"), "P", "PPL", "SY", "07",
          "0703", "Deir ez-Zor", "Abu Kamal", 34.45, 40.93, 10_000),
      new Place(-2, "Abu Kamal District", List.of("Abu Kamal", "Albu Kamal", "Bukamal"), "A", "ADM2", "SY", "07", "0703",
          "Deir ez-Zor", "Abu Kamal", 34.45, 40.92, 100_000),
      new Place(169389, "Idlib Governorate", List.of("Idlib", "Idleb"), "A", "ADM1", "SY", "10", null, "Idlib", null, 35.8,
          36.6, 1_500_000),
      new Place(169388, "Idlib", List.of("Idleb"), "P", "PPLA", "SY", "10", "1000", "Idlib", "Idlib", 35.93, 36.63, 165_000),
      new Place(-3, "Khan Shaykhun", List.of("Khan Sheikhoun", "Khan Shaykhoun"), "P", "PPL", "SY", "10", "1003", "Idlib",
          "Maarrat al-Nu'man", 35.44, 36.65, 35_000),
      new Place(-4, "Douma", List.of("Duma"), "P", "PPL", "SY", "08", "0800", "Rif Dimashq", "Douma", 33.57, 36.40, 110_000)));
  static final ActorDictionary ACTORS = new ActorDictionary(List.of(
      new Actor("us_led_coalition", "US-led coalition", ActorType.COALITION, 8, null, null,
          List.of("international coalition", "US-led international coalition", "coalition")),
      new Actor("syrian_government_forces", "Syrian government forces", ActorType.STATE_FORCES, 1, "SY", null,
          List.of("Syrian army", "regime forces", "regime", "government forces", "Syrian forces")),
      new Actor("russian_forces", "Russian armed forces", ActorType.FOREIGN_STATE_FORCES, 8, "RU", null,
          List.of("Russian", "Russia")),
      new Actor("isis", "Islamic State", ActorType.NON_STATE_ARMED_GROUP, 2, null, null,
          List.of("ISIL", "ISIS", "Daesh", "Deash", "Islamic State")),
      new Actor("sohr", "Syrian Observatory for Human Rights", ActorType.MONITORING_GROUP, 0, "SY", null,
          List.of("Observatory", "SOHR")),
      new Actor("syrian_government", "Government of Syria", ActorType.GOVERNMENT, 0, "SY", null, List.of()),
      new Actor("syria_mofa", "Syrian Ministry of Foreign Affairs", ActorType.GOVERNMENT, 0, "SY", "syrian_government",
          List.of("Foreign and Expatriates Ministry", "Foreign Ministry")),
      new Actor("sana", "Syrian Arab News Agency", ActorType.MEDIA, 0, "SY", null, List.of("SANA")),
      new Actor("witnesses", "witnesses", ActorType.UNNAMED_SOURCE, 0, null, null, List.of("residents", "witnesses"))));
  static final ExtractionPipeline PIPELINE = ExtractionPipeline.create(RULES, GAZETTEER, ACTORS);

  private Fixtures() {}

  /** Everything the finder stages read from a text, as the pipeline gathers it. */
  static Mentions mentions(AnalyzedText t) {
    return new Mentions(new EventTriggerFinder(RULES).find(t), new DateFinder(RULES).find(t),
        new PlaceFinder(RULES, GAZETTEER).find(t), new CasualtyFinder(RULES).find(t),
        new ActorRoleFinder(RULES, ACTORS).find(t), new TollRiseFinder(RULES).find(t), java.util.Optional.empty());
  }

  /** The analyzed form of a text as the pipeline would build it. */
  static AnalyzedText analyzed(String text, java.time.LocalDate published) {
    return new AnalyzedText(text, OpenNlpSentenceSplitter.fromClasspath(RULES.sentenceModel()).split(text), published);
  }
}
