package org.harmledger.extract;

import java.util.List;

/**
 * PlaceRules are the cues that set a place's precision: "near X" and "X and its surroundings"
 * (UCDP where_prec 2), "X countryside"/"X province" (the governorate, 4), "X district" (3), and the
 * nouns that introduce a place the gazetteer may not know ("the village of X"), and the words that
 * make a named place part of the town after it ({@code partOfCues}: "the al-Hamdaniya
 * neighbourhood of Aleppo city" is Aleppo), the words that keep a bare governorate name a city
 * ({@code cityCues}: "Idlib city"), and the cues after which a place is not where the event
 * happened: where the attackers came from ({@code originCues}: "taking off from Hmeimim"), the
 * addressee of a demand ({@code addresseeCues}: "called on Baghdad") and the
 * aim of what was hit ({@code purposeCues}: "used to plan attacks on Hama"); {@code areaNouns} name
 * an unknown place only before a known wider one ("the Sidakan area of Erbil province"), and
 * {@code nameNouns} stay part of the unknown name they follow ("the al-Bahra farms"); a place
 * followed by one of the {@code quarterNouns} is part of the town named before it in the sentence, and a
 * town followed by one of the {@code campCues} names a camp near it (where_prec 2: "the Makhmour refugee camp"); a name after one of the
 * {@code regionAdjectives} is the governorate ("in western Hama"). A name a speech verb follows
 * is a government speaking ("Baghdad blamed"), unless one of the {@code placePrepositions} makes it
 * a place ("crews in Mosul said").
 */
public record PlaceRules(
    List<String> nearCues,
    List<String> surroundingsCues,
    List<String> admin1Cues,
    List<String> admin2Cues,
    List<String> unknownPlaceNouns,
    List<String> partOfCues,
    List<String> cityCues,
    List<String> originCues,
    List<String> addresseeCues,
    List<String> purposeCues,
    List<String> areaNouns,
    List<String> nameNouns,
    List<String> quarterNouns,
    List<String> campCues,
    List<String> regionAdjectives,
    List<String> placePrepositions) {

  public PlaceRules {
    nearCues = List.copyOf(nearCues);
    surroundingsCues = List.copyOf(surroundingsCues);
    admin1Cues = List.copyOf(admin1Cues);
    admin2Cues = List.copyOf(admin2Cues);
    unknownPlaceNouns = List.copyOf(unknownPlaceNouns);
    partOfCues = partOfCues == null ? List.of() : List.copyOf(partOfCues);
    cityCues = cityCues == null ? List.of() : List.copyOf(cityCues);
    originCues = originCues == null ? List.of() : List.copyOf(originCues);
    addresseeCues = addresseeCues == null ? List.of() : List.copyOf(addresseeCues);
    purposeCues = purposeCues == null ? List.of() : List.copyOf(purposeCues);
    areaNouns = areaNouns == null ? List.of() : List.copyOf(areaNouns);
    nameNouns = nameNouns == null ? List.of() : List.copyOf(nameNouns);
    quarterNouns = quarterNouns == null ? List.of() : List.copyOf(quarterNouns);
    campCues = campCues == null ? List.of() : List.copyOf(campCues);
    regionAdjectives = regionAdjectives == null ? List.of() : List.copyOf(regionAdjectives);
    placePrepositions = placePrepositions == null ? List.of() : List.copyOf(placePrepositions);
  }
}
