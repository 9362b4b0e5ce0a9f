package org.harmledger.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.harmledger.actors.ActorDictionary;
import org.harmledger.model.ActorRef;
import org.harmledger.model.Assertion;

/**
 * StateSourceRule names the party an unnamed official source speaks for: "police said", "a
 * military source told", "the district's mayor said" are the government of the country the event
 * is in (rules.json {@code actors.stateSources}, {@code actors.stateByCountry}), as the labelled
 * sets code them. A source whose event has no country, or a country without a listed government,
 * stays unnamed.
 */
public final class StateSourceRule {
  private final Pattern stateSource;
  private final Map<String, String> stateByCountry;
  private final ActorDictionary dictionary;

  public StateSourceRule(RuleSet rules, ActorDictionary dictionary) {
    this.stateSource = Phrases.anyOf(rules.actors().stateSources());
    this.stateByCountry = rules.actors().stateByCountry();
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
  }

  public List<Assertion> apply(List<Assertion> assertions) {
    List<Assertion> out = new ArrayList<>(assertions.size());
    for (Assertion a : assertions) {
      out.add(named(a));
    }
    return out;
  }

  private Assertion named(Assertion a) {
    ActorRef c = a.claimant();
    if (c == null || c.actorId() != null || c.text() == null || a.place() == null || a.place().country() == null
        || !stateSource.matcher(c.text()).find()) {
      return a;
    }
    String id = stateByCountry.get(a.place().country());
    if (id == null) {
      return a;
    }
    String name = dictionary.byId(id).map(actor -> actor.name()).orElse(id);
    return new Assertion(a.primary(), a.eventType(), a.date(), a.place(), a.perpetrator(), new ActorRef(id, name, c.text(), c.span()),
        a.killed(), a.injured(), a.missing(), a.tollMayRise(), a.evidence());
  }
}
