package org.harmledger.bench.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.harmledger.extract.Extractor;
import org.harmledger.gazetteer.Gazetteer;
import org.harmledger.gazetteer.Place;
import org.harmledger.gazetteer.PlaceNames;
import org.harmledger.model.Assertion;
import org.harmledger.model.CasualtyCategory;
import org.harmledger.model.Casualties;
import org.harmledger.model.Count;
import org.harmledger.model.DateRef;

/**
 * ExtractionScorer runs an Extractor over gold cases and scores it field by field. Expected
 * assertions are aligned with extracted ones by event type, in text order; an expected assertion
 * left without a partner counts as missed on every field it fills, an extracted one without a
 * partner as a false positive on every field it fills. Places are compared exactly through the
 * gazetteer (any entry the expected name may mean) and by governorate; a null expected claimant
 * accepts the publisher.
 */
public final class ExtractionScorer {
  private static final String[] OUTCOMES = {"killed", "injured", "missing"};

  private final Extractor extractor;
  private final Gazetteer gazetteer;

  public ExtractionScorer(Extractor extractor, Gazetteer gazetteer) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
  }

  /** The scored fields, in report order. */
  public static List<String> fields() {
    List<String> fields = new ArrayList<>(List.of("event_type", "date", "place.admin1", "place.exact", "perpetrator", "claimant"));
    for (String outcome : OUTCOMES) {
      for (CasualtyCategory c : CasualtyCategory.values()) {
        fields.add(outcome + "." + c.code());
      }
    }
    fields.add("toll_may_rise");
    fields.add("primary");
    return fields;
  }

  public QualityReport score(List<GoldCase> cases) {
    Map<String, FieldScore> totals = new LinkedHashMap<>();
    fields().forEach(f -> totals.put(f, new FieldScore(f, 0, 0, 0, 0, 0)));
    List<String> failures = new ArrayList<>();
    for (GoldCase gold : cases) {
      List<Assertion> extracted = new ArrayList<>(extractor.extract(gold.text(), gold.metadata()).assertions());
      for (JsonNode expected : gold.expected()) {
        Assertion partner = null;
        for (Assertion a : extracted) {
          if (a.eventType().equals(expected.path("event_type").asText())) {
            partner = a;
            break;
          }
        }
        extracted.remove(partner);
        compare(gold, expected, partner, totals, failures);
      }
      for (Assertion extra : extracted) {
        compare(gold, null, extra, totals, failures);
      }
    }
    return new QualityReport(List.copyOf(totals.values()), failures);
  }

  private void compare(GoldCase gold, JsonNode e, Assertion x, Map<String, FieldScore> totals, List<String> failures) {
    for (String field : fields()) {
      String ev = e == null ? null : expected(field, e);
      String xv = x == null ? null : extracted(field, x, e, gold);
      boolean same = Objects.equals(ev, xv);
      int tp = same && ev != null ? 1 : 0;
      int fp = xv != null && !same ? 1 : 0;
      int fn = ev != null && !same ? 1 : 0;
      totals.merge(field, new FieldScore(field, tp, fp, fn, same && e != null ? 1 : 0, e == null ? 0 : 1), FieldScore::plus);
      if (!same) {
        failures.add(gold.id() + " " + field + ": expected " + ev + " but was " + xv);
      }
    }
  }

  private static String expected(String field, JsonNode e) {
    switch (field) {
      case "event_type":
        return text(e.get("event_type"));
      case "date":
        JsonNode d = e.get("date");
        return d == null || d.isNull() ? null : text(d.get("start")) + "/" + text(d.get("end")) + "/" + text(d.get("precision"));
      case "place.admin1":
        return key(text(e.path("place").get("admin1")));
      case "place.exact":
        return key(text(e.path("place").get("name")));
      case "perpetrator":
      case "claimant":
        return text(e.get(field));
      case "toll_may_rise":
      case "primary":
        return e.path(field).asBoolean(false) ? "true" : null;
      default:
        String[] parts = field.split("\\.");
        JsonNode c = e.path(parts[0]).get(parts[1]);
        return c == null || c.isNull() ? null : c.path("min").asLong() + ".." + (c.path("max").isNull() || c.path("max").isMissingNode() ? "" : c.path("max").asLong());
    }
  }

  private String extracted(String field, Assertion x, JsonNode e, GoldCase gold) {
    switch (field) {
      case "event_type":
        return x.eventType();
      case "date":
        DateRef d = x.date();
        return d == null ? null : d.start() + "/" + d.end() + "/" + d.precision().code();
      case "place.admin1":
        return x.place() == null ? null : key(x.place().admin1());
      case "place.exact":
        return x.place() == null ? null : samePlace(x, e) ? expected(field, e) : key(x.place().name());
      case "perpetrator":
        return x.perpetrator() == null ? null : x.perpetrator().actorId();
      case "claimant":
        boolean publisher = x.claimant() != null && x.claimant().span() == null && x.claimant().actorId() == null;
        boolean acceptsPublisher = e == null || e.get("claimant") == null || e.get("claimant").isNull();
        return x.claimant() == null || (publisher && acceptsPublisher) ? null : x.claimant().actorId();
      case "toll_may_rise":
        return x.tollMayRise() ? "true" : null;
      case "primary":
        return x.primary() ? "true" : null;
      default:
        String[] parts = field.split("\\.");
        Casualties c = "killed".equals(parts[0]) ? x.killed() : "injured".equals(parts[0]) ? x.injured() : x.missing();
        Count n = c.get(CasualtyCategory.valueOf(parts[1].toUpperCase(java.util.Locale.ROOT)));
        return n == null ? null : n.min() + ".." + (n.max() == null ? "" : n.max());
    }
  }

  /** The extracted place is one of the entries the expected name may mean. */
  private boolean samePlace(Assertion x, JsonNode e) {
    String name = e == null ? null : text(e.path("place").get("name"));
    if (name == null || x.place().geonamesId() == null) {
      return false;
    }
    for (Place p : gazetteer.lookup(name)) {
      if (p.geonamesId() == x.place().geonamesId()) {
        return true;
      }
    }
    return false;
  }

  private static String key(String name) {
    return name == null ? null : PlaceNames.key(name);
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() || n.isMissingNode() ? null : n.asText();
  }
}
