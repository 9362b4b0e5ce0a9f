package org.harmledger.bench.resolve;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.harmledger.model.ActorRef;
import org.harmledger.model.Assertion;
import org.harmledger.model.Casualties;
import org.harmledger.model.CasualtyCategory;
import org.harmledger.model.Count;
import org.harmledger.model.DatePrecision;
import org.harmledger.model.DateRef;
import org.harmledger.model.DateResolution;
import org.harmledger.model.PlaceRef;
import org.harmledger.model.PublishedFrom;
import org.harmledger.model.ReportKind;
import org.harmledger.model.ReportMetadata;
import org.harmledger.model.Sha256;
import org.harmledger.resolve.SourcedAssertion;

/**
 * SyntheticAssertions generates a reproducible load for resolution benchmarks: events spread
 * over five years (2015-2019) and villages in three countries (bounding boxes of Syria, Iraq and
 * Yemen), each reported by one to six reports with the variety real reports show: explicit,
 * relative and month dates; exact, district and province places; agreeing, missing and competing
 * perpetrators; rising tolls; occasional statements. Admin areas are one-degree (province) and
 * quarter-degree (district) grid cells. The same size and seed give the same assertions.
 */
public final class SyntheticAssertions {
  /** A country's bounding box, in degrees. */
  record Box(String country, double latMin, double latMax, double lonMin, double lonMax) {}

  private static final List<Box> BOXES = List.of(
      new Box("SY", 32.3, 37.3, 35.7, 42.4),
      new Box("IQ", 29.1, 37.4, 38.8, 48.6),
      new Box("YE", 12.6, 19.0, 42.5, 53.1));
  private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
  private static final int DAYS = (int) (LocalDate.of(2019, 12, 31).toEpochDay() - FIRST_DAY.toEpochDay()) + 1;
  private static final List<String> PUBLISHERS = List.of("Levant Wire Service", "Orient Observer",
      "Damascus News Agency", "Tehran Press Agency", "Tigris Daily", "Iraqi News Service", "North Syria Press",
      "Euphrates Monitor", "Reuters", "AFP", "AP", "SOHR", "SNHR", "Airwars", "Aden Evening Post");
  private static final List<String> PERPETRATORS = List.of("us_led_coalition", "russia", "syrian_government",
      "iraq_government", "isil", "turkey", "hts", "pmf");
  private static final List<String> EVENTS = List.of("airstrike", "airstrike", "drone_strike", "shelling", "car_bomb");
  private static final List<String> STATEMENTS = List.of("statement.denial", "statement.acknowledgement",
      "statement.condemnation");
  private static final Casualties NONE = Casualties.none();

  private SyntheticAssertions() {}

  /** Exactly {@code n} assertions, one per report. */
  public static List<SourcedAssertion> generate(int n, long seed) {
    Random random = new Random(seed);
    int villagesPerCountry = Math.max(200, n / 40);
    List<List<PlaceRef[]>> villages = new ArrayList<>();
    long placeId = 1;
    for (Box box : BOXES) {
      List<PlaceRef[]> list = new ArrayList<>(villagesPerCountry);
      for (int v = 0; v < villagesPerCountry; v++) {
        list.add(village(box, placeId++, random));
      }
      villages.add(list);
    }
    Map<String, ActorRef> actors = new java.util.HashMap<>();
    PERPETRATORS.forEach(p -> actors.put(p, new ActorRef(p, p, p, null)));
    List<SourcedAssertion> out = new ArrayList<>(n);
    int report = 0;
    while (out.size() < n) {
      int country = random.nextInt(BOXES.size());
      PlaceRef[] village = villages.get(country).get(random.nextInt(villagesPerCountry));
      LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
      String event = EVENTS.get(random.nextInt(EVENTS.size()));
      String perpetrator = PERPETRATORS.get(random.nextInt(PERPETRATORS.size()));
      long toll = 1 + random.nextInt(30);
      int reports = 1 + Math.min(5, geometric(random, 0.45));
      for (int r = 0; r < reports && out.size() < n; r++) {
        out.add(assertion(random, report++, day, village, event, perpetrator, toll, actors));
      }
    }
    return out;
  }

  private static SourcedAssertion assertion(Random random, int report, LocalDate day, PlaceRef[] village,
      String event, String perpetrator, long toll, Map<String, ActorRef> actors) {
    LocalDate published = day.plusDays(random.nextInt(4));
    ReportMetadata meta = new ReportMetadata("synthetic report " + report, PUBLISHERS.get(random.nextInt(PUBLISHERS.size())),
        null, published, PublishedFrom.METADATA, "en", ReportKind.NEWS);
    boolean statement = random.nextDouble() < 0.05;
    double d = random.nextDouble();
    DateRef date = d < 0.6 ? new DateRef(day, day, DatePrecision.DAY, DateResolution.EXPLICIT, null, null)
        : d < 0.9 ? new DateRef(day, day, DatePrecision.DAY, DateResolution.RELATIVE, null, null)
        : new DateRef(day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth()), DatePrecision.MONTH,
            DateResolution.EXPLICIT, null, null);
    double p = random.nextDouble();
    PlaceRef place = p < 0.85 ? village[0] : p < 0.95 ? village[1] : village[2];
    double a = random.nextDouble();
    String named = a < 0.7 ? perpetrator : a < 0.9 ? null : PERPETRATORS.get(random.nextInt(PERPETRATORS.size()));
    Casualties killed = NONE;
    if (!statement && random.nextDouble() < 0.8) {
      long reported = Math.max(0, toll - random.nextInt(3) + (published.isAfter(day) ? random.nextInt(4) : 0));
      killed = new Casualties(Map.of(CasualtyCategory.CIVILIANS, Count.exactly(reported)));
    }
    Assertion assertion = new Assertion(true, statement ? STATEMENTS.get(random.nextInt(STATEMENTS.size())) : event,
        date, place, named == null ? null : actors.get(named), null, killed, NONE, NONE, false, List.of());
    Sha256 id = Sha256.of(("synthetic-" + report).getBytes(StandardCharsets.UTF_8));
    return SourcedAssertion.of(id, 0, meta, null, assertion);
  }

  /** The village itself, its district (quarter-degree cell) and its province (one-degree cell). */
  private static PlaceRef[] village(Box box, long id, Random random) {
    double lat = box.latMin() + random.nextDouble() * (box.latMax() - box.latMin());
    double lon = box.lonMin() + random.nextDouble() * (box.lonMax() - box.lonMin());
    String admin1 = String.format(Locale.ROOT, "%s-P%d-%d", box.country(), (int) Math.floor(lat), (int) Math.floor(lon));
    String admin2 = String.format(Locale.ROOT, "%s-D%d-%d", box.country(), (int) Math.floor(lat * 4),
        (int) Math.floor(lon * 4));
    String name = "village " + id;
    return new PlaceRef[] {
        new PlaceRef(name, id, lat, lon, admin1, admin2, box.country(), 1, name, null),
        new PlaceRef(admin2, null, null, null, admin1, admin2, box.country(), 3, admin2, null),
        new PlaceRef(admin1, null, null, null, admin1, null, box.country(), 4, admin1, null)};
  }

  private static int geometric(Random random, double p) {
    int k = 0;
    while (random.nextDouble() > p && k < 20) {
      k++;
    }
    return k;
  }
}
