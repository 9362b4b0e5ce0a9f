package org.harmledger.redress;

import java.util.Locale;

/**
 * A Territory is where a mandate applies: a country (ISO 3166-1 alpha-2) and optionally one
 * first-order admin area. Admin areas compare by their letters only, ignoring case, spaces,
 * hyphens and accents' absence, because sources spell them variously (Deir ez-Zor, Deir Ezzor).
 */
public record Territory(String country, String admin1) {
  public Territory {
    Checks.nonBlank(country, "a territory country");
    country = country.strip().toUpperCase(Locale.ROOT);
    admin1 = admin1 == null || admin1.isBlank() ? null : admin1.strip();
  }

  public boolean contains(String placeCountry, String placeAdmin1) {
    if (placeCountry == null || !country.equalsIgnoreCase(placeCountry.strip())) {
      return false;
    }
    return admin1 == null || (placeAdmin1 != null && key(admin1).equals(key(placeAdmin1)));
  }

  public String describe() {
    return admin1 == null ? country : country + "/" + admin1;
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
  }
}
