package org.harmledger.store.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.harmledger.actors.Actor;
import org.harmledger.model.ActorRef;
import org.harmledger.model.Assertion;
import org.harmledger.model.Casualties;
import org.harmledger.model.CasualtyCategory;
import org.harmledger.model.Count;
import org.harmledger.model.DatePrecision;
import org.harmledger.model.DateRef;
import org.harmledger.model.DateResolution;
import org.harmledger.model.PlaceRef;

/**
 * AcledFormat is the ACLED event export layout. On reading, time_precision 1/2/3 becomes a day,
 * a week around event_date, or its month; geo_precision 1/2/3 becomes where_prec 1, 2 or 4 (a
 * region stands for the province); sub_event_type maps to our event type through the taxonomy;
 * actor1 is the perpetrator; fatalities (when above zero: ACLED writes 0 when none were reported)
 * is the killed total; timestamp, else event_date, is the publication date.
 */
public final class AcledFormat implements ReferenceFormat {
  private static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
      "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
      "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
      "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags",
      "timestamp");
  private static final List<String> REQUIRED = List.of("event_id_cnty", "event_date", "time_precision",
      "sub_event_type", "actor1", "country", "admin1", "location", "latitude", "longitude", "geo_precision",
      "fatalities");

  private final ReferenceVocabulary vocabulary;

  public AcledFormat(ReferenceVocabulary vocabulary) {
    this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
  }

  @Override
  public String code() {
    return "acled";
  }

  @Override
  public String publisher() {
    return "ACLED";
  }

  @Override
  public List<String> required() {
    return REQUIRED;
  }

  @Override
  public List<String> columns() {
    return COLUMNS;
  }

  @Override
  public ReferenceRow read(Map<String, String> row) {
    String id = Cells.required(row, "event_id_cnty");
    LocalDate day = Cells.date(row, "event_date");
    DateRef date = date(day, Cells.required(row, "time_precision"));
    String subEvent = Cells.required(row, "sub_event_type");
    String eventType = vocabulary.eventTypeOf(subEvent).orElseThrow(() ->
        new IllegalArgumentException("sub_event_type '" + subEvent + "' has no Harm Ledger event type"));
    String countryName = Cells.required(row, "country");
    String country = vocabulary.countryCode(countryName).orElseThrow(() ->
        new IllegalArgumentException("country '" + countryName + "' is not in reference-datasets.json"));
    PlaceRef place = new PlaceRef(Cells.required(row, "location"), null, Cells.decimal(row, "latitude"),
        Cells.decimal(row, "longitude"), Cells.text(row, "admin1"), Cells.text(row, "admin2"), country,
        whereOf(Cells.required(row, "geo_precision")), Cells.text(row, "location"), null);
    String actor1 = Cells.text(row, "actor1");
    ActorRef perpetrator = actor1 == null ? null
        : new ActorRef(vocabulary.actorIn(actor1).map(Actor::id).orElse(null), actor1, actor1, null);
    Long fatalities = Cells.whole(row, "fatalities");
    Casualties killed = fatalities == null || fatalities == 0 ? Casualties.none()
        : Casualties.none().with(CasualtyCategory.TOTAL, Count.exactly(fatalities));
    Long timestamp = Cells.whole(row, "timestamp");
    LocalDate published = timestamp == null ? day
        : LocalDate.ofInstant(Instant.ofEpochSecond(timestamp), ZoneOffset.UTC);
    return new ReferenceRow(id, published, new Assertion(true, eventType, date, place, perpetrator, null, killed,
        null, null, false, List.of()));
  }

  private static DateRef date(LocalDate day, String precision) {
    switch (precision) {
      case "1":
        return new DateRef(day, day, DatePrecision.DAY, DateResolution.EXPLICIT, day.toString(), null);
      case "2":
        return new DateRef(day.minusDays(3), day.plusDays(3), DatePrecision.WEEK, DateResolution.EXPLICIT,
            day.toString(), null);
      case "3":
        return new DateRef(day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth()), DatePrecision.MONTH,
            DateResolution.EXPLICIT, day.toString(), null);
      default:
        throw new IllegalArgumentException("time_precision '" + precision + "' is not 1, 2 or 3");
    }
  }

  private static int whereOf(String geoPrecision) {
    switch (geoPrecision) {
      case "1":
        return 1;
      case "2":
        return 2;
      case "3":
        return 4;
      default:
        throw new IllegalArgumentException("geo_precision '" + geoPrecision + "' is not 1, 2 or 3");
    }
  }

  @Override
  public Map<String, String> write(JsonNode incident) {
    Map<String, String> row = new LinkedHashMap<>();
    COLUMNS.forEach(c -> row.put(c, ""));
    String id = incident.path("id").asText();
    JsonNode date = incident.path("date");
    JsonNode place = incident.path("place");
    row.put("event_id_cnty", id);
    row.put("event_date", Cells.of(date.path("start")));
    row.put("year", Cells.of(date.path("start")).isEmpty() ? "" : Cells.of(date.path("start")).substring(0, 4));
    row.put("time_precision", timePrecision(Cells.of(date.path("precision"))));
    String eventType = incident.path("event_type").asText();
    vocabulary.subEventOf(eventType).ifPresent(sub -> {
      row.put("sub_event_type", sub);
      vocabulary.acledEventType(sub).ifPresent(t -> {
        row.put("event_type", t.path("event_type").asText());
        row.put("disorder_type", t.path("disorder_type").asText());
      });
    });
    String perpetrator = Cells.of(incident.path("perpetrator").path("actor"));
    vocabulary.actor(perpetrator).ifPresentOrElse(a -> {
      row.put("actor1", a.name());
      row.put("inter1", Integer.toString(a.acledCategory()));
    }, () -> row.put("actor1", perpetrator));
    row.put("country", vocabulary.countryName(Cells.of(place.path("country"))));
    row.put("admin1", Cells.of(place.path("admin1")));
    row.put("admin2", Cells.of(place.path("admin2")));
    row.put("location", Cells.of(place.path("name")));
    row.put("latitude", Cells.of(place.path("lat")));
    row.put("longitude", Cells.of(place.path("lon")));
    int where = place.path("precision").asInt(7);
    row.put("geo_precision", where <= 1 ? "1" : where == 2 ? "2" : "3");
    row.put("source", Cells.publishers(incident));
    row.put("notes", "Harm Ledger incident " + id + ", grade " + incident.path("grade").path("grade").asText()
        + ", killed low/best/high " + Cells.killed(incident, "total", "low") + "/"
        + Cells.killed(incident, "total", "best") + "/" + Cells.killed(incident, "total", "high"));
    String best = Cells.killed(incident, "total", "best");
    row.put("fatalities", best.isEmpty() ? "0" : best);
    LocalDate published = Cells.latestPublished(incident);
    row.put("timestamp", published == null ? "" : Long.toString(published.atStartOfDay(ZoneOffset.UTC).toEpochSecond()));
    return row;
  }

  private static String timePrecision(String precision) {
    switch (precision) {
      case "day":
        return "1";
      case "span":
      case "week":
        return "2";
      default:
        return "3";
    }
  }
}
