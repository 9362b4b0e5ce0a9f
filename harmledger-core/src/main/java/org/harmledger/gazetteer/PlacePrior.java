package org.harmledger.gazetteer;

import java.util.Comparator;

/**
 * PlacePrior orders the places a name may mean, most likely first, for news about conflicts: the
 * capital, then governorate/province seats, then the governorate/province itself, then district
 * and lesser seats, other populated places, and last the districts (a district shares its name with
 * its seat, which is what a bare name usually means); within a rank the larger population
 * first, then the lower geonameid, so the order is stable. A bare "Raqqa" thus means the city,
 * while "Raqqa governorate" is for the caller to ask {@link Gazetteer#admin1} about.
 */
final class PlacePrior {
  static final Comparator<Place> ORDER = Comparator.comparingInt(PlacePrior::rank)
      .thenComparing(Comparator.comparingLong(Place::population).reversed())
      .thenComparingLong(Place::geonamesId);

  private PlacePrior() {}

  static int rank(Place place) {
    switch (place.featureCode()) {
      case "PPLC": return 0;
      case "PPLA": return 1;
      case "ADM1": return 2;
      case "PPLA2": return 3;
      case "PPLA3": return 4;
      case "PPLA4": return 5;
      case "PPL": return 6;
      case "ADM2": return 8;
      default: return place.isPopulatedPlace() ? 7 : 9;
    }
  }
}
