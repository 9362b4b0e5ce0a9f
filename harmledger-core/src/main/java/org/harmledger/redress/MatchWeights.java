package org.harmledger.redress;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * MatchWeights are the parameters of {@link VictimMatcher}, read from {@code victim-matching.json}:
 * the weight of each field, the share of a field's weight earned when names agree only by their
 * consonants, the age tolerance, the least total weight a score is divided by (so that thin
 * evidence cannot score high), the score from which a pair is proposed, and the largest block
 * compared (larger blocks are skipped and counted, keeping matching near-linear).
 */
public record MatchWeights(
    double givenName, double fatherName, double familyName, double arabicName, double scriptBridge,
    double sex, double age, double incident,
    double consonantCredit, int ageToleranceYears, double minimumComparedWeight, double threshold,
    int maxBlockSize) {

  public MatchWeights {
    if (threshold <= 0 || threshold > 1) {
      throw new IllegalArgumentException("match threshold must be in (0, 1] but was " + threshold);
    }
    if (maxBlockSize < 2) {
      throw new IllegalArgumentException("max block size must be at least 2 but was " + maxBlockSize);
    }
  }

  public static MatchWeights loadDefault() {
    return read(DataFiles.json("victim-matching.json"));
  }

  public static MatchWeights read(JsonNode root) {
    JsonNode w = Objects.requireNonNull(root, "root").path("weights");
    return new MatchWeights(number(w, "given_name"), number(w, "father_name"), number(w, "family_name"),
        number(w, "arabic_name"), number(w, "script_bridge"), number(w, "sex"), number(w, "age"),
        number(w, "incident"), number(root, "consonant_credit"), (int) number(root, "age_tolerance_years"),
        number(root, "minimum_compared_weight"), number(root, "threshold"), (int) number(root, "max_block_size"));
  }

  private static double number(JsonNode node, String field) {
    JsonNode n = node.get(field);
    if (n == null || !n.isNumber()) {
      throw new IllegalArgumentException("victim matching parameters: '" + field + "' must be a number");
    }
    return n.asDouble();
  }
}
