package org.harmledger.store.redress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.harmledger.redress.Age;
import org.harmledger.redress.AgeGroups;
import org.harmledger.redress.MergeDecision;
import org.harmledger.redress.MergeVerdict;
import org.harmledger.redress.PersonNames;
import org.harmledger.redress.Sex;
import org.harmledger.redress.Victim;
import org.harmledger.redress.VictimOutcome;
import org.harmledger.redress.VictimStatus;
import org.harmledger.store.Ledger;
import org.harmledger.store.LedgerFixture;
import org.harmledger.store.custody.CustodyEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VictimRegisterTest {
  @TempDir
  java.nio.file.Path dir;

  static Victim victim(String id, String incident, PersonNames names) {
    return new Victim(id, names, Sex.FEMALE, new Age(30, 39, null), VictimStatus.CIVILIAN, VictimOutcome.KILLED,
        LocalDate.parse("2019-01-18"), incident, List.of("ab".repeat(32)));
  }

  @Test
  void add_thenRead_sameVictimsWithNamesAndOneCustodyEntryEach() {
    Ledger ledger = LedgerFixture.open(dir);
    VictimRegister register = new VictimRegister(ledger.database().jdbi(), ledger.custody(), AgeGroups.loadDefault());
    Victim named = victim("v-1", "inc-1",
        new PersonNames("Mariam", "Ahmad", "al-Hassan", "مريم الحسن", List.of("Umm Ali")));
    Victim unnamed = victim("v-2", null, PersonNames.none());

    register.add(List.of(named, unnamed), "cli:tester", "list.csv", "import");

    assertThat(register.all()).containsExactly(named, unnamed);
    assertThat(register.ofIncident("inc-1")).containsExactly(named);
    assertThat(register.find("v-2")).contains(unnamed);
    List<CustodyEntry> entries = ledger.database().jdbi().withHandle(
        h -> ledger.custody().entriesFor(h, VictimRegister.subject("v-1")));
    assertThat(entries).singleElement().satisfies(e -> {
      assertThat(e.actor()).isEqualTo("cli:tester");
      assertThat(e.details()).contains("victim.added").contains("list.csv").doesNotContain("Mariam");
    });
    assertThat(ledger.verifier().verify("cli:tester").intact()).isTrue();
  }

  @Test
  void add_duplicateId_refusedAndNothingStored() {
    Ledger ledger = LedgerFixture.open(dir);
    VictimRegister register = new VictimRegister(ledger.database().jdbi(), ledger.custody(), AgeGroups.loadDefault());
    register.add(List.of(victim("v-1", null, PersonNames.none())), "a", "cli", "r");

    assertThatThrownBy(() -> register.add(
        List.of(victim("v-2", null, PersonNames.none()), victim("v-1", null, PersonNames.none())), "a", "cli", "r"))
        .hasMessage("victim v-1 is already registered");
    assertThat(register.all()).extracting(Victim::id).containsExactly("v-1");
  }

  @Test
  void decide_storesDecisionInIdOrder_andRefusesUnknownVictim() {
    Ledger ledger = LedgerFixture.open(dir);
    VictimRegister register = new VictimRegister(ledger.database().jdbi(), ledger.custody(), AgeGroups.loadDefault());
    register.add(new ArrayList<>(List.of(victim("v-1", null, PersonNames.none()),
        victim("v-2", null, PersonNames.none()))), "a", "cli", "r");
    Instant at = Instant.parse("2026-03-01T10:15:30Z");

    register.decide(new MergeDecision("v-2", "v-1", MergeVerdict.SAME_PERSON, "reviewer", at, "same family list"));

    assertThat(register.decisions()).containsExactly(
        new MergeDecision("v-1", "v-2", MergeVerdict.SAME_PERSON, "reviewer", at, "same family list"));
    assertThatThrownBy(() -> register.decide(
        new MergeDecision("v-1", "v-9", MergeVerdict.SAME_PERSON, "reviewer", at, "x")))
        .hasMessage("victim v-9 is not registered");
  }

  @Test
  void erase_namesGone_recordKept_tombstoneAudited() {
    Ledger ledger = LedgerFixture.open(dir);
    VictimRegister register = new VictimRegister(ledger.database().jdbi(), ledger.custody(), AgeGroups.loadDefault());
    Victim named = victim("v-1", "inc-1", PersonNames.latin("Mariam", null, "al-Hassan"));
    register.add(List.of(named), "a", "cli", "r");

    register.erase("v-1", "officer", "request of the family");

    assertThat(register.find("v-1")).contains(named.withNames(PersonNames.none()));
    List<CustodyEntry> entries = ledger.database().jdbi().withHandle(
        h -> ledger.custody().entriesFor(h, VictimRegister.subject("v-1")));
    assertThat(entries).last().satisfies(e -> assertThat(e.details()).contains("personal_data.erased"));
  }
}
