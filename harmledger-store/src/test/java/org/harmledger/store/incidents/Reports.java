package org.harmledger.store.incidents;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.harmledger.extract.Extractor;
import org.harmledger.model.ActorRef;
import org.harmledger.model.Assertion;
import org.harmledger.model.Casualties;
import org.harmledger.model.CasualtyCategory;
import org.harmledger.model.Count;
import org.harmledger.model.DatePrecision;
import org.harmledger.model.DateRef;
import org.harmledger.model.DateResolution;
import org.harmledger.model.Extraction;
import org.harmledger.model.PlaceRef;
import org.harmledger.model.PublishedFrom;
import org.harmledger.store.Ledger;
import org.harmledger.store.LedgerFixture;
import org.harmledger.store.ingest.IngestListener;
import org.harmledger.store.intake.IntakeDocument;

/**
 * Reports are one-line test reports whose words are their assertion, read by a tiny extractor:
 * {@code "publisher=Levant Wire Service;published=2019-01-19;place=baghouz;date=2019-01-18;killed=16;by=us_led_coalition"}.
 */
public final class Reports {
  static final Map<String, PlaceRef> PLACES = Map.of(
      "baghouz", new PlaceRef("al-Baghouz Foqani", 1L, 34.45, 40.93, "Deir ez-Zor", "Abu Kamal", "SY", 1, "Baghouz", null),
      "maarat", new PlaceRef("Maarat al-Numan", 2L, 35.64, 36.67, "Idlib", "Maarrat al-Nu'man", "SY", 1, "Maarat", null),
      "mosul", new PlaceRef("Mosul", 3L, 36.34, 43.13, "Ninawa", "Mosul", "IQ", 1, "Mosul", null));

  /** Reads the fields of a test report into one assertion, with publisher and publication date as metadata. */
  public static final Extractor EXTRACTOR = (text, metadata) -> {
    Map<String, String> f = new HashMap<>();
    for (String pair : text.strip().split(";")) {
      String[] kv = pair.split("=", 2);
      f.put(kv[0], kv[1]);
    }
    LocalDate day = LocalDate.parse(f.get("date"));
    Casualties killed = f.containsKey("killed")
        ? Casualties.none().with(CasualtyCategory.TOTAL, Count.exactly(Long.parseLong(f.get("killed"))))
        : Casualties.none();
    ActorRef by = f.containsKey("by") ? new ActorRef(f.get("by"), f.get("by"), f.get("by"), null) : null;
    Assertion a = new Assertion(true, f.getOrDefault("type", "airstrike"),
        new DateRef(day, day, DatePrecision.DAY, DateResolution.EXPLICIT, f.get("date"), null), PLACES.get(f.get("place")),
        by, null, killed, null, null, false, List.of());
    return new Extraction(metadata.withPublisher(f.get("publisher"))
        .withPublished(LocalDate.parse(f.get("published")), PublishedFrom.METADATA), List.of(a), "test-rules");
  };

  private Reports() {}

  public static String report(String publisher, String published, String place, String date, Integer killed, String by) {
    return "publisher=" + publisher + ";published=" + published + ";place=" + place + ";date=" + date
        + (killed == null ? "" : ";killed=" + killed) + (by == null ? "" : ";by=" + by);
  }

  public static void ingest(Ledger ledger, String... texts) {
    Stream<IntakeDocument> docs = Stream.of(texts).map(t -> LedgerFixture.document("r" + t.hashCode() + ".txt", t));
    ledger.ingestService(EXTRACTOR, LedgerFixture.ACTOR).ingest(docs, IngestListener.NONE);
  }
}
