package org.harmledger.resolve;

import java.util.Locale;

/**
 * PlaceRule compares two places at the coarser of their precisions. Same gazetteer id: same
 * place. Both precise (where_prec 1-2) with coordinates: compatible within {@value #EXACT_RADIUS_KM}
 * km when both are exact places, within {@value #NEAR_RADIUS_KM} km when either is "near" (where_prec
 * 2), so neighbouring villages stay apart. Both precise without coordinates: same name. Otherwise
 * the same second-order admin area (where_prec 3), or the same first-order area (where_prec 4, or
 * when a second-order name is missing). Vaguer places (where_prec 5-7) never match. Thread-safe.
 */
public final class PlaceRule {
  static final double EXACT_RADIUS_KM = 3.0;
  static final double NEAR_RADIUS_KM = 25.0;
  private static final double EARTH_RADIUS_KM = 6371.0;

  /** The place score in (0, 1], or -1 when the places are not compatible. */
  public double score(MatchProfile a, MatchProfile b) {
    if (a.place() == null || b.place() == null || a.place().precision() >= 5 || b.place().precision() >= 5) {
      return -1;
    }
    Long id = a.place().geonamesId();
    if (id != null && id.equals(b.place().geonamesId())) {
      return 1.0;
    }
    if (!a.country().equals(b.country()) && !"?".equals(a.country()) && !"?".equals(b.country())) {
      return -1;
    }
    int coarser = Math.max(a.place().precision(), b.place().precision());
    if (coarser <= 2) {
      if (a.place().lat() != null && b.place().lat() != null) {
        double km = distanceKm(a.place().lat(), a.place().lon(), b.place().lat(), b.place().lon());
        double radius = coarser == 1 ? EXACT_RADIUS_KM : NEAR_RADIUS_KM;
        return km <= radius ? 1.0 - 0.5 * km / radius : -1;
      }
      return !a.nameKey().isEmpty() && a.nameKey().equals(b.nameKey()) ? 0.8 : -1;
    }
    if (coarser == 3 && !a.admin2().isEmpty() && !b.admin2().isEmpty()) {
      return a.admin2().equals(b.admin2()) ? 0.6 : -1;
    }
    if (!a.admin1().isEmpty() && !b.admin1().isEmpty()) {
      return a.admin1().equals(b.admin1()) ? 0.4 : -1;
    }
    return -1;
  }

  /** The same decision as {@link #score}, with the rule in words. */
  public FieldAgreement compare(MatchProfile a, MatchProfile b) {
    double s = score(a, b);
    return new FieldAgreement("place", s >= 0, Math.max(0, s), describe(a, b, s));
  }

  private static String describe(MatchProfile a, MatchProfile b, double s) {
    if (a.place() == null || b.place() == null || a.place().precision() >= 5 || b.place().precision() >= 5) {
      return "a place vaguer than a first-order admin area (where_prec >= 5) is not matched";
    }
    if (a.place().geonamesId() != null && a.place().geonamesId().equals(b.place().geonamesId())) {
      return "same gazetteer place " + a.place().geonamesId();
    }
    int coarser = Math.max(a.place().precision(), b.place().precision());
    if (s < 0 && !a.country().equals(b.country()) && !"?".equals(a.country()) && !"?".equals(b.country())) {
      return "different countries " + a.country() + " and " + b.country();
    }
    if (coarser <= 2 && a.place().lat() != null && b.place().lat() != null) {
      double km = distanceKm(a.place().lat(), a.place().lon(), b.place().lat(), b.place().lon());
      double radius = coarser == 1 ? EXACT_RADIUS_KM : NEAR_RADIUS_KM;
      return String.format(Locale.ROOT, "%.1f km apart, %s %.0f km", km, s >= 0 ? "within" : "beyond", radius);
    }
    if (coarser <= 2) {
      return s >= 0 ? "same place name '" + a.place().name() + "' (no coordinates)"
          : "precise places without coordinates and with different names";
    }
    if (coarser == 3 && !a.admin2().isEmpty() && !b.admin2().isEmpty()) {
      return (s >= 0 ? "same admin2 '" : "different admin2 '") + a.place().admin2() + "' / '" + b.place().admin2() + "'";
    }
    if (!a.admin1().isEmpty() && !b.admin1().isEmpty()) {
      return (s >= 0 ? "same admin1 '" : "different admin1 '") + a.place().admin1() + "' / '" + b.place().admin1() + "'";
    }
    return "no admin area named on both sides to compare at where_prec " + coarser;
  }

  /** Great-circle distance by the haversine formula. */
  public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
  }
}
