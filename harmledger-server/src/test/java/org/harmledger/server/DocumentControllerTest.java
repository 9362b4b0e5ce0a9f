package org.harmledger.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harmledger.server.TestServer.json;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.harmledger.model.Sha256;
import org.harmledger.store.Ledger;
import org.harmledger.store.accounts.Role;
import org.harmledger.store.custody.CustodyEntry;
import org.harmledger.store.redress.ClaimRegister;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DocumentControllerTest {
  private static final String RECORDER = "recorder";
  private static final byte[] LETTER = "Hospital letter: death of the claimant's husband, 2019-01-18."
      .getBytes(StandardCharsets.UTF_8);

  private ServerFixture fixture;

  @BeforeEach
  void corpus() {
    fixture = ServerFixture.withCorpus();
    fixture.services().accounts().add(RECORDER, Role.RECORDER, ServerFixture.PASSWORD.toCharArray());
    ClaimControllerTest.plant(fixture);
    Ledger ledger = fixture.services().ledger();
    new ClaimRegister(ledger.database().jdbi(), ledger.custody(), ledger.evidence())
        .submit("cl-1", "c-1", List.of("v-1"), "inc-1", "death", List.of(), "cli:tester");
  }

  private static String upload(byte[] document) {
    return "{\"content_base64\":\"" + Base64.getEncoder().encodeToString(document) + "\",\"reason\":\"hospital\"}";
  }

  @Test
  void upload_recorderAttaches_storedAsEvidenceWithCustody_limitsAndRolesEnforced() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      List<String> reader = http.signIn(ServerFixture.READER, ServerFixture.PASSWORD);
      List<String> recorder = http.signIn(RECORDER, ServerFixture.PASSWORD);
      String[] asRecorder = {"Cookie", recorder.get(0), Auth.CSRF_HEADER, recorder.get(1)};

      assertThat(http.post("/api/claims/cl-1/documents", upload(LETTER)).statusCode()).isEqualTo(401);
      assertThat(http.post("/api/claims/cl-1/documents", upload(LETTER), "Cookie", reader.get(0), Auth.CSRF_HEADER,
          reader.get(1)).statusCode()).isEqualTo(403);
      HttpResponse<String> attached = http.post("/api/claims/cl-1/documents", upload(LETTER), asRecorder);

      assertThat(attached.statusCode()).as(attached.body()).isEqualTo(200);
      String sha = Sha256.of(LETTER).hex();
      assertThat(json(attached).get("sha256").asText()).isEqualTo(sha);
      Ledger ledger = fixture.services().ledger();
      assertThat(ledger.evidence().read(Sha256.of(LETTER))).isEqualTo(LETTER);
      List<CustodyEntry> received = ledger.database().jdbi().withHandle(h -> ledger.custody().entriesFor(h, sha));
      assertThat(received).singleElement().satisfies(e -> {
        assertThat(e.action()).isEqualTo("received");
        assertThat(e.actor()).isEqualTo("user:" + RECORDER);
        assertThat(e.details()).contains("claim.document").contains("cl-1");
      });
      HttpResponse<String> tooLarge = http.post("/api/claims/cl-1/documents",
          upload(new byte[DocumentController.MAX_DOCUMENT_BYTES + 1]), asRecorder);
      assertThat(tooLarge.statusCode()).isEqualTo(413);
      assertThat(json(tooLarge).get("error").asText()).isEqualTo("document is 524289 bytes; the limit is 524288");
      assertThat(json(http.post("/api/claims/cl-1/documents", "{\"content_base64\":\"%%\",\"reason\":\"r\"}",
          asRecorder)).get("error").asText()).startsWith("field content_base64 is not base64");
      assertThat(http.post("/api/claims/cl-9/documents", upload(LETTER), asRecorder).statusCode()).isEqualTo(404);
    });
  }

  @Test
  void download_onlyForReviewers_theSameBytes_unknownDocument404() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      List<String> recorder = http.signIn(RECORDER, ServerFixture.PASSWORD);
      http.post("/api/claims/cl-1/documents", upload(LETTER), "Cookie", recorder.get(0), Auth.CSRF_HEADER,
          recorder.get(1));
      String path = "/api/claims/cl-1/documents/" + Sha256.of(LETTER).hex();
      String reviewer = http.signIn(ServerFixture.REVIEWER, ServerFixture.PASSWORD).get(0);

      assertThat(http.get(path).statusCode()).isEqualTo(401);
      assertThat(http.get(path, "Cookie", recorder.get(0)).statusCode()).isEqualTo(403);
      HttpResponse<String> got = http.get(path, "Cookie", reviewer);
      assertThat(got.statusCode()).isEqualTo(200);
      assertThat(got.body().getBytes(StandardCharsets.UTF_8)).isEqualTo(LETTER);
      assertThat(got.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v)
          .startsWith("attachment"));
      assertThat(http.get("/api/claims/cl-1/documents/" + "0".repeat(64), "Cookie", reviewer).statusCode())
          .isEqualTo(404);
    });
  }
}
