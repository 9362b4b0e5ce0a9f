package org.harmledger.redress;

import java.util.List;

/**
 * A NameProfile is a victim's names prepared for comparison: the Latin given, father's and
 * family names in canonical spelling ({@link NameNormalizer}) and as consonant skeletons, the
 * aliases in canonical spelling, the normalised Arabic name, and the consonant skeletons of
 * every Latin and every Arabic name part in order. Missing names are null or empty.
 */
public record NameProfile(
    String given, String father, String family,
    String givenSkeleton, String fatherSkeleton, String familySkeleton,
    List<String> aliases, String arabic,
    List<String> latinSkeletons, List<String> arabicSkeletons) {

  public NameProfile {
    aliases = List.copyOf(aliases);
    latinSkeletons = List.copyOf(latinSkeletons);
    arabicSkeletons = List.copyOf(arabicSkeletons);
  }

  public boolean hasLatin() {
    return !latinSkeletons.isEmpty();
  }

  public boolean hasArabic() {
    return !arabicSkeletons.isEmpty();
  }
}
