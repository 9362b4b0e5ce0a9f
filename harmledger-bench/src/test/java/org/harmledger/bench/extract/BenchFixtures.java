package org.harmledger.bench.extract;

import java.util.List;
import org.harmledger.actors.Actor;
import org.harmledger.actors.ActorDictionary;
import org.harmledger.actors.ActorType;
import org.harmledger.gazetteer.Gazetteer;
import org.harmledger.gazetteer.Place;

/** A small hand-made gazetteer and actor dictionary for scoring the sample gold lines. */
final class BenchFixtures {
  static final Gazetteer GAZETTEER = new Gazetteer(List.of(
      new Place(169389, "Idlib Governorate", List.of("Idlib", "Idleb"), "A", "ADM1", "SY", "10", null, "Idlib", null, 35.8,
          36.6, 1_500_000),
      new Place(169388, "Idlib", List.of("Idleb"), "P", "PPLA", "SY", "10", "1000", "Idlib", "Idlib", 35.93, 36.63, 165_000),
      new Place(-4, "Douma", List.of("Duma"), "P", "PPL", "SY", "08", "0800", "Rif Dimashq", "Douma", 33.57, 36.40, 110_000)));
  static final ActorDictionary ACTORS = new ActorDictionary(List.of(
      new Actor("us_led_coalition", "US-led coalition", ActorType.COALITION, 8, null, null, List.of("coalition")),
      new Actor("syrian_government_forces", "Syrian government forces", ActorType.STATE_FORCES, 1, "SY", null,
          List.of("regime forces", "regime")),
      new Actor("sohr", "Syrian Observatory for Human Rights", ActorType.MONITORING_GROUP, 0, "SY", null,
          List.of("Observatory")),
      new Actor("syrian_government", "Government of Syria", ActorType.GOVERNMENT, 0, "SY", null, List.of()),
      new Actor("syria_mofa", "Syrian Ministry of Foreign Affairs", ActorType.GOVERNMENT, 0, "SY", "syrian_government",
          List.of("Foreign Ministry"))));

  private BenchFixtures() {}
}
