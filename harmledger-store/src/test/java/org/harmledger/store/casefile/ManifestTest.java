package org.harmledger.store.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestTest {
  @Test
  void toBytes_thenParse_sameManifest() {
    Manifest manifest = new Manifest("incident inc-1", Instant.parse("2026-03-01T10:15:30Z"), "cli:t", true,
        List.of(BundleFile.of("a.txt", "abc".getBytes(StandardCharsets.UTF_8))));

    assertThat(Manifest.parse(manifest.toBytes())).isEqualTo(manifest);
    assertThat(new String(manifest.toBytes(), StandardCharsets.UTF_8)).contains("harmledger-casefile/1")
        .contains("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void parse_otherJson_saysWhy() {
    assertThatThrownBy(() -> Manifest.parse("{\"format\": \"x\"}".getBytes(StandardCharsets.UTF_8)))
        .hasMessage("not a harmledger-casefile/1 manifest");
    assertThatThrownBy(() -> Manifest.parse("{".getBytes(StandardCharsets.UTF_8)))
        .hasMessageStartingWith("unreadable manifest: ");
  }
}
