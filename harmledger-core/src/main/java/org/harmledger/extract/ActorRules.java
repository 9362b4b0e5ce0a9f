package org.harmledger.extract;

import java.util.List;

/**
 * ActorRules are the cues that give an actor mention its role: words before or after it that make
 * it the perpetrator ("carried out by X", "X warplanes") or the claimant ("according to X",
 * "X said"), the words before the party an attack is aimed at ("struck X", "against X"), the unnamed
 * sources news quotes ("activists said"), the words that say a party attacked ("X stormed", "an attack by X"),
 * which alone name who began a clash, the verbs with which an armed party assesses its own
 * strikes ("the Coalition assessed"), making it both claimant and perpetrator, and the first-person words that make a text a witness's
 * own account (case-sensitive: "I", "we") with the dictionary id of that speaker. An armed party
 * reports its own act only with a past-tense speech verb ({@code selfReportVerbs}: "said it had
 * struck"); "says it targets only militants" is a standing claim. Unnamed sources that speak for
 * the state ({@code stateSources}: "police", "a military source", "the mayor") are the
 * government of the country the event is in ({@code stateByCountry}). What a protest is "against"
 * ({@code protestBefore}: "to protest against a Turkish drone strike") is the party protested, not
 * an attack's target; attack words after {@code sameAttackerBefore} ("the same aircraft") name the
 * attacker of the attack told before.
 */
public record ActorRules(
    List<String> perpetratorBefore,
    List<String> perpetratorAfter,
    List<String> claimantAfter,
    List<String> claimantBefore,
    List<String> unnamedSources,
    List<String> targetBefore,
    List<String> attackerCues,
    List<String> attackerBefore,
    List<String> selfAssessmentCues,
    List<String> firstPersonCues,
    String firstPersonSpeaker,
    List<String> selfReportVerbs,
    List<String> stateSources,
    java.util.Map<String, String> stateByCountry,
    List<String> protestBefore,
    List<String> sameAttackerBefore) {

  public ActorRules {
    perpetratorBefore = List.copyOf(perpetratorBefore);
    perpetratorAfter = List.copyOf(perpetratorAfter);
    claimantAfter = List.copyOf(claimantAfter);
    claimantBefore = List.copyOf(claimantBefore);
    unnamedSources = List.copyOf(unnamedSources);
    targetBefore = List.copyOf(targetBefore);
    attackerCues = List.copyOf(attackerCues);
    attackerBefore = List.copyOf(attackerBefore);
    selfAssessmentCues = List.copyOf(selfAssessmentCues);
    firstPersonCues = List.copyOf(firstPersonCues);
    selfReportVerbs = selfReportVerbs == null ? claimantAfter : List.copyOf(selfReportVerbs);
    stateSources = stateSources == null ? List.of() : List.copyOf(stateSources);
    stateByCountry = stateByCountry == null ? java.util.Map.of() : java.util.Map.copyOf(stateByCountry);
    protestBefore = protestBefore == null ? List.of() : List.copyOf(protestBefore);
    sameAttackerBefore = sameAttackerBefore == null ? List.of() : List.copyOf(sameAttackerBefore);
  }
}
