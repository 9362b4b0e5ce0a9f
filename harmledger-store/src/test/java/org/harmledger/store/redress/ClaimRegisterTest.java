package org.harmledger.store.redress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.harmledger.model.Sha256;
import org.harmledger.redress.Claim;
import org.harmledger.redress.ClaimStatus;
import org.harmledger.redress.Flag;
import org.harmledger.redress.FlagKind;
import org.harmledger.redress.ReviewTransitionException;
import org.harmledger.redress.ReviewerRole;
import org.harmledger.store.Ledger;
import org.harmledger.store.LedgerFixture;
import org.harmledger.store.StorageConfig;
import org.harmledger.store.custody.CustodyEntry;
import org.harmledger.store.db.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimRegisterTest {
  @TempDir
  Path dir;

  private Ledger ledger;
  private ClaimRegister claims;

  @BeforeEach
  void open() {
    ledger = LedgerFixture.open(dir);
    new ClaimantRegister(ledger.database().jdbi(), ledger.custody())
        .add(ClaimantRegisterTest.claimant("c-1"), "registrar", "walk-in");
    claims = new ClaimRegister(ledger.database().jdbi(), ledger.custody(), ledger.evidence());
  }

  private Claim submit(String id) {
    return claims.submit(id, "c-1", List.of("v-1"), "inc-1", "death",
        List.of(("death certificate " + id).getBytes(StandardCharsets.UTF_8)), "registrar");
  }

  @Test
  void submit_documentStoredAsEvidenceWithCustody_claimReadsBack() {
    Claim claim = submit("cl-1");

    Sha256 document = new Sha256(claim.documents().get(0));
    assertThat(ledger.evidence().read(document)).isEqualTo("death certificate cl-1".getBytes(StandardCharsets.UTF_8));
    assertThat(entries(ledger, document.hex()))
        .extracting(CustodyEntry::action).containsExactly("received");
    assertThat(claims.all()).containsExactly(claim);
    assertThat(claim.status()).isEqualTo(ClaimStatus.SUBMITTED);
    assertThat(ledger.verifier().verify("t").intact()).isTrue();
  }

  @Test
  void submit_unknownClaimant_refused_noDocumentStored() {
    byte[] doc = "orphan".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> claims.submit("cl-2", "c-9", List.of(), "inc-1", "home_destroyed", List.of(doc), "r"))
        .hasMessage("claim cl-2: claimant c-9 is not registered");
    assertThat(Files.exists(ledger.evidence().pathOf(Sha256.of(doc)))).isFalse();
  }

  @Test
  void review_stepsAudited_refusalNamesTheRule() {
    submit("cl-1");

    claims.review("cl-1", ClaimStatus.UNDER_REVIEW, "amal", ReviewerRole.REVIEWER, "documents complete", "cli:t");
    assertThatThrownBy(() -> claims.review("cl-1", ClaimStatus.APPROVED, "sami", ReviewerRole.REGISTRAR, "ok", "cli:t"))
        .isInstanceOf(ReviewTransitionException.class)
        .hasMessage("claim cl-1: under_review -> approved refused: needs a reviewer or supervisor, not a registrar");
    Claim approved = claims.review("cl-1", ClaimStatus.APPROVED, "amal", ReviewerRole.REVIEWER, "eligible", "cli:t");

    assertThat(approved.history()).extracting(s -> s.to()).containsExactly(
        ClaimStatus.SUBMITTED, ClaimStatus.UNDER_REVIEW, ClaimStatus.APPROVED);
    assertThat(claims.find("cl-1")).contains(approved);
    assertThat(entries(ledger, "claim:cl-1"))
        .extracting(CustodyEntry::details).hasSize(3).last().asString().contains("\"to\":\"approved\"");
  }

  @Test
  void openFlag_blocksPayment_untilCleared() {
    submit("cl-1");
    claims.review("cl-1", ClaimStatus.UNDER_REVIEW, "amal", ReviewerRole.REVIEWER, "r", "cli:t");
    claims.review("cl-1", ClaimStatus.APPROVED, "amal", ReviewerRole.REVIEWER, "r", "cli:t");
    Flag flag = Flag.raise(FlagKind.OVERLAPPING_CLAIMS, "same victim twice", List.of("cl-1"), List.of("v-1"));
    claims.replaceFlags(List.of(flag));

    assertThatThrownBy(() -> claims.review("cl-1", ClaimStatus.PAID, "omar", ReviewerRole.PAYMENT_OFFICER, "p", "t"))
        .hasMessageContaining(flag.id());
    claims.clear(flag.id(), "supervisor", "second claim withdrawn");

    assertThat(claims.flags()).singleElement().satisfies(f -> assertThat(f.isOpen()).isFalse());
    assertThat(claims.review("cl-1", ClaimStatus.PAID, "omar", ReviewerRole.PAYMENT_OFFICER, "paid", "t").status())
        .isEqualTo(ClaimStatus.PAID);
    assertThatThrownBy(() -> claims.clear("nope", "s", "r"))
        .hasMessage("flag nope was not raised by the latest batch run");
  }

  @Test
  void page_byStatus_slicesInIdOrderWithCounts() {
    for (int i = 1; i <= 5; i++) {
      submit("cl-" + i);
    }
    claims.review("cl-2", ClaimStatus.UNDER_REVIEW, "amal", ReviewerRole.REVIEWER, "checking", "cli:t");
    claims.review("cl-4", ClaimStatus.UNDER_REVIEW, "amal", ReviewerRole.REVIEWER, "checking", "cli:t");
    claims.review("cl-4", ClaimStatus.APPROVED, "amal", ReviewerRole.REVIEWER, "all rules pass", "cli:t");

    assertThat(claims.page(ClaimStatus.SUBMITTED, 0, 10)).extracting(Claim::id).containsExactly("cl-1", "cl-3", "cl-5");
    assertThat(claims.page(ClaimStatus.SUBMITTED, 1, 1)).extracting(Claim::id).containsExactly("cl-3");
    assertThat(claims.page(ClaimStatus.UNDER_REVIEW, 0, 10)).singleElement()
        .satisfies(c -> assertThat(c.history()).hasSize(2));
    assertThat(claims.page(null, 3, 10)).extracting(Claim::id).containsExactly("cl-4", "cl-5");
    assertThat(claims.count(ClaimStatus.SUBMITTED)).isEqualTo(3);
    assertThat(claims.count(ClaimStatus.APPROVED)).isEqualTo(1);
    assertThat(claims.count(null)).isEqualTo(5);
  }

  @Test
  void ofFamily_holdsTheClaimsOfEveryMember() {
    submit("cl-1");
    new ClaimantRegister(ledger.database().jdbi(), ledger.custody())
        .add(ClaimantRegisterTest.claimant("c-2"), "registrar", "walk-in");
    claims.submit("cl-2", "c-2", List.of("v-1"), "inc-1", "death", List.of(), "registrar");

    assertThat(claims.ofFamily("fam-1")).extracting(Claim::id).containsExactly("cl-1", "cl-2");
    assertThat(claims.ofFamily("fam-9")).isEmpty();
  }

  @Test
  void attach_storesEvidenceWithCustody_listsOnce_andDocumentReadsBack() {
    submit("cl-1");
    byte[] letter = "hospital letter".getBytes(StandardCharsets.UTF_8);

    String sha = claims.attach("cl-1", letter, "user:amira", "hospital letter");
    claims.attach("cl-1", letter, "user:amira", "again");

    assertThat(claims.find("cl-1").orElseThrow().documents()).hasSize(2).endsWith(sha);
    assertThat(claims.document("cl-1", sha)).isEqualTo(letter);
    assertThat(entries(ledger, sha)).singleElement().satisfies(e -> {
      assertThat(e.action()).isEqualTo("received");
      assertThat(e.details()).contains("claim.document").contains("cl-1");
    });
    assertThatThrownBy(() -> claims.document("cl-1", "00".repeat(32)))
        .hasMessage("claim cl-1 has no document " + "00".repeat(32));
    assertThatThrownBy(() -> claims.attach("cl-9", letter, "u", "r")).hasMessage("claim cl-9 does not exist");
    assertThat(ledger.verifier().verify("t").intact()).isTrue();
  }

  @Test
  void migrationSeven_setsTheStatusOfClaimsStoredBeforeIt(@TempDir Path old) {
    StorageConfig config = StorageConfig.of(old, null);
    try (Database v4 = Database.openAt(config, "4")) {
      v4.jdbi().useHandle(h -> {
        h.execute("INSERT INTO claimants (id, family_id, custody_seq) VALUES ('k', NULL, 1)");
        h.execute("INSERT INTO claims (id, claimant_id, incident_id, loss_category, victim_ids, documents) "
            + "VALUES ('cl-old', 'k', 'inc-1', 'death', '', '')");
        for (String[] step : new String[][] {{"0", "submitted"}, {"1", "under_review"}, {"2", "approved"}}) {
          h.execute("INSERT INTO claim_steps (claim_id, step_no, from_status, to_status, reviewer, role, stepped_at, "
              + "reason, custody_seq) VALUES ('cl-old', ?, NULL, ?, 'r', 'reviewer', '2020-01-01T00:00:00Z', 'x', ?)",
              Integer.parseInt(step[0]), step[1], Integer.parseInt(step[0]) + 2);
        }
      });
      v4.migrate();
      String status = v4.jdbi().withHandle(h -> h.createQuery("SELECT status FROM claims WHERE id = 'cl-old'")
          .mapTo(String.class).one());
      assertThat(status).isEqualTo("approved");
    }
  }

  private static List<CustodyEntry> entries(Ledger ledger, String subject) {
    return ledger.database().jdbi().withHandle(h -> ledger.custody().entriesFor(h, subject));
  }
}
