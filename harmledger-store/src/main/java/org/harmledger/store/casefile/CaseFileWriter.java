package org.harmledger.store.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.harmledger.model.Report;
import org.harmledger.model.Sha256;
import org.harmledger.redress.NamedVictimCount;
import org.harmledger.redress.PersonNames;
import org.harmledger.redress.Victim;
import org.harmledger.resolve.Figure;
import org.harmledger.resolve.Incident;
import org.harmledger.resolve.Resolution;
import org.harmledger.resolve.SourcedAssertion;
import org.harmledger.resolve.json.IncidentJson;
import org.harmledger.store.custody.CustodyAction;
import org.harmledger.store.custody.CustodyEntry;
import org.harmledger.store.custody.CustodyLog;
import org.harmledger.store.db.ReportRepository;
import org.harmledger.store.evidence.EvidenceStore;
import org.harmledger.store.incidents.IncidentStore;
import org.harmledger.store.redress.VictimRegister;
import org.jdbi.v3.core.Jdbi;

/**
 * A CaseFileWriter exports a case file: a self-verifying bundle (folder or ZIP) holding every
 * original report of the selected incidents (as currently resolved, curation decisions applied) byte for byte ({@code evidence/<sha>}), the custody
 * extract, the incidents with grades and explanations, the victims (public view unless personal
 * data is asked for), a readable summary, and {@code manifest.json} with the SHA-256 of every other
 * file. The export is itself a custody entry ({@code exported}, subject {@code casefile}).
 */
public final class CaseFileWriter {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Jdbi jdbi;
  private final EvidenceStore evidence;
  private final CustodyLog custody;
  private final IncidentStore incidents;
  private final IncidentJson incidentJson;
  private final VictimRegister victims;

  public CaseFileWriter(Jdbi jdbi, EvidenceStore evidence, CustodyLog custody, IncidentStore incidents,
      IncidentJson incidentJson, VictimRegister victims) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.evidence = Objects.requireNonNull(evidence, "evidence");
    this.custody = Objects.requireNonNull(custody, "custody");
    this.incidents = Objects.requireNonNull(incidents, "incidents");
    this.incidentJson = Objects.requireNonNull(incidentJson, "incidentJson");
    this.victims = Objects.requireNonNull(victims, "victims");
  }

  /**
   * Writes the case file of {@code selection} to {@code target} (a ZIP archive when its name ends
   * with {@code .zip}, else a folder) and records the export in the custody log.
   *
   * @throws IllegalArgumentException naming the selection when it selects no incident
   * @throws IOException when the target exists or cannot be written
   */
  public CaseFileResult write(CaseSelection selection, boolean personalData, String actor, Path target)
      throws IOException {
    custody.requireAnchored(jdbi);
    Resolution resolution = incidents.current();
    List<Incident> selected = selection.select(resolution);
    Map<Sha256, Report> reports = reports(selected);
    List<Victim> harmed = new ArrayList<>();
    for (Incident incident : selected) {
      harmed.addAll(victims.ofIncident(incident.id()));
    }
    List<String> subjects = new ArrayList<>();
    reports.keySet().forEach(id -> subjects.add(id.hex()));
    harmed.forEach(v -> subjects.add(VictimRegister.subject(v.id())));

    Map<String, byte[]> files = new TreeMap<>();
    files.put(CustodyExtract.ENTRIES, CustodyExtract.entries(entriesAbout(subjects)));
    files.put(CustodyExtract.CHAIN, CustodyExtract.chain(chain()));
    files.put("incidents.json", incidentsJson(selected, resolution, harmed));
    files.put("victims.json", victimsJson(harmed, personalData));
    SummaryText summary = summary(selection, selected, reports, harmed, personalData, actor);
    files.put("summary.md", summary.markdown());
    files.put("summary.html", summary.html());
    files.put("summary.pdf", summary.pdf());

    List<BundleFile> listed = new ArrayList<>();
    byte[] manifest;
    try (BundleSink sink = BundleSink.open(target)) {
      // Originals go one at a time, so a large case file never holds them all in memory.
      for (Sha256 id : reports.keySet()) {
        String path = "evidence/" + id.hex();
        byte[] original = evidence.read(id);
        sink.put(path, original);
        listed.add(BundleFile.of(path, original));
      }
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        sink.put(file.getKey(), file.getValue());
        listed.add(BundleFile.of(file.getKey(), file.getValue()));
      }
      listed.sort(java.util.Comparator.comparing(BundleFile::path));
      manifest = new Manifest(selection.describe(), custody.now(), actor, personalData, listed).toBytes();
      sink.put(Manifest.FILE, manifest);
    }
    Sha256 manifestSha = Sha256.of(manifest);
    ObjectNode details = JsonNodeFactory.instance.objectNode()
        .put("event", personalData ? "casefile.personal_data_exported" : "casefile.exported")
        .put("selection", selection.describe())
        .put("target", target.getFileName().toString())
        .put("personal_data", personalData)
        .put("manifest_sha256", manifestSha.hex())
        .put("incidents", selected.size())
        .put("reports", reports.size())
        .put("victims", harmed.size());
    CustodyEntry entry = jdbi.inTransaction(h -> custody.append(h, actor, CustodyAction.EXPORTED, "casefile", details));
    custody.anchor(jdbi);
    return new CaseFileResult(target, manifestSha, listed.size() + 1, selected.size(), reports.size(), harmed.size(),
        entry.seq());
  }

  /** The reports behind the incidents' assertions (an assertion id is {@code reportHex:index}), in id order. */
  private Map<Sha256, Report> reports(List<Incident> selected) {
    return jdbi.withHandle(h -> {
      ReportRepository repository = new ReportRepository(h);
      Map<Sha256, Report> reports = new TreeMap<>((a, b) -> a.hex().compareTo(b.hex()));
      for (Incident incident : selected) {
        for (String assertionId : incident.assertionIds()) {
          Sha256 id = new Sha256(assertionId.substring(0, assertionId.indexOf(':')));
          reports.computeIfAbsent(id, k -> repository.find(k).orElseThrow());
        }
      }
      return reports;
    });
  }

  private List<CustodyEntry> entriesAbout(List<String> subjects) {
    return jdbi.withHandle(h -> {
      Map<Long, CustodyEntry> bySeq = new TreeMap<>();
      for (String subject : subjects) {
        custody.entriesFor(h, subject).forEach(e -> bySeq.put(e.seq(), e));
      }
      return new ArrayList<>(bySeq.values());
    });
  }

  private List<CustodyEntry> chain() {
    List<CustodyEntry> chain = new ArrayList<>();
    jdbi.useHandle(h -> custody.forEach(h, chain::add));
    return chain;
  }

  /** The incidents in the ledger's full JSON form (sources, members with explanations, history), plus named victims. */
  private byte[] incidentsJson(List<Incident> selected, Resolution resolution, List<Victim> harmed) {
    Map<String, SourcedAssertion> byId = new java.util.HashMap<>();
    resolution.assertions().forEach(a -> byId.put(a.assertionId(), a));
    ArrayNode list = JsonNodeFactory.instance.arrayNode();
    for (Incident incident : selected) {
      list.add(incidentJson.toJson(incident, byId).put("named_victims",
          NamedVictimCount.of(incident, harmed).describe()));
    }
    return json(list);
  }

  private static byte[] victimsJson(List<Victim> harmed, boolean personalData) {
    ArrayNode list = JsonNodeFactory.instance.arrayNode();
    for (Victim v : harmed) {
      ObjectNode o = list.addObject();
      o.put("id", v.id());
      if (personalData) {
        PersonNames n = v.names();
        ObjectNode names = o.putObject("names");
        names.put("given", n.given()).put("father", n.father()).put("family", n.family()).put("arabic", n.arabic());
        n.aliases().forEach(names.putArray("aliases")::add);
      }
      o.put("sex", v.sex().code());
      o.put("age", v.age().code());
      o.put("status", v.status().code());
      o.put("outcome", v.outcome().code());
      o.put("date", v.date() == null ? null : v.date().toString());
      o.put("incident_id", v.incidentId());
      v.sources().forEach(o.putArray("sources")::add);
    }
    return json(list);
  }

  private static byte[] json(ArrayNode node) {
    try {
      return (MAPPER.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  private SummaryText summary(CaseSelection selection, List<Incident> selected, Map<Sha256, Report> reports,
      List<Victim> harmed, boolean personalData, String actor) {
    SummaryText s = new SummaryText("Case file: " + selection.describe());
    s.paragraph("Made by " + actor + " at " + custody.now() + ". " + selected.size() + " incidents, " + reports.size()
        + " original reports, " + harmed.size() + " victims. Personal data: "
        + (personalData ? "included (handle under the programme's data protection rules)" : "not included") + ".");
    s.paragraph("Every file is listed with its SHA-256 in manifest.json. Check the bundle offline with "
        + "'harmledger verify-bundle PATH'.");
    for (Incident incident : selected) {
      s.heading("Incident " + incident.id());
      s.item("event: " + incident.eventType());
      if (incident.date() != null && incident.date().isResolved()) {
        s.item("date: " + incident.date().start() + (incident.date().end().equals(incident.date().start())
            ? "" : " to " + incident.date().end()) + " (" + incident.date().precision().code() + ")");
      }
      if (incident.place() != null) {
        s.item("place: " + incident.place().name() + ", " + incident.place().admin1() + ", "
            + incident.place().country());
      }
      s.item("perpetrator: " + (incident.attribution().perpetrator() == null ? "not attributed"
          : incident.attribution().perpetrator()) + " (" + incident.attribution().status().code() + ")");
      s.item("grade: " + incident.grade().grade().code() + " (" + incident.grade().ruleId() + ": "
          + incident.grade().reason() + ")");
      for (Figure f : incident.figures()) {
        s.item(f.explanation());
      }
      s.item("victims: " + NamedVictimCount.of(incident, harmed).describe());
      for (String reportId : incident.assertionIds().stream()
          .map(a -> a.substring(0, a.indexOf(':'))).distinct().toList()) {
        Report r = reports.get(new Sha256(reportId));
        s.item("source: " + (r.metadata().title() == null ? "(untitled)" : r.metadata().title())
            + (r.metadata().publisher() == null ? "" : ", " + r.metadata().publisher())
            + (r.metadata().published() == null ? "" : ", " + r.metadata().published())
            + " (evidence/" + r.id().hex() + ")");
      }
    }
    if (!harmed.isEmpty()) {
      s.heading("Victims");
      for (Victim v : harmed) {
        String name = personalData && !v.names().isEmpty() ? " " + display(v.names()) : "";
        s.item(v.id() + name + ": " + v.outcome().code() + ", " + v.status().code() + ", " + v.sex().code()
            + (v.age().isKnown() ? ", age " + v.age().code() : "") + ", incident " + v.incidentId());
      }
    }
    return s;
  }

  private static String display(PersonNames n) {
    String latin = n.latinFull();
    return n.arabic() == null ? latin : latin.isEmpty() ? n.arabic() : latin + " (" + n.arabic() + ")";
  }
}
