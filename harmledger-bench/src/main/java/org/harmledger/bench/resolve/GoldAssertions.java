package org.harmledger.bench.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * GoldAssertions are the hand-coded assertions of {@code gold/resolution-assertions.jsonl}: what
 * a perfect extractor would read from each gold report, in the shape of the extract JSON
 * contract. With them resolution is scored on its own, extraction errors aside. Each report's
 * id is the SHA-256 of its gold id and text: a verbatim republication has the same text but is
 * another document, as its file would be in the evidence store.
 */
public final class GoldAssertions {
  private GoldAssertions() {}

  /** The assertions, and the gold report id of each, keyed by assertion id. */
  public record Loaded(List<SourcedAssertion> assertions, Map<String, String> goldReportOf) {
    public Loaded {
      assertions = List.copyOf(assertions);
      goldReportOf = Map.copyOf(goldReportOf);
    }
  }

  public static Loaded read(Path file, ResolutionGoldSet gold) throws IOException {
    Map<String, GoldReport> reports = new HashMap<>();
    gold.reports().forEach(r -> reports.put(r.id(), r));
    ObjectMapper json = new ObjectMapper();
    List<SourcedAssertion> assertions = new ArrayList<>();
    Map<String, String> goldReportOf = new HashMap<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = json.readTree(line);
      GoldReport r = reports.get(n.path("report").asText());
      if (r == null) {
        throw new IOException(file + ":" + lineNo + ": report " + n.path("report").asText() + " is not in the gold set");
      }
      SourcedAssertion a = SourcedAssertion.of(idOf(r), n.path("index").asInt(), metadata(r),
          r.republicationOf() == null ? null : idOf(reports.get(r.republicationOf())), assertion(n));
      assertions.add(a);
      goldReportOf.put(a.assertionId(), r.id());
    }
    return new Loaded(assertions, goldReportOf);
  }

  static Sha256 idOf(GoldReport r) {
    return Sha256.of((r.id() + "\n" + r.text()).getBytes(StandardCharsets.UTF_8));
  }

  private static ReportMetadata metadata(GoldReport r) {
    return new ReportMetadata(r.title(), r.publisher(), null, r.published(), PublishedFrom.METADATA, "en",
        ReportKind.fromCode(r.kind()));
  }

  private static Assertion assertion(JsonNode n) {
    JsonNode d = n.path("date");
    LocalDate day = LocalDate.parse(d.path("start").asText());
    DateRef date = new DateRef(day, LocalDate.parse(d.path("end").asText()),
        DatePrecision.valueOf(d.path("precision").asText().toUpperCase(Locale.ROOT)),
        DateResolution.valueOf(d.path("resolved_from").asText().toUpperCase(Locale.ROOT)), null, null);
    JsonNode p = n.path("place");
    PlaceRef place = new PlaceRef(p.path("name").asText(), null, p.path("lat").asDouble(), p.path("lon").asDouble(),
        p.path("admin1").asText(), p.path("admin2").asText(), p.path("country").asText(), p.path("precision").asInt(),
        p.path("name").asText(), null);
    return new Assertion(true, n.path("event_type").asText(), date, place, actor(n.get("perpetrator")),
        actor(n.get("claimant")), casualties(n.path("killed")), casualties(n.path("injured")), null, false, List.of());
  }

  private static ActorRef actor(JsonNode id) {
    return id == null || id.isNull() ? null : new ActorRef(id.asText(), id.asText(), null, null);
  }

  private static Casualties casualties(JsonNode counts) {
    Map<CasualtyCategory, Count> map = new HashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = counts.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode max = e.getValue().get("max");
      map.put(CasualtyCategory.valueOf(e.getKey().toUpperCase(Locale.ROOT)),
          new Count(e.getValue().path("min").asLong(), max == null || max.isNull() ? null : max.asLong(), false));
    }
    return new Casualties(map);
  }
}
