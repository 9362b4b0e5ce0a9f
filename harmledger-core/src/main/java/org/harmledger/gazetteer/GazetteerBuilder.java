package org.harmledger.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A GazetteerBuilder gathers gazetteer data from files or streams and builds an immutable
 * {@link Gazetteer}. It reads GeoNames dump lines (keeping feature class P, populated places, and
 * A with codes ADM1 to ADM4), admin code files ({@code admin1CodesASCII.txt}, {@code
 * admin2Codes.txt}), extra spellings ({@code geonameid<TAB>name<TAB>name...}) and stop words (one
 * a line). At {@link #build()} each place gets its admin1 and admin2 names from its codes. The
 * first name registered for an admin code wins, so {@link #common()} registers Harm Ledger's common
 * English governorate and province names before anything else; names from ADM1/ADM2 rows are used
 * for codes no file names. A place loaded twice (same geonameid) keeps its last record.
 *
 * <p>Not thread-safe; use one builder per build.
 */
public final class GazetteerBuilder {
  private static final String RESOURCES = "/org/harmledger/gazetteer/";
  private static final Set<String> ADMIN_CODES = Set.of("ADM1", "ADM2", "ADM3", "ADM4");

  private final Map<Long, Place> places = new LinkedHashMap<>();
  private final Map<String, String> adminNames = new HashMap<>();
  private final Map<Long, List<String>> extraNames = new HashMap<>();
  private final Map<Long, String> extraNamesOrigin = new HashMap<>();
  private final Set<String> stopKeys = new HashSet<>();

  /** An empty builder: no places, no stop words, no admin names. */
  public GazetteerBuilder() {}

  /** A builder holding the common English admin1 names and the stop words shipped with Harm Ledger, but no places. */
  public static GazetteerBuilder common() {
    GazetteerBuilder builder = new GazetteerBuilder();
    builder.addStopWords("stopwords.txt", resource("stopwords.txt"));
    builder.addAdminCodes("admin1-names.txt", resource("admin1-names.txt"));
    return builder;
  }

  /** A builder holding everything the default gazetteer ships (Syria and Iraq), to extend with a user's own files. */
  public static GazetteerBuilder defaults() {
    GazetteerBuilder builder = new GazetteerBuilder();
    String manifest = "default-gazetteer.txt";
    TsvLines.read(manifest, resource(manifest), (c, line) -> {
      if (c.length != 2) {
        throw new GazetteerFormatException(manifest, line, "expected kind and resource but found " + c.length + " columns");
      }
      String name = c[1];
      switch (c[0]) {
        case "stop-words": builder.addStopWords(name, resource(name)); break;
        case "admin-codes": builder.addAdminCodes(name, resource(name)); break;
        case "geonames": builder.addGeoNames(name, resource(name)); break;
        case "alternate-names": builder.addAlternateNames(name, resource(name)); break;
        default: throw new GazetteerFormatException(manifest, line, "unknown kind '" + c[0] + "'");
      }
    });
    return builder;
  }

  /** Adds the places of a GeoNames dump-format stream; {@code source} names it in error messages. Closes the stream. */
  public GazetteerBuilder addGeoNames(String source, InputStream in) {
    TsvLines.read(source, in, (c, line) -> addPlace(GeoNamesFormat.place(c, source, line)));
    return this;
  }

  /** Adds admin1 or admin2 names from an {@code admin1CodesASCII.txt} or {@code admin2Codes.txt} stream. Closes the stream. */
  public GazetteerBuilder addAdminCodes(String source, InputStream in) {
    TsvLines.read(source, in, (c, line) -> adminNames.putIfAbsent(GeoNamesFormat.adminCode(c, source, line), c[1].strip()));
    return this;
  }

  /** Adds more spellings of places by geonameid: each line is an id, then names, tab-separated. Closes the stream. */
  public GazetteerBuilder addAlternateNames(String source, InputStream in) {
    TsvLines.read(source, in, (c, line) -> {
      long id;
      try {
        id = Long.parseLong(c[0].strip());
      } catch (NumberFormatException e) {
        throw new GazetteerFormatException(source, line, "the geonameid '" + c[0] + "' is not a whole number", e);
      }
      if (c.length < 2) {
        throw new GazetteerFormatException(source, line, "expected a geonameid and at least one name");
      }
      List<String> names = extraNames.computeIfAbsent(id, k -> new ArrayList<>());
      for (int i = 1; i < c.length; i++) {
        if (!c[i].isBlank()) {
          names.add(c[i].strip());
        }
      }
      extraNamesOrigin.putIfAbsent(id, source + ":" + line);
    });
    return this;
  }

  /** Adds stop words, one a line: names that never make a place mention on their own. Closes the stream. */
  public GazetteerBuilder addStopWords(String source, InputStream in) {
    TsvLines.read(source, in, (c, line) -> {
      if (c.length != 1) {
        throw new GazetteerFormatException(source, line, "expected one word a line but found " + c.length + " columns");
      }
      stopKeys.add(PlaceNames.key(c[0]));
    });
    return this;
  }

  /**
   * Adds a file by its shape: a GeoNames dump file (19 columns) or an admin codes file (4 columns),
   * judged by its first data line.
   */
  public GazetteerBuilder addFile(Path file) {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    int[] columns = {-1};
    try (InputStream in = Files.newInputStream(file)) {
      TsvLines.read(source, in, (c, line) -> {
        if (columns[0] < 0) {
          columns[0] = c.length;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
    try (InputStream in = Files.newInputStream(file)) {
      if (columns[0] == GeoNamesFormat.ADMIN_CODE_COLUMNS) {
        addAdminCodes(source, in);
      } else if (columns[0] == GeoNamesFormat.PLACE_COLUMNS || columns[0] < 0) {
        addGeoNames(source, in);
      } else {
        throw new GazetteerFormatException(source, 1, "expected a GeoNames dump file (19 tab-separated columns) or an"
            + " admin codes file (4 columns) but the first line has " + columns[0]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
    return this;
  }

  /** Adds one place as it is. */
  public GazetteerBuilder addPlace(Place place) {
    Objects.requireNonNull(place, "place");
    if ("P".equals(place.featureClass())
        || ("A".equals(place.featureClass()) && ADMIN_CODES.contains(place.featureCode()))) {
      places.put(place.geonamesId(), place);
    }
    return this;
  }

  /** The gazetteer of everything added, with admin names filled in. */
  public Gazetteer build() {
    for (Map.Entry<Long, String> origin : extraNamesOrigin.entrySet()) {
      if (!places.containsKey(origin.getKey())) {
        String at = origin.getValue();
        int colon = at.lastIndexOf(':');
        throw new GazetteerFormatException(at.substring(0, colon), Integer.parseInt(at.substring(colon + 1)),
            "no place with geonameid " + origin.getKey() + " was loaded");
      }
    }
    Map<String, String> names = new HashMap<>(adminNames);
    for (Place p : places.values()) {
      if (p.isAdmin1() && p.admin1Code() != null) {
        names.putIfAbsent(p.country() + "." + p.admin1Code(), p.name());
      } else if (p.isAdmin2() && p.admin1Code() != null && p.admin2Code() != null) {
        names.putIfAbsent(p.country() + "." + p.admin1Code() + "." + p.admin2Code(), p.name());
      }
    }
    List<Place> built = new ArrayList<>(places.size());
    for (Place p : places.values()) {
      List<String> alternates = p.alternateNames();
      List<String> extra = extraNames.get(p.geonamesId());
      if (extra != null) {
        alternates = new ArrayList<>(alternates);
        alternates.addAll(extra);
      }
      String admin1 = p.admin1() != null || p.admin1Code() == null
          ? p.admin1() : names.get(p.country() + "." + p.admin1Code());
      String admin2 = p.admin2() != null || p.admin1Code() == null || p.admin2Code() == null
          ? p.admin2() : names.get(p.country() + "." + p.admin1Code() + "." + p.admin2Code());
      built.add(new Place(p.geonamesId(), p.name(), alternates, p.featureClass(), p.featureCode(), p.country(),
          p.admin1Code(), p.admin2Code(), admin1, admin2, p.lat(), p.lon(), p.population()));
    }
    return new Gazetteer(built, stopKeys);
  }

  Set<String> stopKeys() {
    return Set.copyOf(stopKeys);
  }

  static InputStream resource(String name) {
    InputStream in = GazetteerBuilder.class.getResourceAsStream(RESOURCES + name);
    if (in == null) {
      throw new IllegalStateException("the bundled gazetteer resource " + RESOURCES + name + " is missing");
    }
    return in;
  }
}
