package org.harmledger.extract;

import java.util.List;
import java.util.Objects;

/**
 * An EventType is one entry of the event taxonomy: its id ({@code airstrike},
 * {@code statement.demand}), whether it is an attack or a statement, the ACLED sub-event type and
 * CAMEO code it maps to, and the trigger phrases that signal it. Among attack types found in one
 * sentence the highest {@code priority} wins; a {@code generic} type only opens an event when no
 * specific one is at hand. {@code withCombatants}, when set, is the type an event of this type
 * becomes when combatants are among its casualties. An {@code allegation} statement (a denial,
 * an accusation) speaks of the attacks in its sentence only as the claim it answers or makes. A
 * {@code speakerIsParty} statement (a denial, an acknowledgement) is about its own speaker's acts,
 * so the speaker is its perpetrator unless it names another. An {@code outcome} type (property
 * destruction) names the event over the means in its sentence (an air strike, shells) when the
 * sentence counts no casualties: "aircraft destroyed the bridge; no casualties were reported". An
 * {@code attackerOnly} type (a clash) has a perpetrator only when the text says who attacked.
 * {@code withoutCombatants} and {@code withMissingOnly}, when set, name what a generic attack
 * is when it killed people but no combatants ("gunmen shot dead four shepherds": a massacre) or
 * when people were only taken ("seized seven workers": an abduction). A {@code foilable} type (a
 * bombing) names no event in a sentence that says its device was found or made safe.
 */
public record EventType(
    String id,
    String family,
    int priority,
    boolean generic,
    String withCombatants,
    boolean allegation,
    boolean speakerIsParty,
    boolean outcome,
    boolean attackerOnly,
    String withoutCombatants,
    String withMissingOnly,
    boolean foilable,
    String acledSubEvent,
    String cameo,
    List<String> triggers) {

  public EventType {
    Objects.requireNonNull(id, "id");
    if (!"attack".equals(family) && !"statement".equals(family)) {
      throw new IllegalArgumentException("event type " + id + ": family must be attack or statement but was " + family);
    }
    triggers = List.copyOf(triggers);
  }

  public boolean isStatement() {
    return "statement".equals(family);
  }
}
