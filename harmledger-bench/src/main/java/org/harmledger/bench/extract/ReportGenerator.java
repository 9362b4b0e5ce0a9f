package org.harmledger.bench.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * ReportGenerator makes news-like reports of about a given size from the sentence templates in
 * report-templates.txt, filled with numbers, weekdays and the given place and actor names.
 * Deterministic for a seed.
 */
public final class ReportGenerator {
  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  private static final String[] WORDS = {"two", "five", "twelve", "twenty-one", "dozens", "one hundred and five"};

  private final List<String> templates;
  private final List<String> places;
  private final List<String> actors;

  public ReportGenerator(List<String> places, List<String> actors) {
    this.templates = templates();
    this.places = places.isEmpty() ? List.of("the town") : List.copyOf(places);
    this.actors = actors.isEmpty() ? List.of("unidentified") : List.copyOf(actors);
  }

  private static List<String> templates() {
    try (InputStream in = ReportGenerator.class.getResourceAsStream("report-templates.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing resource report-templates.txt");
      }
      List<String> lines = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line.strip());
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read report-templates.txt", e);
    }
  }

  /** {@code count} reports of about {@code size} characters each. */
  public List<String> generate(int count, int size, long seed) {
    Random random = new Random(seed);
    List<String> reports = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      StringBuilder sb = new StringBuilder(size + 200);
      while (sb.length() < size) {
        String t = templates.get(random.nextInt(templates.size()));
        sb.append(t.replace("{N}", Integer.toString(1 + random.nextInt(300)))
            .replace("{W}", WORDS[random.nextInt(WORDS.length)])
            .replace("{DAY}", DAYS[random.nextInt(DAYS.length)])
            .replace("{PLACE}", places.get(random.nextInt(places.size())))
            .replace("{ACTOR}", actors.get(random.nextInt(actors.size()))));
        sb.append(random.nextInt(4) == 0 ? "\n\n" : " ");
      }
      reports.add(sb.toString());
    }
    return reports;
  }
}
