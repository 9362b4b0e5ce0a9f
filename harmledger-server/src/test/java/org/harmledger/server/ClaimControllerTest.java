package org.harmledger.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harmledger.server.TestServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.harmledger.redress.AwardSchedule;
import org.harmledger.redress.ClaimStatus;
import org.harmledger.redress.Claimant;
import org.harmledger.redress.Contact;
import org.harmledger.redress.EligibilityRule;
import org.harmledger.redress.Flag;
import org.harmledger.redress.FlagKind;
import org.harmledger.redress.Kinship;
import org.harmledger.redress.PersonNames;
import org.harmledger.redress.Relationship;
import org.harmledger.redress.ReviewerRole;
import org.harmledger.store.Ledger;
import org.harmledger.store.accounts.Role;
import org.harmledger.store.redress.ClaimRegister;
import org.harmledger.store.redress.ClaimantRegister;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClaimControllerTest {
  static final String PLANTED = "Ghufranel";
  static final String ADMIN = "admin";

  private ServerFixture fixture;

  @BeforeEach
  void corpus() {
    fixture = ServerFixture.withCorpus();
    fixture.services().accounts().add(ADMIN, Role.ADMIN, ServerFixture.PASSWORD.toCharArray());
    plant(fixture);
  }

  /** Registers a claimant with a planted name and contact. */
  static void plant(ServerFixture fixture) {
    Ledger ledger = fixture.services().ledger();
    new ClaimantRegister(ledger.database().jdbi(), ledger.custody()).add(new Claimant("c-1",
        PersonNames.latin(PLANTED, null, "Qurtubi"), new Contact("+963 955 111 222", "ghufran@example.org", null),
        null, List.of(new Relationship("v-1", Kinship.SPOUSE))), "cli:tester", "walk-in");
  }

  @Test
  void submitReviewApprove_reviewerCannotPay_adminPaysOnceFlagCleared() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      List<String> reviewer = http.signIn(ServerFixture.REVIEWER, ServerFixture.PASSWORD);
      List<String> admin = http.signIn(ADMIN, ServerFixture.PASSWORD);
      String[] asReviewer = {"Cookie", reviewer.get(0), Auth.CSRF_HEADER, reviewer.get(1)};
      String[] asAdmin = {"Cookie", admin.get(0), Auth.CSRF_HEADER, admin.get(1)};

      HttpResponse<String> submitted = http.post("/api/claims", "{\"id\":\"cl-1\",\"claimant\":\"c-1\","
          + "\"incident\":\"inc-1\",\"category\":\"death\",\"victims\":[\"v-1\"]}", asReviewer);
      assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
      http.post("/api/claims/cl-1/review", "{\"to\":\"under_review\",\"as\":\"reviewer\",\"reason\":\"ok\"}",
          asReviewer);
      HttpResponse<String> approved = http.post("/api/claims/cl-1/review",
          "{\"to\":\"approved\",\"as\":\"reviewer\",\"reason\":\"eligible\"}", asReviewer);
      assertThat(json(approved).get("status").asText()).isEqualTo("approved");
      assertThat(json(approved).get("history").get(2).get("reviewer").asText()).isEqualTo(ServerFixture.REVIEWER);

      String pay = "{\"to\":\"paid\",\"as\":\"payment_officer\",\"reason\":\"transfer\"}";
      assertThat(json(http.post("/api/claims/cl-1/review", pay, asReviewer)).get("error").asText())
          .isEqualTo("role reviewer may not act as payment_officer; it needs admin");
      Ledger ledger = fixture.services().ledger();
      ClaimRegister claims = new ClaimRegister(ledger.database().jdbi(), ledger.custody(), ledger.evidence());
      Flag flag = Flag.raise(FlagKind.OVERLAPPING_CLAIMS, "test", List.of("cl-1"), List.of("v-1"));
      claims.replaceFlags(List.of(flag));
      assertThat(http.post("/api/claims/cl-1/review", pay, asAdmin).statusCode()).isEqualTo(400);
      assertThat(json(http.get("/api/flags", "Cookie", reviewer.get(0))).get("items").get(0).get("open").asBoolean())
          .isTrue();
      assertThat(http.post("/api/flags/clear", "{\"flag\":\"" + flag.id() + "\",\"reason\":\"checked\"}", asReviewer)
          .statusCode()).isEqualTo(200);
      assertThat(json(http.post("/api/claims/cl-1/review", pay, asAdmin)).get("status").asText()).isEqualTo("paid");
    });
  }

  @Test
  void reads_needAReviewer_listingHoldsNoPersonalData_oneClaimShowsItsClaimantToTheReviewer() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      Ledger ledger = fixture.services().ledger();
      new ClaimRegister(ledger.database().jdbi(), ledger.custody(), ledger.evidence())
          .submit("cl-1", "c-1", List.of("v-1"), "inc-1", "death", List.of(), "cli:tester");
      List<String> reader = http.signIn(ServerFixture.READER, ServerFixture.PASSWORD);
      List<String> reviewer = http.signIn(ServerFixture.REVIEWER, ServerFixture.PASSWORD);

      assertThat(http.get("/api/claims").statusCode()).isEqualTo(401);
      assertThat(http.get("/api/claims/cl-1", "Cookie", reader.get(0)).statusCode()).isEqualTo(403);
      HttpResponse<String> listing = http.get("/api/claims", "Cookie", reviewer.get(0));
      assertThat(listing.body()).contains("cl-1").doesNotContain(PLANTED).doesNotContain("example.org");
      HttpResponse<String> one = http.get("/api/claims/cl-1", "Cookie", reviewer.get(0));
      assertThat(json(one).get("claimant_id").asText()).isEqualTo("c-1");
      assertThat(json(one).get("claimant").get("names").get("given").asText()).isEqualTo(PLANTED);
      assertThat(http.get("/api/claims/cl-9", "Cookie", reviewer.get(0)).statusCode()).isEqualTo(404);
    });
  }

  @Test
  void categories_comeFromTheAwardSchedule_forRecordersAndAbove() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      String reader = http.signIn(ServerFixture.READER, ServerFixture.PASSWORD).get(0);
      String reviewer = http.signIn(ServerFixture.REVIEWER, ServerFixture.PASSWORD).get(0);

      assertThat(http.get("/api/claims/categories").statusCode()).isEqualTo(401);
      assertThat(http.get("/api/claims/categories", "Cookie", reader).statusCode()).isEqualTo(403);
      JsonNode answer = json(http.get("/api/claims/categories", "Cookie", reviewer));
      assertThat(answer.get("currency").asText()).isEqualTo("USD");
      JsonNode death = null;
      for (JsonNode c : answer.get("categories")) {
        if (c.get("code").asText().equals("death")) {
          death = c;
        }
      }
      assertThat(death).as(answer.toString()).isNotNull();
      assertThat(death.get("amount").asLong()).isEqualTo(2500);
      assertThat(death.get("needs_victims").asBoolean()).isTrue();
      assertThat(death.get("illustrative").asBoolean()).isFalse();
      assertThat(answer.get("categories").size()).isEqualTo(AwardSchedule.loadUnccModel().categories().size());
    });
  }

  @Test
  void list_byStatus_pagedInTheStore() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      Ledger ledger = fixture.services().ledger();
      ClaimRegister claims = new ClaimRegister(ledger.database().jdbi(), ledger.custody(), ledger.evidence());
      for (String id : List.of("cl-1", "cl-2", "cl-3")) {
        claims.submit(id, "c-1", List.of("v-1"), "inc-1", "death", List.of(), "cli:tester");
      }
      claims.review("cl-2", ClaimStatus.UNDER_REVIEW, "amal", ReviewerRole.REVIEWER, "checking", "cli:tester");
      String cookie = http.signIn(ServerFixture.REVIEWER, ServerFixture.PASSWORD).get(0);
      String reader = http.signIn(ServerFixture.READER, ServerFixture.PASSWORD).get(0);

      assertThat(http.get("/api/claims?status=submitted").statusCode()).isEqualTo(401);
      assertThat(http.get("/api/claims?status=submitted", "Cookie", reader).statusCode()).isEqualTo(403);
      JsonNode submitted = json(http.get("/api/claims?status=submitted&limit=1&offset=1", "Cookie", cookie));
      assertThat(submitted.get("total").asInt()).isEqualTo(2);
      assertThat(submitted.get("items")).singleElement()
          .satisfies(c -> assertThat(c.get("id").asText()).isEqualTo("cl-3"));
      assertThat(json(http.get("/api/claims?status=under_review", "Cookie", cookie)).get("items").get(0).get("id")
          .asText()).isEqualTo("cl-2");
      assertThat(json(http.get("/api/claims", "Cookie", cookie)).get("total").asInt()).isEqualTo(3);
      HttpResponse<String> bad = http.get("/api/claims?status=lost", "Cookie", cookie);
      assertThat(bad.statusCode()).isEqualTo(400);
      assertThat(json(bad).get("error").asText()).startsWith("parameter status='lost': unknown status 'lost'");
      assertThat(http.get("/api/claims?limit=201", "Cookie", cookie).statusCode()).isEqualTo(400);
    });
  }

  @Test
  void one_hasEveryRuleWithItsReason_theAward_theNextStatuses_andTheFlagsBlockingPayment() throws Exception {
    TestServer.test(fixture, (app, http) -> {
      Ledger ledger = fixture.services().ledger();
      ClaimRegister claims = new ClaimRegister(ledger.database().jdbi(), ledger.custody(), ledger.evidence());
      claims.submit("cl-1", "c-1", List.of("v-1"), "inc-1", "death", List.of(), "cli:tester");
      Flag flag = Flag.raise(FlagKind.VICTIM_WITHOUT_INCIDENT, "victim v-1 is not registered", List.of("cl-1"),
          List.of("v-1"));
      claims.replaceFlags(List.of(flag));
      String cookie = http.signIn(ServerFixture.REVIEWER, ServerFixture.PASSWORD).get(0);

      JsonNode one = json(http.get("/api/claims/cl-1", "Cookie", cookie));

      assertThat(one.get("next")).extracting(JsonNode::asText).containsExactlyInAnyOrder("under_review", "rejected");
      JsonNode assessment = one.get("assessment");
      assertThat(assessment.get("eligible").asBoolean()).isFalse();
      assertThat(assessment.get("checks")).hasSize(EligibilityRule.values().length);
      assertThat(assessment.get("checks")).anySatisfy(c -> {
        assertThat(c.get("rule").asText()).isEqualTo("incident_recorded");
        assertThat(c.get("passed").asBoolean()).isFalse();
        assertThat(c.get("detail").asText()).isEqualTo("incident inc-1 is not recorded");
      });
      assertThat(assessment.get("award").get("awarded").asLong()).isZero();
      assertThat(assessment.get("award").get("note").asText()).isEqualTo("not eligible");
      assertThat(assessment.get("payment_blocked").asBoolean()).isTrue();
      assertThat(assessment.get("blocking_flags").get(0).get("id").asText()).isEqualTo(flag.id());
    });
  }
}
