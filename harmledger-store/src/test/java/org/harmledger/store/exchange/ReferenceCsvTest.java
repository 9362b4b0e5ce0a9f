package org.harmledger.store.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReferenceCsvTest {
  @Test
  void read_numbersRowsByTheLineTheyStartOn_evenWithQuotedNewlines() {
    List<ReferenceCsv.Line> lines = ReferenceCsv.read("f.csv", "id,notes\n1,plain\n2,\"two\nlines\"\n3,last\n",
        List.of("id"));

    assertThat(lines).extracting(ReferenceCsv.Line::number).containsExactly(2, 3, 5);
    assertThat(lines.get(1).cells()).containsEntry("notes", "two\nlines");
  }

  @Test
  void single_writesHeaderAndRow_thatReadBackEqual() {
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put("id", "SYR1");
    cells.put("notes", "Strike, \"12\" killed");

    String text = ReferenceCsv.single(cells);

    assertThat(ReferenceCsv.read("row", text, List.of("id")).get(0).cells()).isEqualTo(cells);
  }
}
