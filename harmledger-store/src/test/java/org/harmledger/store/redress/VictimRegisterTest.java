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

  @Test
  void update_changesFieldsAndNames_auditsWhichFieldsChangedWithoutValues() {
    Ledger ledger = LedgerFixture.open(dir);
    VictimRegister register = new VictimRegister(ledger.database().jdbi(), ledger.custody(), AgeGroups.loadDefault());
    register.add(List.of(victim("v-1", null, PersonNames.latin("Mariam", null, "Hassan"))), "cli:t", "cli", "x");
    Victim edited = new Victim("v-1", PersonNames.latin("Maryam", null, "Hassan"), Sex.FEMALE, new Age(30, 39, null),
        VictimStatus.CIVILIAN, VictimOutcome.INJURED, LocalDate.parse("2019-01-18"), "inc-2", List.of("ab".repeat(32)));

    assertThat(register.update(edited, "user:amira", "hospital list")).containsExactly("names", "outcome", "incident_id");
    assertThat(register.update(edited, "user:amira", "again")).isEmpty();

    assertThat(register.find("v-1")).contains(edited);
    List<CustodyEntry> entries = ledger.database().jdbi().withHandle(
        h -> ledger.custody().entriesFor(h, VictimRegister.subject("v-1")));
    assertThat(entries).hasSize(2);
    assertThat(entries.get(1).actor()).isEqualTo("user:amira");
    assertThat(entries.get(1).details()).contains("victim.edited").contains("hospital list")
        .contains("\"names\"").doesNotContain("Maryam").doesNotContain("Mariam");
    assertThatThrownBy(() -> register.update(victim("v-9", null, PersonNames.none()), "u", "r"))
        .hasMessage("victim v-9 is not registered");
  }

  @Test
  void page_filtersOnPublicFieldsAndSlicesInIdOrder() {
    Ledger ledger = LedgerFixture.open(dir);
    VictimRegister register = new VictimRegister(ledger.database().jdbi(), ledger.custody(), AgeGroups.loadDefault());
    List<Victim> victims = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      victims.add(victim("v-" + i, i <= 5 ? "inc-1" : "inc-2", PersonNames.none()));
    }
    register.add(victims, "cli:t", "cli", "x");
    VictimQuery inc1 = new VictimQuery("inc-1", VictimStatus.CIVILIAN, VictimOutcome.KILLED);

    assertThat(register.page(inc1, 2, 2)).extracting(Victim::id).containsExactly("v-3", "v-4");
    assertThat(register.page(inc1, 4, 10)).extracting(Victim::id).containsExactly("v-5");
    assertThat(register.count(inc1)).isEqualTo(5);
    assertThat(register.count(VictimQuery.any())).isEqualTo(7);
    assertThat(register.count(new VictimQuery(null, null, VictimOutcome.MISSING))).isZero();
    assertThatThrownBy(() -> register.page(VictimQuery.any(), 0, VictimRegister.MAX_PAGE + 1))
        .hasMessage("expected offset >= 0 and limit 1..1000 but was 0, 1001");
  }
}
