package org.harmledger.gazetteer;

import java.util.ArrayList;
import java.util.List;

/**
 * GeoNamesFormat reads the columns of GeoNames' dump format: the 19-column place lines of
 * {@code allCountries.txt}, {@code SY.txt} or {@code cities500.txt} (geonameid, name, asciiname,
 * alternatenames, latitude, longitude, feature class, feature code, country code, cc2, admin1,
 * admin2, admin3, admin4, population, elevation, dem, timezone, modification date), and the
 * 4-column lines of {@code admin1CodesASCII.txt} and {@code admin2Codes.txt} (code, name, ascii
 * name, geonameid). A bad line fails with a {@link GazetteerFormatException} naming it.
 */
final class GeoNamesFormat {
  static final int PLACE_COLUMNS = 19;
  static final int ADMIN_CODE_COLUMNS = 4;

  private GeoNamesFormat() {}

  /** The Place a dump line describes; its admin1 and admin2 names are left null for the builder to fill. */
  static Place place(String[] c, String source, int line) {
    if (c.length != PLACE_COLUMNS) {
      throw new GazetteerFormatException(source, line,
          "expected " + PLACE_COLUMNS + " tab-separated columns but found " + c.length);
    }
    long id = parseLong(c[0], "geonameid", source, line);
    String name = c[1].strip();
    if (name.isEmpty()) {
      throw new GazetteerFormatException(source, line, "the name (column 2) is empty");
    }
    double lat = parseDouble(c[4], "latitude", -90, 90, source, line);
    double lon = parseDouble(c[5], "longitude", -180, 180, source, line);
    String country = c[8].strip();
    if (country.length() != 2) {
      throw new GazetteerFormatException(source, line, "expected a 2-letter country code (column 9) but found '" + c[8] + "'");
    }
    long population = c[14].isBlank() ? 0 : parseLong(c[14], "population", source, line);
    List<String> alternates = new ArrayList<>();
    String ascii = c[2].strip();
    if (!ascii.isEmpty() && !ascii.equals(name)) {
      alternates.add(ascii);
    }
    if (!c[3].isBlank()) {
      for (String alternate : c[3].split(",")) {
        String a = alternate.strip();
        if (!a.isEmpty() && !a.equals(name)) {
          alternates.add(a);
        }
      }
    }
    return new Place(id, name, alternates, c[6].strip(), c[7].strip(), country,
        emptyToNull(c[10]), emptyToNull(c[11]), null, null, lat, lon, population);
  }

  /** Checks an admin code line and returns its code ({@code SY.07} or {@code IQ.15.9166649}). */
  static String adminCode(String[] c, String source, int line) {
    if (c.length != ADMIN_CODE_COLUMNS) {
      throw new GazetteerFormatException(source, line,
          "expected " + ADMIN_CODE_COLUMNS + " tab-separated columns (code, name, ascii name, geonameid) but found " + c.length);
    }
    String code = c[0].strip();
    int dots = (int) code.chars().filter(ch -> ch == '.').count();
    if (dots < 1 || dots > 2 || code.startsWith(".") || code.endsWith(".")) {
      throw new GazetteerFormatException(source, line,
          "expected an admin code like SY.07 or IQ.15.9166649 but found '" + c[0] + "'");
    }
    if (c[1].isBlank()) {
      throw new GazetteerFormatException(source, line, "the name (column 2) is empty");
    }
    return code;
  }

  private static String emptyToNull(String s) {
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }

  private static long parseLong(String s, String what, String source, int line) {
    try {
      return Long.parseLong(s.strip());
    } catch (NumberFormatException e) {
      throw new GazetteerFormatException(source, line, "the " + what + " '" + s + "' is not a whole number", e);
    }
  }

  private static double parseDouble(String s, String what, double min, double max, String source, int line) {
    double value;
    try {
      value = Double.parseDouble(s.strip());
    } catch (NumberFormatException e) {
      throw new GazetteerFormatException(source, line, "the " + what + " '" + s + "' is not a number", e);
    }
    if (!(value >= min && value <= max)) {
      throw new GazetteerFormatException(source, line,
          "the " + what + " " + s + " is outside [" + (int) min + ", " + (int) max + "]");
    }
    return value;
  }
}
