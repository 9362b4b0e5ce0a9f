package org.harmledger.extract;

import java.util.List;
import java.util.Map;
import org.harmledger.model.CasualtyCategory;

/**
 * CasualtyRules are the words around a casualty figure: the nouns that name a category
 * ("children"), filler words allowed between number and noun, the outcome cues after and before a
 * figure, death-toll nouns and the verbs that update them ("rose to"), hypothetical and negation
 * cues that cancel a figure, toll-may-rise cues, the words that open an "including women and
 * children" list, nouns that are the dead themselves ("39 bodies"), and the words and singular
 * nouns that count one person ("killed a child").
 */
public record CasualtyRules(
    Map<String, CasualtyCategory> nouns,
    List<String> fillers,
    List<String> killedAfter,
    List<String> killedBefore,
    List<String> injuredAfter,
    List<String> injuredBefore,
    List<String> missingAfter,
    List<String> missingBefore,
    List<String> auxiliaries,
    List<String> tollNouns,
    List<String> tollVerbs,
    List<String> hypotheticalCues,
    List<String> negationCues,
    List<String> tollRiseCues,
    List<String> including,
    List<String> deadNouns,
    List<String> oneWords,
    List<String> singularNouns,
    List<String> ageUnits) {

  public CasualtyRules {
    nouns = Map.copyOf(nouns);
    fillers = List.copyOf(fillers);
    killedAfter = List.copyOf(killedAfter);
    killedBefore = List.copyOf(killedBefore);
    injuredAfter = List.copyOf(injuredAfter);
    injuredBefore = List.copyOf(injuredBefore);
    missingAfter = List.copyOf(missingAfter);
    missingBefore = List.copyOf(missingBefore);
    auxiliaries = List.copyOf(auxiliaries);
    tollNouns = List.copyOf(tollNouns);
    tollVerbs = List.copyOf(tollVerbs);
    hypotheticalCues = List.copyOf(hypotheticalCues);
    negationCues = List.copyOf(negationCues);
    tollRiseCues = List.copyOf(tollRiseCues);
    including = List.copyOf(including);
    deadNouns = List.copyOf(deadNouns);
    oneWords = List.copyOf(oneWords);
    ageUnits = ageUnits == null ? List.of() : List.copyOf(ageUnits);
    singularNouns = List.copyOf(singularNouns);
  }
}
