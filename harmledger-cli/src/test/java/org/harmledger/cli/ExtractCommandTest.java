package org.harmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.harmledger.actors.Actor;
import org.harmledger.actors.ActorDictionary;
import org.harmledger.actors.ActorType;
import org.harmledger.extract.ExtractionPipeline;
import org.harmledger.gazetteer.Gazetteer;
import org.harmledger.gazetteer.Place;
import org.harmledger.model.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {
  private static final ExtractionPipeline PIPELINE = ExtractionPipeline.create(
      new Gazetteer(List.of(new Place(-4, "Douma", List.of("Duma"), "P", "PPL", "SY", "08", "0800", "Rif Dimashq",
          "Douma", 33.57, 36.40, 110_000))),
      new ActorDictionary(List.of(new Actor("syrian_government_forces", "Syrian government forces",
          ActorType.STATE_FORCES, 1, "SY", null, List.of("regime forces", "regime")))));
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  /** Output, error text and exit code of one run. */
  private record Run(int exit, List<String> out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new ExtractCommand(() -> PIPELINE));
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    List<String> lines = out.toString().lines().filter(l -> !l.isBlank()).toList();
    return new Run(exit, lines, err.toString());
  }

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void printsOneContractShapedLinePerFile() throws IOException {
    Path a = file("a.txt", "On Friday regime shelling killed 4 civilians in Douma.");
    Path b = file("b.txt", "Nothing happened.");
    Run run = run(a.toString(), b.toString(), "--published", "2019-01-20", "--publisher", "Example News");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).hasSize(2);
    JsonNode first = JSON.readTree(run.out().get(0));
    JsonNode doc = first.path("document");
    assertThat(doc.path("path").asText()).isEqualTo(a.toString());
    assertThat(doc.path("sha256").asText()).isEqualTo(Sha256.of(Files.readAllBytes(a)).hex());
    assertThat(doc.path("publisher").asText()).isEqualTo("Example News");
    assertThat(doc.path("published").asText()).isEqualTo("2019-01-20");
    assertThat(doc.path("published_from").asText()).isEqualTo("argument");
    assertThat(doc.has("title")).isTrue();
    assertThat(doc.has("language")).isTrue();
    JsonNode assertion = first.path("assertions").get(0);
    assertThat(assertion.path("primary").asBoolean()).isTrue();
    assertThat(assertion.path("event_type").asText()).isEqualTo("shelling");
    assertThat(assertion.path("date").path("start").asText()).isEqualTo("2019-01-18");
    assertThat(assertion.path("place").path("name").asText()).isEqualTo("Douma");
    assertThat(assertion.path("perpetrator").path("actor").asText()).isEqualTo("syrian_government_forces");
    assertThat(assertion.path("claimant").path("name").asText()).isEqualTo("Example News");
    assertThat(assertion.path("killed").path("civilians").path("min").asInt()).isEqualTo(4);
    assertThat(JSON.readTree(run.out().get(1)).path("assertions").size()).isZero();
  }

  @Test
  void aDatelineFillsThePublicationDate() throws IOException {
    Path a = file("a.txt", "Published 21 September 2016\nShelling killed 4 people in Douma yesterday.");
    JsonNode doc = JSON.readTree(run(a.toString()).out().get(0)).path("document");
    assertThat(doc.path("published").asText()).isEqualTo("2016-09-21");
    assertThat(doc.path("published_from").asText()).isEqualTo("dateline");
  }

  @Test
  void aBadFileIsNamedOnOneLineAndTheOthersStillPrint() throws IOException {
    Path good = file("good.txt", "Shelling killed 4 people in Douma.");
    Path missing = dir.resolve("missing.txt");
    Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, 0x41});
    Run run = run(missing.toString(), good.toString(), binary.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).hasSize(1);
    assertThat(run.err().lines().toList()).containsExactly(
        "harmledger: " + missing + ": no such file or folder",
        "harmledger: " + binary + ": not valid UTF-8 at byte 0");
  }

  @Test
  void aBadPublicationDateIsOneLine() throws IOException {
    Path good = file("good.txt", "Shelling killed 4 people in Douma.");
    Run run = run(good.toString(), "--published", "20/01/2019");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().toList())
        .containsExactly("harmledger: extract: --published '20/01/2019' is not a date (expected YYYY-MM-DD)");
  }
}
