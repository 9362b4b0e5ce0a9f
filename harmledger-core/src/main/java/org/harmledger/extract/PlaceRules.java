package org.harmledger.extract;

import java.util.List;

/**
 * PlaceRules are the cues that set a place's precision: "near X" and "X and its surroundings"
 * (UCDP where_prec 2), "X countryside"/"X province" (the governorate, 4), "X district" (3), and the
 * nouns that introduce a place the gazetteer may not know ("the village of X").
 */
public record PlaceRules(
    List<String> nearCues,
    List<String> surroundingsCues,
    List<String> admin1Cues,
    List<String> admin2Cues,
    List<String> unknownPlaceNouns) {

  public PlaceRules {
    nearCues = List.copyOf(nearCues);
    surroundingsCues = List.copyOf(surroundingsCues);
    admin1Cues = List.copyOf(admin1Cues);
    admin2Cues = List.copyOf(admin2Cues);
    unknownPlaceNouns = List.copyOf(unknownPlaceNouns);
  }
}
