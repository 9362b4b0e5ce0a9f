package org.harmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Curation from the command line: each decision is recorded, applied, and survives the next ingest. */
class CurateCommandTest {
  private static final String SARAQIB = "Published 2019-05-15. Syrian government artillery shelled the market of"
      + " Saraqib in Idlib province on 14 May 2019, killing eleven civilians, a monitoring group said.";
  private static final String MOSUL = "Published 2017-03-19. An airstrike killed four civilians in Mosul, Nineveh"
      + " province, on 17 March 2017, residents said.";

  @TempDir
  Path dir;

  private Path data;

  @BeforeEach
  void ingest() throws Exception {
    data = dir.resolve("data");
    Cli.run("--data", data.toString(), "ingest", Files.writeString(dir.resolve("a.txt"), SARAQIB).toString(),
        Files.writeString(dir.resolve("b.txt"), MOSUL).toString());
  }

  private JsonNode incidents(String... filter) throws Exception {
    String[] args = new String[filter.length + 5];
    System.arraycopy(new String[] {"--data", data.toString(), "incidents", "--format", "json"}, 0, args, 0, 5);
    System.arraycopy(filter, 0, args, 5, filter.length);
    return new ObjectMapper().readTree(Cli.run(args).out()).path("incidents");
  }

  private String idIn(String admin1) throws Exception {
    return incidents("--admin1", admin1).get(0).path("id").asText();
  }

  @Test
  void grade_discounts_andSurvivesAnotherIngest() throws Exception {
    String id = idIn("Idlib");

    Cli.Result r = Cli.run("--data", data.toString(), "curate", "grade", id, "discounted", "--reason", "staged");
    Cli.run("--data", data.toString(), "ingest",
        Files.writeString(dir.resolve("c.txt"), SARAQIB.replace("monitoring group", "medic")).toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("set the grade of " + id + " to discounted: staged");
    assertThat(incidents("--grade", "discounted").findValuesAsText("id")).containsExactly(id);
    assertThat(Cli.run("--data", data.toString(), "show", id).out()).contains("history:", "staged");
  }

  @Test
  void figure_overridesTheBestEstimate() throws Exception {
    String id = idIn("Idlib");

    Cli.Result r = Cli.run("--data", data.toString(), "curate", "figure", id, "killed.total", "--low", "11",
        "--best", "12", "--high", "14", "--reason", "hospital list");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(incidents("--admin1", "Idlib").get(0).path("killed").path("best").asLong()).isEqualTo(12);
  }

  @Test
  void merge_foldsTheSecondIntoTheFirst() throws Exception {
    String idlib = idIn("Idlib");
    String mosul = incidents("--country", "IQ").get(0).path("id").asText();
    int before = incidents().size();

    Cli.Result r = Cli.run("--data", data.toString(), "curate", "merge", idlib, mosul, "--reason", "test");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(incidents()).hasSize(before - 1);
  }

  @Test
  void split_makesANewIncident_andRefusesAssertionsFromElsewhere() throws Exception {
    Cli.run("--data", data.toString(), "ingest", Files.writeString(dir.resolve("c.txt"),
        SARAQIB.replace("monitoring group", "medic")).toString());
    String id = idIn("Idlib");
    JsonNode members = new ObjectMapper().readTree(Cli.run("--data", data.toString(), "incidents", "--format", "json",
        "--admin1", "Idlib").out()).path("incidents").get(0);
    String second = Cli.run("--data", data.toString(), "show", id).out().lines()
        .filter(l -> l.contains(" matched: ")).findFirst().orElseThrow().strip().split(" ")[0];
    int before = incidents().size();

    Cli.Result stranger = Cli.run("--data", data.toString(), "curate", "split", id, "--assertions", "ab:0",
        "--reason", "x");
    Cli.Result r = Cli.run("--data", data.toString(), "curate", "split", id, "--assertions", second, "--reason",
        "another market");

    assertThat(members.path("assertions").asInt()).isEqualTo(2);
    assertThat(stranger.exit()).isEqualTo(1);
    assertThat(stranger.err().strip()).isEqualTo("harmledger: curate split: [ab:0] not in incident " + id);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(incidents()).hasSize(before + 1);
  }

  @Test
  void unknownIncident_isOneLineAndExitOne() {
    Cli.Result r = Cli.run("--data", data.toString(), "curate", "grade", "inc-0000000000000000", "weak", "--reason",
        "typo");

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip())
        .isEqualTo("harmledger: curate: cannot grade: no incident inc-0000000000000000 in this resolution");
  }

  @Test
  void withoutSubcommand_showsUsageAndFails() {
    Cli.Result r = Cli.run("--data", data.toString(), "curate");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("merge", "split", "move", "grade", "figure");
  }

  @Test
  void badFigureName_isOneLine() throws Exception {
    Cli.Result r = Cli.run("--data", data.toString(), "curate", "figure", idIn("Idlib"), "killed", "--best", "3",
        "--reason", "x");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("harmledger: curate figure: figure 'killed' is not OUTCOME.CATEGORY, e.g. killed.total");
  }
}
