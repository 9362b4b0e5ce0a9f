package org.harmledger.bench.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.harmledger.extract.ExtractionPipeline;
import org.harmledger.gazetteer.Gazetteer;

/**
 * ExtractionQuality is the quality benchmark: {@code ExtractionQuality GOLD.jsonl} runs the
 * default pipeline over a labelled set (harmledger-bench/gold/extraction.jsonl) and prints
 * precision, recall and exact match per field, then the failing cases.
 */
public final class ExtractionQuality {
  private ExtractionQuality() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ExtractionQuality GOLD.jsonl");
      System.exit(2);
    }
    List<GoldCase> cases = read(Path.of(args[0]));
    Gazetteer gazetteer = Gazetteer.loadDefault();
    ExtractionScorer scorer = new ExtractionScorer(ExtractionPipeline.createDefault(), gazetteer);
    System.out.print(scorer.score(cases).format());
  }

  /** The gold cases of a JSON Lines file; a bad line is reported with its number. */
  public static List<GoldCase> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<GoldCase> cases = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        cases.add(GoldCase.parse(json.readTree(lines.get(i))));
      } catch (IOException | IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return cases;
  }
}
