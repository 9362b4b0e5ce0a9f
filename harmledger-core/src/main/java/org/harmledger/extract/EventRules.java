package org.harmledger.extract;

import java.util.List;

/**
 * EventRules are the taxonomy's word lists that decide whether a trigger tells an event at all:
 * {@code foiledCues} mark a device that was found or made safe ("defused a car bomb"), so the
 * {@code foilable} triggers of its sentence name no attack; {@code statementNegations} before a
 * statement trigger deny the statement ("no group has claimed responsibility"), and
 * {@code attackNegations} up to two words before attack words that count nobody deny the attack
 * ("no Coalition aircraft engaged targets");
 * {@code attributionTriggers} are accusation words that only attribute an attack already told
 * ("security officials blamed Daesh"): they give it its perpetrator and are no statement of
 * their own; {@code backgroundCues} mark a sentence that recalls the past ("since 2014",
 * "has been shelled repeatedly"), which opens no event unless it counts casualties, except where
 * one of the {@code backgroundExceptions} only reaches back to the day itself ("since dawn");
 * {@code clauseCues} open the clause of a second attack inside one sentence ("... and that on 28
 * February the same aircraft struck", "in retaliation for a rocket attack that killed").
 */
public record EventRules(
    List<String> foiledCues,
    List<String> statementNegations,
    List<String> attackNegations,
    List<String> attributionTriggers,
    List<String> backgroundCues,
    List<String> backgroundExceptions,
    List<String> clauseCues) {

  public EventRules {
    foiledCues = foiledCues == null ? List.of() : List.copyOf(foiledCues);
    statementNegations = statementNegations == null ? List.of() : List.copyOf(statementNegations);
    attackNegations = attackNegations == null ? List.of() : List.copyOf(attackNegations);
    attributionTriggers = attributionTriggers == null ? List.of() : List.copyOf(attributionTriggers);
    backgroundCues = backgroundCues == null ? List.of() : List.copyOf(backgroundCues);
    backgroundExceptions = backgroundExceptions == null ? List.of() : List.copyOf(backgroundExceptions);
    clauseCues = clauseCues == null ? List.of() : List.copyOf(clauseCues);
  }

  /** Rules that filter nothing. */
  public static EventRules none() {
    return new EventRules(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }
}
