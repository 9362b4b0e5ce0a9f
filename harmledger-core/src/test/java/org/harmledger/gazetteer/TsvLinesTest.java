package org.harmledger.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TsvLinesTest {

  @Test
  void skipsCommentsAndBlankLinesAndKeepsLineNumbers() {
    String data = "\uFEFF# header\n\na\tb\n\n# more\nc\t\t\n";
    List<String> seen = new ArrayList<>();
    TsvLines.read("t.tsv", new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8)),
        (c, line) -> seen.add(line + ":" + c.length + ":" + String.join("|", c)));
    assertThat(seen).containsExactly("3:2:a|b", "6:3:c||");
  }

  @Test
  void splitKeepsTrailingEmptyColumns() {
    assertThat(TsvLines.split("x\t\t")).containsExactly("x", "", "");
  }
}
