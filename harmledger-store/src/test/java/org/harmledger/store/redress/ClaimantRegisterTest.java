package org.harmledger.store.redress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.harmledger.redress.Claimant;
import org.harmledger.redress.Contact;
import org.harmledger.redress.Kinship;
import org.harmledger.redress.PersonNames;
import org.harmledger.redress.Relationship;
import org.harmledger.redress.Tombstone;
import org.harmledger.store.Ledger;
import org.harmledger.store.LedgerFixture;
import org.harmledger.store.custody.CustodyEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimantRegisterTest {
  @TempDir
  Path dir;

  static Claimant claimant(String id) {
    return new Claimant(id, PersonNames.latin("Huda", null, "Saleh"),
        new Contact("+963 11 000 0000", "huda@example.org", "Hajin"), "fam-1",
        List.of(new Relationship("v-1", Kinship.SPOUSE)));
  }

  @Test
  void add_thenFind_sameClaimant_detailsWithoutPersonalData() {
    Ledger ledger = LedgerFixture.open(dir);
    ClaimantRegister register = new ClaimantRegister(ledger.database().jdbi(), ledger.custody());

    register.add(claimant("c-1"), "registrar", "walk-in");

    assertThat(register.find("c-1")).contains(claimant("c-1"));
    CustodyEntry entry = entries(ledger, ClaimantRegister.subject("c-1")).get(0);
    assertThat(entry.details()).contains("claimant.added").doesNotContain("Huda").doesNotContain("example.org");
    assertThatThrownBy(() -> register.add(claimant("c-1"), "registrar", "again"))
        .hasMessage("claimant c-1 is already registered");
  }

  @Test
  void erase_removesNamesAndContact_keepsRecordAndTombstone() {
    Ledger ledger = LedgerFixture.open(dir);
    ClaimantRegister register = new ClaimantRegister(ledger.database().jdbi(), ledger.custody());
    register.add(claimant("c-1"), "registrar", "walk-in");

    Tombstone tombstone = register.erase("c-1", "officer", "request of the data subject");

    Claimant erased = register.find("c-1").orElseThrow();
    assertThat(erased.names().isEmpty()).isTrue();
    assertThat(erased.contact().isEmpty()).isTrue();
    assertThat(erased.relationships()).containsExactly(new Relationship("v-1", Kinship.SPOUSE));
    assertThat(erasedSha(ledger, "c-1"))
        .isEqualTo(tombstone.erased().hex());
    assertThat(entries(ledger, "claimant:c-1"))
        .extracting(CustodyEntry::details).anyMatch(d -> d.contains("personal_data.erased"));
    assertThatThrownBy(() -> register.erase("c-9", "officer", "x")).hasMessage("claimant c-9 is not registered");
  }

  @Test
  void update_replacesPersonalDataAndRelationships_auditsPartsOnly() {
    Ledger ledger = LedgerFixture.open(dir);
    ClaimantRegister register = new ClaimantRegister(ledger.database().jdbi(), ledger.custody());
    register.add(claimant("c-1"), "registrar", "walk-in");
    Claimant edited = new Claimant("c-1", PersonNames.latin("Huda", null, "Saleh"),
        new Contact("+963 11 999 9999", "huda@example.org", "Hajin"), "fam-1",
        List.of(new Relationship("v-1", Kinship.SPOUSE), new Relationship("v-2", Kinship.CHILD)));

    assertThat(register.update(edited, "user:amira", "new phone")).containsExactly("relationships", "contact");

    assertThat(register.find("c-1")).contains(edited);
    CustodyEntry entry = entries(ledger, ClaimantRegister.subject("c-1")).get(1);
    assertThat(entry.details()).contains("claimant.edited").contains("contact").doesNotContain("999");
    assertThatThrownBy(() -> register.update(claimant("c-9"), "u", "r")).hasMessage("claimant c-9 is not registered");
  }

  @Test
  void family_holdsTheMembersAndTheHeadWithoutAFamilyId() {
    Ledger ledger = LedgerFixture.open(dir);
    ClaimantRegister register = new ClaimantRegister(ledger.database().jdbi(), ledger.custody());
    register.add(claimant("c-1"), "registrar", "x");
    register.add(new Claimant("fam-1", PersonNames.none(), Contact.none(), null, List.of()), "registrar", "x");
    register.add(new Claimant("c-3", PersonNames.none(), Contact.none(), "fam-2", List.of()), "registrar", "x");

    assertThat(register.family("fam-1")).extracting(Claimant::id).containsExactly("c-1", "fam-1");
    assertThat(register.family("fam-1").get(0).relationships()).hasSize(1);
    assertThat(register.family("c-3")).isEmpty();
  }

  private static List<CustodyEntry> entries(Ledger ledger, String subject) {
    return ledger.database().jdbi().withHandle(h -> ledger.custody().entriesFor(h, subject));
  }

  private static String erasedSha(Ledger ledger, String id) {
    return ledger.database().jdbi().withHandle(h -> h.createQuery(
        "SELECT erased_sha256 FROM tombstones WHERE subject_id = :id").bind("id", id).mapTo(String.class).one());
  }
}
