package org.harmledger.resolve;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.harmledger.model.CasualtyCategory;
import org.harmledger.model.DateRef;
import org.harmledger.model.PlaceRef;

/**
 * An Incident is one event as established from all the assertions about it: its id (stable,
 * named after its first-reported assertion, see {@link IncidentIds}), the founding assertion whose event type, date and place it takes
 * (the most precise report of it), who is said to have done it, its independent sources, its
 * casualty figures, its grade and the accused's response, its member assertions, and the
 * curation decisions that shaped it, oldest first.
 */
public record Incident(
    String id,
    String founderAssertionId,
    String eventType,
    DateRef date,
    PlaceRef place,
    Attribution attribution,
    List<Source> sources,
    List<Figure> figures,
    GradeAssessment grade,
    BelligerentResponse response,
    List<Membership> members,
    List<CurationDecision> history) {

  public Incident {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(founderAssertionId, "founderAssertionId");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(attribution, "attribution");
    sources = List.copyOf(sources);
    figures = List.copyOf(figures);
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(response, "response");
    members = List.copyOf(members);
    history = List.copyOf(history);
  }

  public Optional<Figure> figure(Outcome outcome, CasualtyCategory category) {
    return figures.stream().filter(f -> f.outcome() == outcome && f.category() == category).findFirst();
  }

  public List<String> assertionIds() {
    return members.stream().map(Membership::assertionId).toList();
  }
}
