package org.harmledger.store.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** IncidentListCsv writes incident summaries as CSV, one row per incident, with a header; empty cells are nulls. */
public final class IncidentListCsv {
  static final List<String> COLUMNS = List.of("id", "event_type", "date_start", "date_end", "date_precision", "place",
      "admin1", "country", "lat", "lon", "perpetrator", "attribution", "grade", "killed_low", "killed_best",
      "killed_high", "injured_low", "injured_best", "injured_high", "sources", "assertions");

  private IncidentListCsv() {}

  public static void write(Iterable<? extends JsonNode> summaries, Writer out) {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    COLUMNS.forEach(schema::addColumn);
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode s : summaries) {
      rows.add(List.of(text(s.path("id")), text(s.path("event_type")), text(s.path("date").path("start")),
          text(s.path("date").path("end")), text(s.path("date").path("precision")), text(s.path("place").path("name")),
          text(s.path("place").path("admin1")), text(s.path("place").path("country")),
          text(s.path("place").path("lat")), text(s.path("place").path("lon")), text(s.path("perpetrator")),
          text(s.path("attribution")), text(s.path("grade")), text(s.path("killed").path("low")),
          text(s.path("killed").path("best")), text(s.path("killed").path("high")), text(s.path("injured").path("low")),
          text(s.path("injured").path("best")), text(s.path("injured").path("high")), text(s.path("sources")),
          text(s.path("assertions"))));
    }
    try {
      new CsvMapper().writer(schema.build()).writeValues(out).writeAll(rows).flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write CSV: " + e.getMessage(), e);
    }
  }

  static String text(JsonNode n) {
    return n == null || n.isMissingNode() || n.isNull() ? "" : n.asText();
  }
}
