package org.harmledger.resolve;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
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

/** Hand-built assertions for resolution tests: places, dates and a small builder. */
final class Fixtures {
  static final PlaceRef BAGHOUZ = village("al-Baghouz Foqani", 101L, 34.45, 40.93, "Deir ez-Zor", "Abu Kamal", "SY");
  static final PlaceRef BAGHOUZ_TAHTANI = village("al-Baghouz Tahtani", 102L, 34.41, 40.98, "Deir ez-Zor", "Abu Kamal", "SY");
  static final PlaceRef SUSAH = village("Susah", 103L, 34.52, 40.87, "Deir ez-Zor", "Abu Kamal", "SY");
  static final PlaceRef HAJIN = village("Hajin", 104L, 34.69, 40.83, "Deir ez-Zor", "Abu Kamal", "SY");
  static final PlaceRef MOSUL = village("Mosul", 201L, 36.34, 43.13, "Ninawa", "Mosul", "IQ");
  static final PlaceRef ABU_KAMAL_DISTRICT = new PlaceRef("Abu Kamal district", null, null, null, "Deir Ezzor",
      "Abu Kamal", "SY", 3, "Abu Kamal countryside", null);
  static final PlaceRef DEIR_EZ_ZOR = new PlaceRef("Deir ez-Zor", null, null, null, "Deir ez-Zor", null, "SY", 4,
      "Deir ez-Zor province", null);
  static final PlaceRef SYRIA = new PlaceRef("Syria", null, null, null, null, null, "SY", 6, "Syria", null);

  private Fixtures() {}

  static PlaceRef village(String name, Long id, double lat, double lon, String admin1, String admin2, String country) {
    return new PlaceRef(name, id, lat, lon, admin1, admin2, country, 1, name, null);
  }

  static DateRef day(String iso) {
    LocalDate d = LocalDate.parse(iso);
    return new DateRef(d, d, DatePrecision.DAY, DateResolution.EXPLICIT, iso, null);
  }

  static DateRef relativeDay(String iso) {
    LocalDate d = LocalDate.parse(iso);
    return new DateRef(d, d, DatePrecision.DAY, DateResolution.RELATIVE, "on Friday", null);
  }

  static DateRef month(String yearMonth) {
    LocalDate d = LocalDate.parse(yearMonth + "-01");
    return new DateRef(d, d.withDayOfMonth(d.lengthOfMonth()), DatePrecision.MONTH, DateResolution.EXPLICIT,
        yearMonth, null);
  }

  static DateRef year(int year) {
    return new DateRef(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR,
        DateResolution.EXPLICIT, Integer.toString(year), null);
  }

  static ActorRef actor(String id) {
    return id == null ? null : new ActorRef(id, id, id, null);
  }

  static Sha256 reportId(String name) {
    return Sha256.of(name.getBytes(StandardCharsets.UTF_8));
  }

  /** Starts an assertion of report {@code report} (index 0) by {@code publisher}, published on {@code published}. */
  static Builder report(String report, String publisher, String published) {
    return new Builder(report, publisher, published);
  }

  /** A fluent builder of one SourcedAssertion; defaults: an explicit-day airstrike in al-Baghouz Foqani. */
  static final class Builder {
    private final String report;
    private final String publisher;
    private final String published;
    private int index;
    private String eventType = "airstrike";
    private DateRef date = day("2019-01-18");
    private PlaceRef place = BAGHOUZ;
    private ActorRef perpetrator;
    private ActorRef claimant;
    private Casualties killed = Casualties.none();
    private Casualties injured = Casualties.none();
    private Sha256 republicationOf;

    Builder(String report, String publisher, String published) {
      this.report = report;
      this.publisher = publisher;
      this.published = published;
    }

    Builder index(int i) {
      index = i;
      return this;
    }

    Builder type(String t) {
      eventType = t;
      return this;
    }

    Builder on(DateRef d) {
      date = d;
      return this;
    }

    Builder at(PlaceRef p) {
      place = p;
      return this;
    }

    Builder by(String actorId) {
      perpetrator = actor(actorId);
      return this;
    }

    Builder claimedBy(String actorId) {
      claimant = actor(actorId);
      return this;
    }

    Builder killed(CasualtyCategory c, long n) {
      killed = killed.with(c, Count.exactly(n));
      return this;
    }

    Builder killed(CasualtyCategory c, Count n) {
      killed = killed.with(c, n);
      return this;
    }

    Builder injured(CasualtyCategory c, long n) {
      injured = injured.with(c, Count.exactly(n));
      return this;
    }

    Builder republishes(String originalReport) {
      republicationOf = reportId(originalReport);
      return this;
    }

    SourcedAssertion build() {
      ReportMetadata meta = new ReportMetadata(report, publisher, null,
          published == null ? null : LocalDate.parse(published),
          published == null ? PublishedFrom.UNKNOWN : PublishedFrom.METADATA, "en", ReportKind.NEWS);
      Assertion a = new Assertion(true, eventType, date, place, perpetrator, claimant, killed, injured, null, false,
          List.of());
      return SourcedAssertion.of(reportId(report), index, meta, republicationOf, a);
    }
  }
}
