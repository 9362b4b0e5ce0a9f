package org.harmledger.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.harmledger.actors.ActorDictionary;
import org.harmledger.model.ActorRef;
import org.harmledger.model.Assertion;
import org.harmledger.model.DateRef;
import org.harmledger.model.Evidence;

/**
 * SelfReportRule adds what a perpetrator's own report of an attack also is: an acknowledgement.
 * When an attack's claimant is its perpetrator, or part of it ("the Combined Joint Task Force"
 * for the coalition), that party speaks of its own acts somewhere in the text ("said it had
 * struck", "is assessing the allegations"; a plain "X struck Y, X said" is a report, not an
 * acknowledgement), and the text holds no statement by that party already, a
 * {@code statement.acknowledgement} follows the attack with the same parties and place, no
 * casualties, and the date the party said it on ("Israel said on Monday it had struck"), if any.
 */
public final class SelfReportRule {
  private final ActorDictionary dictionary;
  private final String acknowledgement;

  public SelfReportRule(RuleSet rules, ActorDictionary dictionary) {
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
    this.acknowledgement = rules.eventTypes().stream().filter(t -> t.id().equals("statement.acknowledgement"))
        .map(EventType::id).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the taxonomy has no statement.acknowledgement"));
  }

  /**
   * The assertions with an acknowledgement after each self-reported attack; {@code toldOn} holds,
   * for each assertion, the date its source says it spoke on (null when the text gives none), and
   * {@code selfReporters} the ids of the parties that speak of their own acts in the text ("said it
   * had struck", "is assessing them").
   */
  public List<Assertion> apply(List<Assertion> assertions, List<DateRef> toldOn, Set<String> selfReporters) {
    if (toldOn.size() != assertions.size()) {
      throw new IllegalArgumentException("expected one telling date per assertion (" + assertions.size() + ") but got "
          + toldOn.size());
    }
    List<Assertion> out = new ArrayList<>();
    for (int i = 0; i < assertions.size(); i++) {
      Assertion a = assertions.get(i);
      out.add(a);
      if (!a.isStatement() && selfReported(a) && speaksOfItself(a.claimant(), selfReporters)
          && noStatementBy(assertions, a.claimant())) {
        out.add(acknowledge(a, toldOn.get(i)));
      }
    }
    return out;
  }

  private boolean selfReported(Assertion a) {
    ActorRef p = a.perpetrator();
    ActorRef c = a.claimant();
    if (p == null || c == null || p.actorId() == null || c.actorId() == null || c.span() == null) {
      return false;
    }
    if (p.actorId().equals(c.actorId())) {
      return true;
    }
    return dictionary.byId(c.actorId()).map(actor -> p.actorId().equals(actor.partOf())).orElse(false);
  }

  /** Whether the speaker, or the party it is part of, speaks of its own acts somewhere in the text. */
  private boolean speaksOfItself(ActorRef speaker, Set<String> selfReporters) {
    return selfReporters.contains(speaker.actorId())
        || dictionary.byId(speaker.actorId()).map(actor -> selfReporters.contains(actor.partOf())).orElse(false);
  }

  private static boolean noStatementBy(List<Assertion> assertions, ActorRef speaker) {
    return assertions.stream().noneMatch(s -> s.isStatement() && s.claimant() != null
        && Objects.equals(s.claimant().actorId(), speaker.actorId()));
  }

  private Assertion acknowledge(Assertion attack, DateRef told) {
    List<Evidence> evidence = new ArrayList<>();
    if (told != null && told.span() != null) {
      evidence.add(new Evidence("date", told.span(), told.text()));
    }
    for (Evidence e : attack.evidence()) {
      if (e.field().equals("claimant")) {
        evidence.add(new Evidence("event_type", e.span(), e.text()));
        evidence.add(e);
      } else if (e.field().equals("perpetrator") || e.field().equals("place")) {
        evidence.add(e);
      }
    }
    return new Assertion(false, acknowledgement, told, attack.place(), attack.perpetrator(), attack.claimant(), null, null,
        null, false, evidence);
  }
}
