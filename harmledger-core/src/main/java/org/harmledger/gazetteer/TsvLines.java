package org.harmledger.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * TsvLines reads a UTF-8 tab-separated data file line by line, skipping blank lines and lines
 * starting with {@code #}, and hands each line's columns with its line number to a consumer.
 */
final class TsvLines {
  /** What to do with one line of columns. */
  @FunctionalInterface
  interface LineConsumer {
    void accept(String[] columns, int lineNumber);
  }

  private TsvLines() {}

  static void read(String source, InputStream in, LineConsumer consumer) {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (number == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
          line = line.substring(1);
        }
        if (!line.isBlank() && !line.startsWith("#")) {
          consumer.accept(split(line), number);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
  }

  /** Splits on every tab, keeping empty columns (String.split would drop trailing ones). */
  static String[] split(String line) {
    List<String> columns = new ArrayList<>(20);
    int from = 0;
    int tab;
    while ((tab = line.indexOf('\t', from)) >= 0) {
      columns.add(line.substring(from, tab));
      from = tab + 1;
    }
    columns.add(line.substring(from));
    return columns.toArray(new String[0]);
  }
}
