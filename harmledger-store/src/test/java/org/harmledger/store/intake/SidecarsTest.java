package org.harmledger.store.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SidecarsTest {
  private final IntakeLimits limits = IntakeLimits.defaults();
  private final Sidecars sidecars = new Sidecars(new MetadataJson(limits), limits);

  @TempDir
  Path folder;

  @Test
  void sidecarsAreRecognisedByName() {
    assertThat(Sidecars.isSidecar(Path.of("a/report.meta.json"))).isTrue();
    assertThat(Sidecars.isSidecar(Path.of("a/report.json"))).isFalse();
  }

  @Test
  void theWholeNameSidecarWinsOverTheStemSidecar() throws IOException, BadInput {
    Files.writeString(folder.resolve("r.html.meta.json"), "{\"title\":\"Whole\"}");
    Files.writeString(folder.resolve("r.meta.json"), "{\"title\":\"Stem\"}");
    Files.writeString(folder.resolve("r.txt.meta.json"), "{}");

    assertThat(sidecars.read(folder.resolve("r.html")).title()).isEqualTo("Whole");
    assertThat(sidecars.read(folder.resolve("r.pdf")).title()).isEqualTo("Stem");
    assertThat(sidecars.read(folder.resolve("r.txt")).title()).isNull();
  }

  @Test
  void aFileWithoutSidecarStatesNothing() throws BadInput {
    assertThat(sidecars.read(folder.resolve("lonely.txt"))).isEqualTo(MetadataFields.none());
  }

  @Test
  void aSidecarMayStartWithAByteOrderMark() throws IOException, BadInput {
    Files.writeString(folder.resolve("b.meta.json"), "\ufeff{\"publisher\":\"SANA\"}");

    assertThat(sidecars.read(folder.resolve("b.txt")).publisher()).isEqualTo("SANA");
  }

  @Test
  void problemsNameTheSidecar() throws IOException {
    Files.writeString(folder.resolve("m.meta.json"), "not json");
    Files.write(folder.resolve("u.meta.json"), new byte[] {'{', (byte) 0xFF, '}'});
    Files.createSymbolicLink(folder.resolve("d.meta.json"), folder.resolve("nowhere.json"));

    assertThatThrownBy(() -> sidecars.read(folder.resolve("m.txt"))).hasMessageStartingWith("sidecar m.meta.json: malformed JSON (");
    assertThatThrownBy(() -> sidecars.read(folder.resolve("u.txt"))).hasMessage("sidecar u.meta.json: not valid UTF-8 at byte 1");
    assertThatThrownBy(() -> sidecars.read(folder.resolve("d.txt"))).hasMessage("sidecar d.meta.json: cannot read (no such file)");
  }
}
