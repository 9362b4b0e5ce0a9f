package org.harmledger.extract;

import java.util.Map;

/**
 * NumberRules are the words numbers are written with: units and tens ("twenty-one"), scales
 * ("hundred"), vague words with their conservative ACLED value ("dozens" 12), qualifiers, and the
 * largest figure believed ({@code max}); anything larger is not read as a count. A number with an
 * age word after it ({@code ageAfter}: "a 12-year-old boy", "nineteen years old") or before it
 * ({@code ageBefore}: "aged 19", "who was nineteen") is an age, not a count.
 */
public record NumberRules(
    Map<String, Long> units,
    Map<String, Long> scales,
    Map<String, Long> vague,
    Map<String, Qualifier> qualifiers,
    long max,
    java.util.List<String> ageAfter,
    java.util.List<String> ageBefore) {

  public NumberRules {
    units = Map.copyOf(units);
    scales = Map.copyOf(scales);
    vague = Map.copyOf(vague);
    qualifiers = Map.copyOf(qualifiers);
    ageAfter = ageAfter == null ? java.util.List.of() : java.util.List.copyOf(ageAfter);
    ageBefore = ageBefore == null ? java.util.List.of() : java.util.List.copyOf(ageBefore);
  }
}
