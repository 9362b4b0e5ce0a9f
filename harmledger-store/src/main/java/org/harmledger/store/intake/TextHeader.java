package org.harmledger.store.intake;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmledger.model.ReportKind;

/**
 * A TextHeader is the optional metadata block at the top of a plain-text report together with the
 * body that follows it. The block is {@code Key: value} lines (Title, Publisher, URL, Published,
 * Language, Kind) ended by a line {@code ---}; the first line must name one of those keys, so
 * ordinary prose is never mistaken for a header. Without a block the body is the whole text.
 */
record TextHeader(MetadataFields fields, String body) {
  private static final Pattern KEY_LINE = Pattern.compile("([A-Za-z][A-Za-z _-]{0,30}?)[ \\t]*:[ \\t]*(.*)");
  private static final String KEYS = "Title, Publisher, URL, Published, Language, Kind";
  /** A header longer than this is prose that happens to look like one. */
  private static final int MAX_LINES = 40;

  /** Splits normalised working text (line ends are {@code \n}) into header and body. */
  static TextHeader split(String text) throws BadInput {
    Map<String, String> values = new HashMap<>();
    Map<String, Integer> lineOf = new HashMap<>();
    String unknownKey = null;
    int start = 0;
    for (int line = 1; line <= MAX_LINES; line++) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        return new TextHeader(MetadataFields.none(), text);
      }
      String content = text.substring(start, end).stripTrailing();
      if (line > 1 && content.equals("---")) {
        if (unknownKey != null) {
          throw new BadInput(unknownKey);
        }
        return new TextHeader(fields(values, lineOf), stripLeadingLineBreaks(text.substring(end + 1)));
      }
      Matcher m = KEY_LINE.matcher(content);
      if (!m.matches() || (line == 1 && !isKey(m.group(1)))) {
        return new TextHeader(MetadataFields.none(), text);
      }
      String name = m.group(1).strip();
      String key = name.toLowerCase(Locale.ROOT);
      if (unknownKey == null && !isKey(key)) {
        unknownKey = "header line " + line + ": unknown key '" + name + "' (expected " + KEYS + ")";
      }
      if (values.containsKey(key)) {
        throw new BadInput("header line " + line + ": '" + name + "' given twice");
      }
      values.put(key, m.group(2).strip());
      lineOf.put(key, line);
      start = end + 1;
    }
    return new TextHeader(MetadataFields.none(), text);
  }

  private static MetadataFields fields(Map<String, String> values, Map<String, Integer> lineOf) throws BadInput {
    String published = values.get("published");
    LocalDate date = null;
    if (published != null && !published.isEmpty()) {
      try {
        date = PublishedDate.parse(published, "Published");
      } catch (BadInput e) {
        throw new BadInput("header line " + lineOf.get("published") + ": " + e.getMessage(), e);
      }
    }
    String kind = values.get("kind");
    return new MetadataFields(
        values.get("title"),
        values.get("publisher"),
        values.get("url"),
        date,
        values.get("language"),
        kind == null || kind.isEmpty() ? null : ReportKind.fromCode(kind));
  }

  private static boolean isKey(String name) {
    switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "title":
      case "publisher":
      case "url":
      case "published":
      case "language":
      case "kind":
        return true;
      default:
        return false;
    }
  }

  private static String stripLeadingLineBreaks(String body) {
    int i = 0;
    while (i < body.length() && body.charAt(i) == '\n') {
      i++;
    }
    return body.substring(i);
  }
}
