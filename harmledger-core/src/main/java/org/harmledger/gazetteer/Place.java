package org.harmledger.gazetteer;

import java.util.List;
import java.util.Objects;

/**
 * A Place is one gazetteer entry, shaped after a GeoNames record: id, names (including Arabic and
 * transliteration variants in {@code alternateNames}), feature class and code (P = populated place,
 * A/ADM1 = governorate or province, A/ADM2 = district), the admin areas it lies in by code and
 * name, and its coordinates. Curated entries that GeoNames lacks carry a negative id.
 */
public record Place(
    long geonamesId,
    String name,
    List<String> alternateNames,
    String featureClass,
    String featureCode,
    String country,
    String admin1Code,
    String admin2Code,
    String admin1,
    String admin2,
    double lat,
    double lon,
    long population) {

  public Place {
    Objects.requireNonNull(name, "name");
    alternateNames = List.copyOf(alternateNames);
    Objects.requireNonNull(featureClass, "featureClass");
    Objects.requireNonNull(featureCode, "featureCode");
    Objects.requireNonNull(country, "country");
  }

  public boolean isAdmin1() {
    return "ADM1".equals(featureCode);
  }

  public boolean isAdmin2() {
    return "ADM2".equals(featureCode);
  }

  public boolean isPopulatedPlace() {
    return "P".equals(featureClass);
  }
}
