package org.harmledger.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.harmledger.model.ActorRef;
import org.harmledger.model.Assertion;
import org.harmledger.model.Evidence;

/**
 * AccusedPerpetratorRule names the perpetrator of an attack the text describes without one from
 * the accusation that follows it: "Air strikes hit a camp ... They blamed the coalition." The
 * attack takes the party the next accusation targets, with that accusation's evidence. When the
 * accusation is the attack's own source speaking on ("Activists said ... They blamed the
 * coalition"), it is the attack's attribution and not a statement of its own, so it is dropped;
 * so is an accusation told with a word that only attributes ("security officials blamed Daesh",
 * the taxonomy's {@code attributionTriggers}) whoever speaks, once an attack was told before it.
 */
public final class AccusedPerpetratorRule {
  private final String accusation;
  private final java.util.regex.Pattern attribution;

  public AccusedPerpetratorRule(RuleSet rules) {
    this.accusation = rules.eventTypes().stream().filter(t -> t.id().equals("statement.accusation"))
        .map(EventType::id).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the taxonomy has no statement.accusation"));
    this.attribution = java.util.regex.Pattern.compile("^" + Phrases.alternation(rules.eventRules().attributionTriggers()) + "$",
        java.util.regex.Pattern.CASE_INSENSITIVE);
  }

  public List<Assertion> apply(List<Assertion> assertions) {
    List<Assertion> out = new ArrayList<>(assertions);
    for (int i = 0; i < out.size(); i++) {
      Assertion a = out.get(i);
      if (a.isStatement() || a.perpetrator() != null) {
        continue;
      }
      for (int j = i + 1; j < out.size(); j++) {
        Assertion s = out.get(j);
        if (!s.isStatement()) {
          break;
        }
        ActorRef accused = s.perpetrator();
        if (s.eventType().equals(accusation) && accused != null && accused.span() != null) {
          out.set(i, withPerpetrator(a, accused));
          if (sameSpeaker(a.claimant(), s.claimant()) || attributes(s)) {
            out.remove(j);
          }
          break;
        }
      }
    }
    boolean attackBefore = false;
    for (int i = 0; i < out.size(); i++) {
      Assertion a = out.get(i);
      if (attackBefore && a.eventType().equals(accusation) && attributes(a)) {
        out.remove(i--);
      }
      attackBefore |= !a.isStatement();
    }
    return out;
  }

  /** Whether the accusation is told with a word that only attributes ("blamed"). */
  private boolean attributes(Assertion accusation) {
    return accusation.evidence().stream()
        .anyMatch(e -> e.field().equals("event_type") && attribution.matcher(e.text()).matches());
  }

  private static boolean sameSpeaker(ActorRef a, ActorRef b) {
    return a != null && b != null && Objects.equals(a.actorId(), b.actorId()) && Objects.equals(a.name(), b.name());
  }

  private static Assertion withPerpetrator(Assertion a, ActorRef perpetrator) {
    List<Evidence> evidence = new ArrayList<>(a.evidence());
    evidence.add(new Evidence("perpetrator", perpetrator.span(), perpetrator.text()));
    return new Assertion(a.primary(), a.eventType(), a.date(), a.place(), perpetrator, a.claimant(), a.killed(), a.injured(),
        a.missing(), a.tollMayRise(), evidence);
  }
}
