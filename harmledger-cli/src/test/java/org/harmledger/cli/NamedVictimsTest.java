package org.harmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.harmledger.resolve.Incident;
import org.harmledger.store.Ledger;
import org.harmledger.store.StorageConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NamedVictimsTest {
  private static final String STORY = "Artillery shells hit the covered vegetable market of Maarat al-Numan on Tuesday"
      + " morning. Civil defence volunteers said eleven people were killed, among them three children, and at least"
      + " twenty-four were wounded. Residents blamed government forces positioned south of the town.";

  @TempDir
  Path dir;

  @Test
  void showIncident_namedKilledAgainstTheKilledFigure() throws Exception {
    String data = dir.resolve("data").toString();
    Cli.run("--data", data, "ingest", Files.writeString(dir.resolve("r.txt"), STORY).toString());
    Ledger ledger = Ledger.open(StorageConfig.resolve(dir.resolve("data"), null, java.util.Map.of()), Clock.systemUTC());
    Incident incident = ledger.incidents().current().incidents().stream()
        .filter(i -> !i.figures().isEmpty()).findFirst().orElseThrow();
    Cli.run("--data", data, "victims", "add", "--id", "v-1", "--given", "Rima", "--status", "civilian",
        "--outcome", "killed", "--incident", incident.id(), "--reason", "list");
    Cli.run("--data", data, "victims", "add", "--id", "v-2", "--status", "civilian",
        "--outcome", "killed", "--incident", incident.id(), "--reason", "list");

    Cli.Result shown = Cli.run("--data", data, "show", incident.id());

    assertThat(shown.exit()).as(shown.err()).isZero();
    assertThat(shown.out()).contains("victims: named 1 of best 11");
  }
}
