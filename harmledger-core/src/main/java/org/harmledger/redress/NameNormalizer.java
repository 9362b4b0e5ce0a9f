package org.harmledger.redress;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A NameNormalizer brings spellings of one Arabic name together. In Latin script it strips
 * accents and apostrophes, reads each word through the spelling variants (Mohamed as muhammad),
 * drops articles before a name (al-, el-), and joins compound prefixes to the name that follows
 * (Abdul Rahman, Abd el-Rahman and Abdulrahman all become abdrahman). In Arabic script it
 * normalises letters ({@link ArabicScript}), joins the compound prefix and drops the article the
 * same way. A skeleton keeps only consonants (letter spellings of the rules applied, such as
 * French ch read as sh; vowels, w and y dropped; q read as k; doubled
 * letters once; a final h dropped unless it ends kh, sh, th, dh or gh), in Latin letters for
 * both scripts: the simple bridge that lets محمد meet Muhammad. Immutable and thread-safe.
 */
public final class NameNormalizer {
  private static final String VOWELS = "aeiouyw";
  private static final String DIGRAPH_HEADS = "kstdg";

  private final NameRules rules;
  private final String compound;

  public NameNormalizer(NameRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.compound = rules.compounds().get(0);
  }

  public static NameNormalizer loadDefault() {
    return new NameNormalizer(NameRules.loadDefault());
  }

  /** The profile of a person's names. */
  public NameProfile profile(PersonNames names) {
    List<String> given = latinTokens(names.given());
    List<String> father = latinTokens(names.father());
    List<String> family = latinTokens(names.family());
    List<String> latin = new ArrayList<>();
    for (List<String> part : List.of(given, father, family)) {
      part.forEach(t -> latin.add(latinSkeleton(t)));
    }
    List<String> aliases = new ArrayList<>();
    names.aliases().forEach(a -> aliases.add(String.join(" ", latinTokens(a))));
    String arabic = names.arabic() == null ? null : ArabicScript.normalize(names.arabic());
    List<String> arabicSkeletons = new ArrayList<>();
    if (arabic != null) {
      arabicTokens(arabic).forEach(t -> arabicSkeletons.add(arabicSkeleton(t)));
    }
    return new NameProfile(joined(given), joined(father), joined(family), skeleton(given), skeleton(father),
        skeleton(family), aliases, arabic == null || arabic.isEmpty() ? null : arabic, latin, arabicSkeletons);
  }

  /** A Latin name as canonical words; empty for null or blank. */
  public List<String> latinTokens(String name) {
    List<String> words = new ArrayList<>();
    if (name == null) {
      return words;
    }
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT).replaceAll("['’‘`ʿʾ]", "").replaceAll("[^a-z]+", " ").strip();
    if (plain.isEmpty()) {
      return words;
    }
    String[] raw = plain.split(" ");
    for (int i = 0; i < raw.length; i++) {
      String t = variant(raw[i]);
      boolean last = i == raw.length - 1;
      if (rules.compounds().contains(t) && !last) {
        int next = i + 1;
        if (rules.articles().contains(raw[next]) && next + 1 < raw.length) {
          next++;
        }
        words.add(compound + variant(raw[next]));
        i = next;
      } else if (rules.articles().contains(t) && !last) {
        continue;
      } else {
        words.add(joinedCompound(t));
      }
    }
    return words;
  }

  /** Arabic words after normalisation, with the compound prefix joined and articles dropped. */
  public List<String> arabicTokens(String normalized) {
    List<String> words = new ArrayList<>();
    if (normalized.isEmpty()) {
      return words;
    }
    String[] raw = normalized.split(" ");
    String article = rules.arabicArticle();
    String prefix = rules.arabicCompound();
    for (int i = 0; i < raw.length; i++) {
      String t = raw[i];
      if (t.equals(prefix) && i + 1 < raw.length) {
        t = prefix + withoutArticle(raw[++i], article);
      } else if (t.startsWith(prefix + article) && t.length() > prefix.length() + article.length() + 1) {
        t = prefix + t.substring(prefix.length() + article.length());
      } else {
        t = withoutArticle(t, article);
      }
      words.add(t);
    }
    return words;
  }

  /** The consonant skeleton of one canonical Latin word. */
  public String latinSkeleton(String word) {
    String spelled = word;
    for (Map.Entry<String, String> s : rules.spellings().entrySet()) {
      if (spelled.contains(s.getKey())) {
        spelled = spelled.replace(s.getKey(), s.getValue());
      }
    }
    StringBuilder sb = new StringBuilder(spelled.length());
    for (int i = 0; i < spelled.length(); i++) {
      char c = spelled.charAt(i);
      if (VOWELS.indexOf(c) < 0) {
        sb.append(c == 'q' ? 'k' : c);
      }
    }
    return finish(sb);
  }

  /** The consonant skeleton, in Latin letters, of one normalised Arabic word. */
  public String arabicSkeleton(String word) {
    StringBuilder sb = new StringBuilder(word.length() + 2);
    for (int i = 0; i < word.length(); i++) {
      String latin = rules.arabicConsonants().get(word.charAt(i));
      if (latin != null) {
        sb.append(latin);
      }
    }
    return finish(sb);
  }

  private String variant(String word) {
    return rules.variants().getOrDefault(word, word);
  }

  /** Abdulrahman as abdrahman: a word that starts with a compound form and goes on for three letters or more. */
  private String joinedCompound(String word) {
    String longest = null;
    for (String form : rules.compounds()) {
      if (word.startsWith(form) && word.length() - form.length() >= 3
          && (longest == null || form.length() > longest.length())) {
        longest = form;
      }
    }
    return longest == null ? word : compound + variant(word.substring(longest.length()));
  }

  private static String withoutArticle(String word, String article) {
    return word.startsWith(article) && word.length() > article.length() + 2 ? word.substring(article.length()) : word;
  }

  private static String finish(StringBuilder consonants) {
    StringBuilder sb = new StringBuilder(consonants.length());
    for (int i = 0; i < consonants.length(); i++) {
      char c = consonants.charAt(i);
      if (sb.length() == 0 || sb.charAt(sb.length() - 1) != c) {
        sb.append(c);
      }
    }
    int n = sb.length();
    if (n > 1 && sb.charAt(n - 1) == 'h' && DIGRAPH_HEADS.indexOf(sb.charAt(n - 2)) < 0) {
      sb.setLength(n - 1);
    }
    return sb.toString();
  }

  private static String joined(List<String> words) {
    return words.isEmpty() ? null : String.join(" ", words);
  }

  private String skeleton(List<String> words) {
    if (words.isEmpty()) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    words.forEach(w -> sb.append(latinSkeleton(w)));
    return sb.toString();
  }
}
