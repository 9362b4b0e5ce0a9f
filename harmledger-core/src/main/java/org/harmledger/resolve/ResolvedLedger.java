package org.harmledger.resolve;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.harmledger.model.Sha256;

/**
 * A ResolvedLedger is what earlier resolution runs left, as {@link IncidentResolver#update} reads
 * it to take in new reports without resolving everything again: the units filed by area and days,
 * the automatic grouping (before curation) and the reports. The store implements it over its
 * tables; {@link LedgerIndex} keeps one in memory.
 */
public interface ResolvedLedger {
  /**
   * The assertions of every resolved report with a matchable unit filed where the candidates of
   * {@code profile} are read: its country, its first-order admin area or none (any area when it
   * names none), and a window overlapping its own widened by one day on each side (see
   * {@link BlockIndex}). Whole reports, so their units can be rebuilt; more is harmless.
   */
  Collection<SourcedAssertion> reportsNear(MatchProfile profile);

  /**
   * The assertions of every resolved report with a matchable unit whose window overlaps the
   * unplaced profile's widened by one day, in its country, or in any country when it gives none:
   * the incidents an unplaced account may be about (rule {@code incident.sole-candidate}). Whole
   * reports; more is harmless.
   */
  Collection<SourcedAssertion> reportsAround(MatchProfile unplaced);

  /**
   * The assertions of every resolved report with an unplaced event unit ({@link MatchProfile#unplacedEvent})
   * whose window overlaps the profile's widened by one day, in its country or in none: the
   * accounts that may take the profile's incident as their sole candidate. Whole reports; more is harmless.
   */
  Collection<SourcedAssertion> unplacedReportsNear(MatchProfile placed);

  /** Every assertion of these resolved reports. */
  Collection<SourcedAssertion> reports(Collection<Sha256> reportIds);

  /** The automatic incident (before curation) holding the assertion; empty when it is unattached or unknown. */
  Optional<String> automaticIncidentOf(String assertionId);

  /** The memberships of an automatic incident; empty when there is none. */
  List<Membership> automaticMembers(String incidentId);
}
