package org.harmledger.store.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
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
 * UcdpFormat is the UCDP Georeferenced Event Dataset (GED) layout. On reading, date_prec 1..5
 * becomes day, span, week, month, year over date_start..date_end; where_prec is ours already;
 * adm_1 and adm_2 lose the suffixes UCDP adds ("governorate"); side_a is the perpetrator; best is
 * the killed total and deaths_civilians the civilians killed (each only above zero). low and high
 * stay in the evidence: an assertion holds one count, and the midpoint of low..high would move
 * the best estimate. UCDP codes no event type, so rows take the wildcard type of the vocabulary.
 * date_end is the publication date.
 */
public final class UcdpFormat implements ReferenceFormat {
  private static final List<String> COLUMNS = List.of("id", "year", "type_of_violence", "side_a", "side_b",
      "source_article", "where_prec", "where_coordinates", "adm_1", "adm_2", "latitude", "longitude", "country",
      "date_prec", "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best",
      "high", "low");
  private static final List<String> REQUIRED = List.of("id", "side_a", "where_prec", "adm_1", "latitude",
      "longitude", "country", "date_prec", "date_start", "date_end", "best");
  private static final DatePrecision[] PRECISIONS = {DatePrecision.DAY, DatePrecision.SPAN, DatePrecision.WEEK,
      DatePrecision.MONTH, DatePrecision.YEAR};

  private final ReferenceVocabulary vocabulary;

  public UcdpFormat(ReferenceVocabulary vocabulary) {
    this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
  }

  @Override
  public String code() {
    return "ucdp";
  }

  @Override
  public String publisher() {
    return "UCDP";
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
    String id = Cells.required(row, "id");
    LocalDate start = Cells.date(row, "date_start");
    LocalDate end = Cells.date(row, "date_end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("date_end " + end + " is before date_start " + start);
    }
    long datePrec = Cells.whole(row, "date_prec");
    if (datePrec < 1 || datePrec > PRECISIONS.length) {
      throw new IllegalArgumentException("date_prec '" + datePrec + "' is not 1..5");
    }
    DatePrecision precision = start.equals(end) ? DatePrecision.DAY : PRECISIONS[(int) datePrec - 1];
    DateRef date = new DateRef(start, end, precision, DateResolution.EXPLICIT, start + ".." + end, null);
    long where = Cells.whole(row, "where_prec");
    if (where < 1 || where > 7) {
      throw new IllegalArgumentException("where_prec '" + where + "' is not 1..7");
    }
    String countryName = Cells.required(row, "country");
    String country = vocabulary.countryCode(countryName).orElseThrow(() ->
        new IllegalArgumentException("country '" + countryName + "' is not in reference-datasets.json"));
    String admin1 = vocabulary.adminName(Cells.text(row, "adm_1"));
    String admin2 = vocabulary.adminName(Cells.text(row, "adm_2"));
    String name = firstOf(Cells.text(row, "where_coordinates"), admin2, admin1, countryName);
    PlaceRef place = new PlaceRef(name, null, Cells.decimal(row, "latitude"), Cells.decimal(row, "longitude"), admin1,
        admin2, country, (int) where, name, null);
    String sideA = Cells.text(row, "side_a");
    ActorRef perpetrator = sideA == null ? null
        : new ActorRef(vocabulary.actorIn(sideA).map(Actor::id).orElse(null), sideA, sideA, null);
    Casualties killed = Casualties.none();
    Long best = Cells.whole(row, "best");
    if (best != null && best > 0) {
      killed = killed.with(CasualtyCategory.TOTAL, Count.exactly(best));
    }
    Long civilians = Cells.whole(row, "deaths_civilians");
    if (civilians != null && civilians > 0) {
      killed = killed.with(CasualtyCategory.CIVILIANS, Count.exactly(civilians));
    }
    return new ReferenceRow(id, end, new Assertion(true, vocabulary.ucdpEventType(), date, place, perpetrator, null,
        killed, null, null, false, List.of()));
  }

  private static String firstOf(String... names) {
    for (String n : names) {
      if (n != null) {
        return n;
      }
    }
    return null;
  }

  @Override
  public Map<String, String> write(JsonNode incident) {
    Map<String, String> row = new LinkedHashMap<>();
    COLUMNS.forEach(c -> row.put(c, ""));
    JsonNode date = incident.path("date");
    JsonNode place = incident.path("place");
    String start = Cells.of(date.path("start"));
    row.put("id", incident.path("id").asText());
    row.put("year", start.isEmpty() ? "" : start.substring(0, 4));
    String perpetrator = Cells.of(incident.path("perpetrator").path("actor"));
    Actor actor = vocabulary.actor(perpetrator).orElse(null);
    String civilians = Cells.killed(incident, "civilians", "best");
    row.put("type_of_violence", !civilians.isEmpty() ? "3" : actor != null && isState(actor) ? "1" : "2");
    row.put("side_a", actor == null ? perpetrator : actor.name());
    row.put("source_article", Cells.publishers(incident));
    row.put("where_prec", Cells.of(place.path("precision")));
    row.put("where_coordinates", Cells.of(place.path("name")));
    row.put("adm_1", Cells.of(place.path("admin1")));
    row.put("adm_2", Cells.of(place.path("admin2")));
    row.put("latitude", Cells.of(place.path("lat")));
    row.put("longitude", Cells.of(place.path("lon")));
    row.put("country", vocabulary.countryName(Cells.of(place.path("country"))));
    row.put("date_prec", datePrec(Cells.of(date.path("precision"))));
    row.put("date_start", start);
    row.put("date_end", Cells.of(date.path("end")));
    row.put("deaths_a", "0");
    row.put("deaths_b", "0");
    row.put("deaths_civilians", civilians.isEmpty() ? "0" : civilians);
    String best = Cells.killed(incident, "total", "best");
    String low = Cells.killed(incident, "total", "low");
    String high = Cells.killed(incident, "total", "high");
    row.put("deaths_unknown", "0");
    row.put("best", best.isEmpty() ? "0" : best);
    row.put("low", low.isEmpty() ? "0" : low);
    row.put("high", high.isEmpty() ? row.get("best") : high);
    return row;
  }

  private static boolean isState(Actor actor) {
    return actor.acledCategory() == 1 || actor.acledCategory() == 8;
  }

  private static String datePrec(String precision) {
    switch (precision) {
      case "day":
        return "1";
      case "span":
        return "2";
      case "week":
        return "3";
      case "month":
        return "4";
      default:
        return "5";
    }
  }
}
