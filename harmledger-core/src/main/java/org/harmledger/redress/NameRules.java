package org.harmledger.redress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * NameRules are the data behind name matching: Latin articles, compound prefixes, spelling
 * variants of whole names and letters read alike in skeletons ({@code name-variants.txt}), and
 * the Arabic article, compound prefix and the consonant value of each Arabic letter
 * ({@code arabic-latin.txt}). The first compound form is
 * the one the others are read as. Immutable.
 */
public record NameRules(
    Set<String> articles,
    List<String> compounds,
    Map<String, String> variants,
    Map<String, String> spellings,
    String arabicArticle,
    String arabicCompound,
    Map<Character, String> arabicConsonants) {

  public NameRules {
    articles = Set.copyOf(articles);
    compounds = List.copyOf(compounds);
    if (compounds.isEmpty()) {
      throw new IllegalArgumentException("name rules need at least one compound form");
    }
    variants = Map.copyOf(variants);
    spellings = Map.copyOf(spellings);
    arabicConsonants = Map.copyOf(arabicConsonants);
  }

  /** The rules shipped with Harm Ledger. */
  public static NameRules loadDefault() {
    return read(DataFiles.lines("name-variants.txt"), DataFiles.lines("arabic-latin.txt"));
  }

  /** Reads rules from the lines of the two files (comments and blank lines removed). */
  public static NameRules read(List<String> latinLines, List<String> arabicLines) {
    Set<String> articles = new HashSet<>();
    List<String> compounds = new ArrayList<>();
    Map<String, String> variants = new HashMap<>();
    Map<String, String> spellings = new HashMap<>();
    for (String line : latinLines) {
      String[] f = line.split("\\s+");
      if (f.length < 2) {
        throw new IllegalArgumentException("name rule line '" + line + "' needs a keyword and at least one form");
      }
      List<String> forms = List.of(f).subList(1, f.length);
      if ("article".equals(f[0])) {
        articles.addAll(forms);
      } else if ("compound".equals(f[0])) {
        compounds.addAll(forms);
      } else if ("spelling".equals(f[0])) {
        if (f.length != 3) {
          throw new IllegalArgumentException("name rule line '" + line + "' must be: spelling FROM TO");
        }
        spellings.put(f[1], f[2]);
      } else if ("variant".equals(f[0])) {
        forms.forEach(form -> variants.put(form, f[1]));
      } else {
        throw new IllegalArgumentException("name rule line '" + line + "' starts with unknown keyword '" + f[0] + "'");
      }
    }
    String article = null;
    String compound = null;
    Map<Character, String> consonants = new HashMap<>();
    for (String line : arabicLines) {
      String[] f = line.split("\\s+");
      if (f.length != 2) {
        throw new IllegalArgumentException("transliteration line '" + line + "' must be: letter latin");
      }
      if ("arabic-article".equals(f[0])) {
        article = f[1];
      } else if ("arabic-compound".equals(f[0])) {
        compound = f[1];
      } else if (f[0].length() == 1) {
        consonants.put(f[0].charAt(0), "-".equals(f[1]) ? "" : f[1]);
      } else {
        throw new IllegalArgumentException("transliteration line '" + line + "' must start with one letter");
      }
    }
    if (article == null || compound == null) {
      throw new IllegalArgumentException("transliteration table needs arabic-article and arabic-compound lines");
    }
    return new NameRules(articles, compounds, variants, spellings, article, compound, consonants);
  }
}
