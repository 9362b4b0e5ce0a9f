package org.harmledger.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.harmledger.model.Sha256;

/**
 * A LedgerIndex is a {@link ResolvedLedger} kept in memory: every resolved report's assertions,
 * its matchable and unplaced units filed by area and days in a {@link BlockIndex}, and the automatic grouping.
 * Built once from a resolution, it takes each update in time proportional to the update, so new
 * reports resolve against a large ledger without rebuilding its profiles. Not thread-safe.
 */
public final class LedgerIndex implements ResolvedLedger {
  private final BlockIndex blocks = new BlockIndex();
  private final List<Sha256> reportAt = new ArrayList<>();
  private final Map<Sha256, List<SourcedAssertion>> reports = new HashMap<>();
  private final Map<String, String> incidentOf = new HashMap<>();
  private final Map<String, List<Membership>> automatic = new HashMap<>();

  private LedgerIndex() {}

  /** The index of a resolution's assertions and automatic grouping, with units as {@code resolver} forms them. */
  public static LedgerIndex of(Resolution resolution, IncidentResolver resolver) {
    LedgerIndex index = new LedgerIndex();
    Map<Sha256, List<SourcedAssertion>> byReport = new HashMap<>();
    resolution.assertions().forEach(a -> byReport.computeIfAbsent(a.reportId(), k -> new ArrayList<>()).add(a));
    ReportUnits splitter = new ReportUnits(resolver.profiles());
    byReport.forEach((report, list) -> index.addReport(report, list, splitter.of(list)));
    resolution.automatic().forEach(index::putIncident);
    return index;
  }

  /** Takes in an update: the new reports and their units, and the automatic incidents it changed. */
  public void apply(ResolutionUpdate update) {
    Objects.requireNonNull(update, "update");
    Map<Sha256, List<ReportUnit>> units = new HashMap<>();
    update.units().forEach(u -> units.computeIfAbsent(u.reportId(), k -> new ArrayList<>()).add(u));
    Map<Sha256, List<SourcedAssertion>> added = new HashMap<>();
    update.assertions().values().stream().filter(a -> units.containsKey(a.reportId()))
        .forEach(a -> added.computeIfAbsent(a.reportId(), k -> new ArrayList<>()).add(a));
    units.forEach((report, list) -> addReport(report, added.getOrDefault(report, List.of()), list));
    for (String id : update.placed()) {
      String incident = incidentOf.remove(id);
      if (incident != null) {
        automatic.remove(incident);
      }
    }
    update.automatic().forEach(this::putIncident);
  }

  @Override
  public Collection<SourcedAssertion> reportsNear(MatchProfile profile) {
    List<SourcedAssertion> out = new ArrayList<>();
    blocks.candidates(profile, i -> out.addAll(reports.get(reportAt.get(i))));
    return out;
  }

  @Override
  public Collection<SourcedAssertion> reportsAround(MatchProfile unplaced) {
    List<SourcedAssertion> out = new ArrayList<>();
    blocks.placedAround(unplaced, i -> out.addAll(reports.get(reportAt.get(i))));
    return out;
  }

  @Override
  public Collection<SourcedAssertion> unplacedReportsNear(MatchProfile placed) {
    List<SourcedAssertion> out = new ArrayList<>();
    blocks.unplacedNear(placed, i -> out.addAll(reports.get(reportAt.get(i))));
    return out;
  }

  @Override
  public Collection<SourcedAssertion> reports(Collection<Sha256> reportIds) {
    List<SourcedAssertion> out = new ArrayList<>();
    reportIds.forEach(r -> out.addAll(reports.getOrDefault(r, List.of())));
    return out;
  }

  @Override
  public Optional<String> automaticIncidentOf(String assertionId) {
    return Optional.ofNullable(incidentOf.get(assertionId));
  }

  @Override
  public List<Membership> automaticMembers(String incidentId) {
    return automatic.getOrDefault(incidentId, List.of());
  }

  private void addReport(Sha256 report, List<SourcedAssertion> assertions, List<ReportUnit> units) {
    if (reports.putIfAbsent(report, List.copyOf(assertions)) != null) {
      throw new IllegalArgumentException("report " + report.hex() + " is already resolved");
    }
    int item = reportAt.size();
    reportAt.add(report);
    units.forEach(u -> {
      blocks.add(item, u.profile());
      blocks.addUnplaced(item, u.profile());
    });
  }

  private void putIncident(String id, List<Membership> members) {
    automatic.put(id, members);
    members.forEach(m -> incidentOf.put(m.assertionId(), id));
  }
}
