package org.harmledger.store.redress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.harmledger.redress.AgeGroups;
import org.harmledger.redress.PersonNames;
import org.harmledger.store.Ledger;
import org.harmledger.store.LedgerFixture;
import org.harmledger.store.custody.CustodyEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubjectExportWriterTest {
  @TempDir
  Path dir;

  @Test
  void write_claimantInFull_otherVictimsWithoutNames_exportLogged() throws Exception {
    Ledger ledger = LedgerFixture.open(dir.resolve("data"));
    var jdbi = ledger.database().jdbi();
    VictimRegister victims = new VictimRegister(jdbi, ledger.custody(), AgeGroups.loadDefault());
    victims.add(List.of(VictimRegisterTest.victim("v-1", "inc-1", PersonNames.latin("Rim", null, "Aziz"))),
        "r", "cli", "list");
    ClaimantRegister claimants = new ClaimantRegister(jdbi, ledger.custody());
    claimants.add(ClaimantRegisterTest.claimant("c-1"), "r", "walk-in");
    ClaimRegister claims = new ClaimRegister(jdbi, ledger.custody(), ledger.evidence());
    claims.submit("cl-1", "c-1", List.of("v-1"), "inc-1", "death", List.of(), "r");
    SubjectExportWriter writer = new SubjectExportWriter(jdbi, ledger.custody(), claimants, claims, victims);
    Path out = dir.resolve("c-1.json");

    writer.write("c-1", "officer", out);

    String json = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(json).contains("Huda").contains("huda@example.org").contains("cl-1").contains("v-1")
        .doesNotContain("Rim").doesNotContain("Aziz");
    List<CustodyEntry> entries = jdbi.withHandle(h -> ledger.custody().entriesFor(h, "claimant:c-1"));
    assertThat(entries).last().satisfies(e -> {
      assertThat(e.action()).isEqualTo("exported");
      assertThat(e.details()).contains("personal_data.subject_export");
    });
    assertThatThrownBy(() -> writer.write("c-1", "officer", out)).isInstanceOf(java.io.IOException.class);
    assertThatThrownBy(() -> writer.write("c-9", "officer", dir.resolve("x.json")))
        .hasMessage("claimant c-9 is not registered");
  }
}
