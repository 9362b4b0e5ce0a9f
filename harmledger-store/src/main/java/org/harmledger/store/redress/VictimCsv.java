package org.harmledger.store.redress;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.harmledger.redress.AgeGroups;
import org.harmledger.redress.RowFormatException;
import org.harmledger.redress.Victim;
import org.harmledger.redress.VictimRowReader;

/**
 * VictimCsv reads a victims register file in the CSV import format (docs/redress.md): Jackson's
 * CSV parser splits the RFC 4180 lines, {@link VictimRowReader} checks and reads each row. The
 * whole file is read before anything is stored, so a bad row stores nothing.
 */
public final class VictimCsv {
  private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

  private final AgeGroups ages;

  public VictimCsv(AgeGroups ages) {
    this.ages = ages;
  }

  /**
   * The victims of the file, in file order.
   *
   * @throws RowFormatException naming the row and field of the first bad row
   * @throws IOException when the file cannot be read or is not CSV
   */
  public List<Victim> read(Reader in) throws IOException {
    List<Victim> victims = new ArrayList<>();
    try (MappingIterator<List<String>> lines = MAPPER.readerForListOf(String.class).readValues(in)) {
      if (!lines.hasNext()) {
        throw new RowFormatException(1, "*", "the file is empty (expected a header row)");
      }
      VictimRowReader reader = new VictimRowReader(ages, lines.next());
      int row = 1;
      while (lines.hasNext()) {
        row++;
        List<String> values = lines.next();
        if (values.size() == 1 && values.get(0).isBlank()) {
          continue;
        }
        victims.add(reader.read(row, values));
      }
    } catch (RuntimeJsonMappingException e) {
      throw new IOException("not CSV: " + e.getMessage(), e);
    }
    return victims;
  }
}
