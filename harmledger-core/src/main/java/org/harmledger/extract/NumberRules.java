package org.harmledger.extract;

import java.util.Map;

/**
 * NumberRules are the words numbers are written with: units and tens ("twenty-one"), scales
 * ("hundred"), vague words with their conservative ACLED value ("dozens" 12), qualifiers, and the
 * largest figure believed ({@code max}); anything larger is not read as a count.
 */
public record NumberRules(
    Map<String, Long> units,
    Map<String, Long> scales,
    Map<String, Long> vague,
    Map<String, Qualifier> qualifiers,
    long max) {

  public NumberRules {
    units = Map.copyOf(units);
    scales = Map.copyOf(scales);
    vague = Map.copyOf(vague);
    qualifiers = Map.copyOf(qualifiers);
  }
}
