package org.harmledger.store.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ReferenceCsv reads the rows of a reference dataset file (a header line, then one row per event)
 * with the line each starts on, and writes a single row back as a two-line CSV so each row can be
 * kept as evidence on its own.
 */
final class ReferenceCsv {
  private static final CsvMapper CSV = new CsvMapper();

  private ReferenceCsv() {}

  /** A row of the file and the line number it starts on (1 is the header). */
  record Line(int number, Map<String, String> cells) {}

  /** The header and rows of {@code text}; the header comes first, checked against {@code required}. */
  static List<Line> read(String where, String text, List<String> required) {
    List<Line> lines = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
      List<String> header = new ArrayList<>();
      CsvSchema schema = (CsvSchema) it.getParserSchema();
      schema.forEach(c -> header.add(c.getName()));
      for (String column : required) {
        if (!header.contains(column)) {
          throw new IllegalArgumentException(where + ":1: missing column " + column);
        }
      }
      // After a row, the parser stands at the start of the next one: that is the line a row starts on.
      int start = 2;
      while (it.hasNextValue()) {
        Map<String, String> row = it.nextValue();
        lines.add(new Line(start, new LinkedHashMap<>(row)));
        start = it.getCurrentLocation().getLineNr();
      }
    } catch (IOException | RuntimeJsonMappingException e) {
      int line = e instanceof JsonProcessingException p && p.getLocation() != null
          ? p.getLocation().getLineNr() : lines.size() + 2;
      throw new IllegalArgumentException(where + ":" + line + ": not a CSV row: " + firstLine(e.getMessage()), e);
    }
    return lines;
  }

  /** One row as a CSV text with a header, columns in the order of {@code cells}. */
  static String single(Map<String, String> cells) {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    List<String> values = new ArrayList<>();
    for (Map.Entry<String, String> e : cells.entrySet()) {
      schema.addColumn(e.getKey());
      values.add(e.getValue() == null ? "" : e.getValue());
    }
    StringWriter out = new StringWriter();
    try {
      CSV.writer(schema.build()).writeValues(out).write(values).close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String firstLine(String message) {
    return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
  }
}
