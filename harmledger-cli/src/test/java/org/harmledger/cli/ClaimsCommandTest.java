package org.harmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.harmledger.model.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimsCommandTest {
  @TempDir
  Path dir;

  private String data() {
    return dir.resolve("data").toString();
  }

  private Cli.Result run(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--data";
    all[1] = data();
    System.arraycopy(args, 0, all, 2, args.length);
    return Cli.run(all);
  }

  private void claimantAndClaim(String claimant, String claim) throws Exception {
    Path doc = Files.writeString(dir.resolve(claim + ".txt"), "death certificate for " + claim);
    assertThat(run("claims", "claimant", "--id", claimant, "--given", "Salwa", "--phone", "+963 000",
        "--relation", "v-1=sibling").exit()).isZero();
    Cli.Result submitted = run("claims", "submit", "--id", claim, "--claimant", claimant, "--incident", "inc-1",
        "--category", "death", "--victim", "v-1", "--document", doc.toString());
    assertThat(submitted.out().strip()).isEqualTo("submitted claim " + claim + " with 1 documents");
  }

  @Test
  void workflow_submitReviewApprove_batchFlagsTwoClaimants_clearThenPay() throws Exception {
    run("victims", "add", "--id", "v-1", "--status", "civilian", "--outcome", "killed", "--incident", "inc-1",
        "--reason", "hospital list");
    claimantAndClaim("c-1", "cl-1");
    claimantAndClaim("c-2", "cl-2");

    assertThat(run("claims", "review", "cl-1", "--to", "under_review", "--reason", "complete", "--as", "amal",
        "--role", "reviewer").out().strip()).isEqualTo("claim cl-1: submitted -> under_review");
    assertThat(run("claims", "review", "cl-1", "--to", "approved", "--reason", "ok", "--as", "amal",
        "--role", "reviewer").exit()).isZero();
    Path report = dir.resolve("batch.txt");
    Cli.Result batch = run("claims", "batch", "--out", report.toString());
    assertThat(batch.exit()).as(batch.err()).isZero();
    assertThat(batch.out()).contains("claims by status:").contains("report written to");
    assertThat(Files.readString(report)).contains("eligibility:").contains("cl-1: not eligible")
        .contains("victim_claimed_by_several_claimants");

    Cli.Result refused = run("claims", "review", "cl-1", "--to", "paid", "--reason", "p", "--as", "omar",
        "--role", "payment_officer");
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.err()).startsWith("harmledger: claim cl-1: approved -> paid refused: ");
    String flag = run("claims", "flags").out().lines().filter(l -> l.startsWith("victim_claimed"))
        .findFirst().orElseThrow().split(" ")[0];
    assertThat(run("claims", "clear-flag", flag, "--reason", "two siblings, one share each").exit()).isZero();
    for (String line : run("claims", "flags").out().lines().filter(l -> l.contains("OPEN")).toList()) {
      run("claims", "clear-flag", line.split(" ")[0], "--reason", "checked");
    }
    assertThat(run("claims", "review", "cl-1", "--to", "paid", "--reason", "paid", "--as", "omar",
        "--role", "payment_officer").exit()).isZero();
    assertThat(run("claims", "list").out()).contains("cl-1").contains("paid").contains("2 claims");
    assertThat(run("verify").exit()).isZero();
  }

  @Test
  void exportSubject_thenErase_contactGoneClaimKept() throws Exception {
    run("victims", "add", "--id", "v-1", "--status", "civilian", "--outcome", "killed", "--reason", "r");
    claimantAndClaim("c-1", "cl-1");
    Path export = dir.resolve("c-1.json");

    assertThat(run("claims", "export-subject", "c-1", "--out", export.toString()).exit()).isZero();
    assertThat(Files.readString(export)).contains("Salwa").contains("+963 000").contains("cl-1");

    Cli.Result erased = run("claims", "erase", "c-1", "--reason", "request of the claimant");
    assertThat(erased.out()).startsWith("erased the personal data of claimant c-1");
    Path after = dir.resolve("after.json");
    run("claims", "export-subject", "c-1", "--out", after.toString());
    assertThat(Files.readString(after)).doesNotContain("Salwa").doesNotContain("+963 000").contains("cl-1");
  }

  @Test
  void batch_ownMandateFile_badFileNamed() throws Exception {
    Path mandate = Files.writeString(dir.resolve("mandate.json"), "{\"programme\": \"x\"}");

    Cli.Result r = run("claims", "batch", "--mandate", mandate.toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).startsWith("harmledger: ").contains("mandate.json").doesNotContain("\n\tat ");
  }

  @Test
  void attach_storesEachDocumentAsEvidence_listByStatus() throws Exception {
    run("victims", "add", "--id", "v-1", "--status", "civilian", "--outcome", "killed", "--reason", "r");
    claimantAndClaim("c-1", "cl-1");
    claimantAndClaim("c-2", "cl-2");
    run("claims", "review", "cl-2", "--to", "under_review", "--reason", "complete", "--as", "amal", "--role",
        "reviewer");
    Path letter = Files.writeString(dir.resolve("letter.txt"), "hospital letter");

    Cli.Result attached = run("claims", "attach", "cl-1", "--document", letter.toString(), "--reason", "late letter");

    assertThat(attached.out()).isEqualTo("attached letter.txt to claim cl-1 as "
        + Sha256.of("hospital letter".getBytes(StandardCharsets.UTF_8)).hex() + "\n");
    assertThat(run("claims", "attach", "cl-9", "--document", letter.toString(), "--reason", "r").err())
        .contains("claim cl-9 does not exist");
    assertThat(run("claims", "list", "--status", "under_review").out()).contains("cl-2").doesNotContain("cl-1")
        .contains("1 claims");
    assertThat(run("claims", "list").out()).contains("cl-1").contains("cl-2").contains("2 claims");
    assertThat(run("verify").exit()).isZero();
  }
}
