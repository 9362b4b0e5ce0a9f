package org.harmledger.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmledger.model.Count;
import org.harmledger.model.Span;

/**
 * CountParser reads written numbers of people: digits ("1,200"), words ("one hundred and five"),
 * vague words coded the conservative ACLED way and flagged vague ("dozens" is at least 12),
 * qualifiers ("at least", "more than", "up to", "nearly") and ranges ("between 5 and 10",
 * "5 to 10"). Figures above the rule set's maximum, or too long to be a count, are not read, and
 * neither are ages ("a 12-year-old boy", "aged 19", "who was nineteen").
 * Immutable and thread-safe.
 */
final class CountParser {
  private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+");
  private static final Pattern SEPARATOR = Pattern.compile("[\\s-]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final NumberRules rules;
  private final Pattern pattern;
  private final Gate gate;
  private final Pattern ageAfter;
  private final Pattern ageBefore;

  CountParser(NumberRules rules) {
    this.rules = rules;
    Set<String> words = new HashSet<>(rules.units().keySet());
    words.addAll(rules.scales().keySet());
    String word = Phrases.alternation(words);
    StringBuilder afterScale = new StringBuilder();
    for (String scale : rules.scales().keySet()) {
      afterScale.append(afterScale.length() == 0 ? "" : "|").append(Pattern.quote(scale));
    }
    String wordNumber = word + "(?:[\\s-]+" + word + ")*(?:(?<=" + afterScale + ")\\s+and\\s+" + word + "(?:[\\s-]+"
        + word + ")*)?";
    String digits = "(?<![\\d.,])(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d]|[.,]\\d)";
    String number = "(?:" + digits + "|" + wordNumber + ")";
    this.pattern = Pattern.compile(
        "(?:(" + Phrases.alternation(rules.qualifiers().keySet()) + ")\\s+)?"
            + "(?:(?i:between)\\s+(" + number + ")\\s+and\\s+(" + number + ")"
            + "|(" + digits + ")\\s*[-–]\\s*(" + digits + ")"
            + "|(" + number + ")\\s+to\\s+(" + number + ")"
            + "|(" + Phrases.alternation(rules.vague().keySet()) + ")"
            + "|(" + number + "))",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.gate = Gate.of(words).plus(rules.vague().keySet()).plus(rules.qualifiers().keySet())
        .plus(List.of("between")).withDigits();
    this.ageAfter = Pattern.compile("[\\s-]*" + Phrases.alternation(rules.ageAfter()), Pattern.CASE_INSENSITIVE);
    this.ageBefore = Pattern.compile(Phrases.alternation(rules.ageBefore()) + "\\s+$", Pattern.CASE_INSENSITIVE);
  }

  /** The counts written within [start, end) of the text, in order. */
  List<CountMention> find(String text, Words words, int start, int end) {
    return find(new Matchers(text), words, start, end);
  }

  /** The counts written in each of these spans of the text (its sentences), one list per span, in order. */
  List<List<CountMention>> find(String text, Words words, List<Span> spans) {
    Matchers matchers = new Matchers(text);
    List<List<CountMention>> found = new ArrayList<>(spans.size());
    for (Span s : spans) {
      found.add(find(matchers, words, s.start(), s.end()));
    }
    return found;
  }

  private List<CountMention> find(Matchers on, Words words, int start, int end) {
    List<CountMention> found = new ArrayList<>();
    gate.scan(on.number, words, start, end, m -> {
      Count count = read(m);
      if (count != null && !age(on, m.start(), m.end(), start, end)) {
        found.add(new CountMention(count, new Span(m.start(), m.end())));
      }
    });
    return found;
  }

  /** Whether the number written at [from, to) is someone's age. */
  private static boolean age(Matchers on, int from, int to, int start, int end) {
    return on.ageAfter.region(to, end).lookingAt() || on.ageBefore.region(Math.max(start, from - 20), from).find();
  }

  /** The parser's matchers on one text, made once for all its sentences: a matcher of the number pattern is costly to make. */
  private final class Matchers {
    final Matcher number;
    final Matcher ageAfter;
    final Matcher ageBefore;

    Matchers(String text) {
      this.number = pattern.matcher(text);
      this.ageAfter = CountParser.this.ageAfter.matcher(text);
      this.ageBefore = CountParser.this.ageBefore.matcher(text);
    }
  }

  private Count read(Matcher m) {
    Qualifier q = m.group(1) == null ? null : rules.qualifiers().get(SPACES.matcher(m.group(1).toLowerCase(Locale.ROOT)).replaceAll(" "));
    if (m.group(2) != null) {
      return range(value(m.group(2)), value(m.group(3)));
    }
    if (m.group(4) != null) {
      return range(value(m.group(4)), value(m.group(5)));
    }
    if (m.group(6) != null) {
      return range(value(m.group(6)), value(m.group(7)));
    }
    if (m.group(8) != null) {
      Long v = rules.vague().get(SPACES.matcher(m.group(8).toLowerCase(Locale.ROOT)).replaceAll(" "));
      return v == null ? null : new Count(v, null, true);
    }
    long n = value(m.group(9));
    return n < 0 ? null : qualified(q, n);
  }

  private static Count qualified(Qualifier q, long n) {
    if (q == null || q == Qualifier.ABOUT) {
      return Count.exactly(n);
    }
    switch (q) {
      case AT_LEAST:
        return Count.atLeast(n);
      case MORE_THAN:
        return Count.atLeast(n + 1);
      case UP_TO:
        return new Count(Math.min(1, n), n, false);
      case NEARLY:
        return new Count((n * 3 + 3) / 4, n, false);
      default:
        return Count.exactly(n);
    }
  }

  private static Count range(long a, long b) {
    if (a < 0 || b < 0) {
      return null;
    }
    return new Count(Math.min(a, b), Math.max(a, b), false);
  }

  /** The value of a written number, or -1 when it is above the maximum believed. */
  private long value(String written) {
    if (DIGITS.matcher(written).matches()) {
      String digits = written.replace(",", "");
      if (digits.length() > 12) {
        return -1;
      }
      long v = Long.parseLong(digits);
      return v > rules.max() ? -1 : v;
    }
    long total = 0;
    long current = 0;
    long lastBigScale = Long.MAX_VALUE;
    for (String w : SEPARATOR.split(written.toLowerCase(Locale.ROOT))) {
      if ("and".equals(w)) {
        continue;
      }
      Long unit = rules.units().get(w);
      Long scale = rules.scales().get(w);
      if (unit != null) {
        current += unit;
      } else if (scale != null && scale < 1000) {
        current = Math.max(current, 1) * scale;
      } else if (scale != null) {
        if (scale >= lastBigScale) {
          return -1;
        }
        lastBigScale = scale;
        total += Math.max(current, 1) * scale;
        current = 0;
      }
      if (total > rules.max() || current > rules.max()) {
        return -1;
      }
    }
    long v = total + current;
    return v > rules.max() ? -1 : v;
  }
}
