package org.harmledger.resolve;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.harmledger.model.Assertion;

/**
 * The Grader grades an incident and reads the accused party's response. Rules, first that applies:
 * <ol>
 *   <li>{@value #CONFIRMED}: the accused acknowledged it (an acknowledgement statement whose
 *       speaker, folded to its root party, is the party it is about and one its sources name,
 *       or any party when none is named);</li>
 *   <li>{@value #CONTESTED_ATTRIBUTION}: sources name different perpetrators;</li>
 *   <li>{@value #CONTESTED_DENIAL}: the accused denied it and fewer than two independent sources
 *       report it (one report against one denial settles nothing);</li>
 *   <li>{@value #FAIR}: two or more independent sources (partisan sources of one bloc count once);</li>
 *   <li>{@value #WEAK}: one source, or only statements.</li>
 * </ol>
 * The speaker of a statement is its claimant, or its publisher's aligned party when no claimant
 * is named (a press office speaks for its party). The response is the accused's latest
 * acknowledgement or denial (an acknowledgement wins a tie); NOT_ASSESSED when there is none.
 * {@code discounted} is never set here: only a person can discount. Thread-safe.
 */
public final class Grader {
  static final String CONFIRMED = "grade.confirmed.acknowledged";
  static final String CONTESTED_ATTRIBUTION = "grade.contested.competing_attribution";
  static final String CONTESTED_DENIAL = "grade.contested.uncorroborated_denial";
  static final String FAIR = "grade.fair.independent_sources";
  static final String WEAK = "grade.weak.single_source";

  /** A grade together with the accused party's response. */
  public record Result(GradeAssessment grade, BelligerentResponse response) {}

  private static final Comparator<LocalDate> BY_DATE = Comparator.nullsFirst(Comparator.naturalOrder());

  private final EventFamilies families;
  private final PartyRelations parties;

  public Grader(EventFamilies families, PartyRelations parties) {
    this.families = Objects.requireNonNull(families, "families");
    this.parties = Objects.requireNonNull(parties, "parties");
  }

  public Result grade(List<SourcedAssertion> members, Map<String, Source> sources, Attribution attribution) {
    Set<String> independent = new TreeSet<>();
    for (SourcedAssertion a : members) {
      if (!a.assertion().isStatement()) {
        independent.add(sources.get(a.assertionId()).corroborationKey());
      }
    }
    SourcedAssertion response = latestResponse(members, sources, attribution);
    BelligerentResponse said = response == null ? BelligerentResponse.NOT_ASSESSED
        : families.responseOf(response.assertion().eventType());
    String who = response == null ? null : speaker(response, sources);
    GradeAssessment grade;
    if (said == BelligerentResponse.ACKNOWLEDGED) {
      grade = new GradeAssessment(Grade.CONFIRMED, CONFIRMED, who + " acknowledged the incident (" + response.assertionId() + ")");
    } else if (attribution.status() == AttributionStatus.CONTESTED) {
      grade = new GradeAssessment(Grade.CONTESTED, CONTESTED_ATTRIBUTION,
          "sources name different perpetrators " + attribution.named());
    } else if (said == BelligerentResponse.DENIED && independent.size() < 2) {
      grade = new GradeAssessment(Grade.CONTESTED, CONTESTED_DENIAL, who + " denied it (" + response.assertionId()
          + ") and only " + independent.size() + " independent source(s) report it");
    } else if (independent.size() >= 2) {
      grade = new GradeAssessment(Grade.FAIR, FAIR, independent.size() + " independent sources " + independent
          + (said == BelligerentResponse.DENIED ? ", despite a denial by " + who : ""));
    } else {
      grade = new GradeAssessment(Grade.WEAK, WEAK, independent.isEmpty() ? "only statements, no report of the event"
          : "a single source " + independent);
    }
    return new Result(grade, said);
  }

  private SourcedAssertion latestResponse(List<SourcedAssertion> members, Map<String, Source> sources,
      Attribution attribution) {
    SourcedAssertion latest = null;
    for (SourcedAssertion a : members) {
      Assertion as = a.assertion();
      BelligerentResponse r = families.responseOf(as.eventType());
      if (r == null) {
        continue;
      }
      String speaker = speaker(a, sources);
      if (speaker == null) {
        continue;
      }
      String subject = as.perpetrator() == null ? speaker : parties.root(as.perpetrator().actorId());
      boolean accused = attribution.status() == AttributionStatus.UNKNOWN || attribution.named().containsKey(subject);
      if (speaker.equals(subject) && accused && later(a, latest)) {
        latest = a;
      }
    }
    return latest;
  }

  /** True when {@code a} is a later response than {@code current}: by publication date, then acknowledgement first. */
  private boolean later(SourcedAssertion a, SourcedAssertion current) {
    if (current == null) {
      return true;
    }
    int byDate = BY_DATE.compare(a.report().published(), current.report().published());
    if (byDate != 0) {
      return byDate > 0;
    }
    boolean ack = families.responseOf(a.assertion().eventType()) == BelligerentResponse.ACKNOWLEDGED;
    boolean currentAck = families.responseOf(current.assertion().eventType()) == BelligerentResponse.ACKNOWLEDGED;
    return ack != currentAck ? ack : a.assertionId().compareTo(current.assertionId()) < 0;
  }

  private String speaker(SourcedAssertion a, Map<String, Source> sources) {
    if (a.assertion().claimant() != null && a.assertion().claimant().actorId() != null) {
      return parties.root(a.assertion().claimant().actorId());
    }
    return parties.root(sources.get(a.assertionId()).publisher().alignment());
  }
}
