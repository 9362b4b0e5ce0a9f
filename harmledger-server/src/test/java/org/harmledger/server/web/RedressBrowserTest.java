package org.harmledger.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.harmledger.redress.AgeGroups;
import org.harmledger.redress.Claimant;
import org.harmledger.redress.Contact;
import org.harmledger.redress.Kinship;
import org.harmledger.redress.PersonNames;
import org.harmledger.redress.Relationship;
import org.harmledger.redress.VictimRowReader;
import org.harmledger.server.HarmLedgerServer;
import org.harmledger.server.ServerConfig;
import org.harmledger.server.ServerFixture;
import org.harmledger.store.Ledger;
import org.harmledger.store.redress.ClaimRegister;
import org.harmledger.store.redress.ClaimantRegister;
import org.harmledger.store.redress.VictimRegister;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The redress pages driven by chromium and chromedriver against the real server: a reviewer signs
 * in, opens the claims queue, moves a claim through review with reasons, decides a duplicate
 * proposal, adds a victim with an Arabic name and reads it back right to left, then registers a
 * claimant for that victim and submits a claim from the intake page. Screenshots go to
 * target/screenshots/. Without chromium the test fails (CI installs it); it never skips.
 */
class RedressBrowserTest {
  private static final String ARABIC = "سندس الوراق";

  private static BrowserSession browser;
  private static WebDriver driver;

  @BeforeAll
  static void start() throws IOException {
    ServerFixture fixture = ServerFixture.withCorpus();
    plant(fixture.services().ledger());
    browser = BrowserSession.start(HarmLedgerServer.create(fixture.services()).start(ServerConfig.DEFAULT_HOST, 0));
    driver = browser.driver();
  }

  /** Two records of one person (a duplicate proposal), a claimant with an Arabic name, and a submitted claim. */
  private static void plant(Ledger ledger) {
    VictimRowReader rows = new VictimRowReader(AgeGroups.loadDefault(),
        List.of("id", "given_name", "family_name", "arabic_name", "sex", "status", "outcome", "incident_id"));
    new VictimRegister(ledger.database().jdbi(), ledger.custody(), AgeGroups.loadDefault()).add(List.of(
        rows.read(2, List.of("v-1", "Sundus", "Warraq", ARABIC, "female", "civilian", "killed", "inc-1")),
        rows.read(3, List.of("v-2", "Sondos", "al-Warraq", ARABIC, "female", "civilian", "killed", "inc-1"))),
        "cli:tester", "t", "list");
    new ClaimantRegister(ledger.database().jdbi(), ledger.custody()).add(new Claimant("c-1",
        new PersonNames("Huda", null, "Warraq", "هدى الوراق", List.of()), new Contact("+963 955 000 000", null, null),
        null, List.of(new Relationship("v-1", Kinship.PARENT))), "cli:tester", "walk-in");
    new ClaimRegister(ledger.database().jdbi(), ledger.custody(), ledger.evidence())
        .submit("cl-1", "c-1", List.of("v-1"), "inc-1", "death", List.of(), "cli:tester");
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void reviewerMovesAClaimThroughReview_decidesADuplicate_andAddsAVictim() throws IOException {
    browser.signIn(ServerFixture.REVIEWER, ServerFixture.PASSWORD);
    assertThat(driver.findElement(By.id("nav-claims")).isDisplayed()).isTrue();

    driver.findElement(By.id("nav-claims")).click();
    browser.waitForRoute("#/claims");
    assertThat(driver.findElement(By.id("claim-list")).getText()).contains("cl-1").contains("death");
    browser.screenshot("claims-queue");

    driver.findElement(By.cssSelector("#claim-list a.claim-link")).click();
    browser.waitForRoute("#/claim/cl-1");
    assertThat(driver.findElement(By.id("claim-eligibility")).getText()).contains("incident inc-1 is not recorded");
    assertThat(driver.findElement(By.id("claim-award")).getText()).contains("not eligible");
    WebElement claimantArabic = driver.findElement(By.cssSelector("#claim-claimant bdi.arabic"));
    assertThat(claimantArabic.getText()).isEqualTo("هدى الوراق");
    assertThat(claimantArabic.getAttribute("dir")).isEqualTo("rtl");
    browser.screenshot("claim-submitted");

    driver.findElement(By.id("review-to-under_review")).click();
    assertThat(browser.waitForText(By.id("review-status"), "reason")).isTrue();
    moveTo("under_review", "documents complete");
    moveTo("approved", "death recorded in the hospital list");
    assertThat(driver.findElement(By.id("claim-history")).getText())
        .contains("documents complete").contains("death recorded in the hospital list");
    assertThat(driver.findElements(By.id("review-to-paid"))).hasSize(1);
    browser.screenshot("claim-approved");

    browser.open("#/claims?status=approved");
    assertThat(driver.findElement(By.id("claim-list")).getText()).contains("cl-1");

    browser.open("#/victims");
    WebElement proposal = browser.waitFor(By.cssSelector("#proposal-list tr[data-pair='v-1|v-2']"));
    assertThat(proposal.getText()).contains("given name");
    assertThat(driver.findElement(By.id("victim-list")).getText()).contains(ARABIC);
    browser.screenshot("victims-register");
    proposal.findElement(By.className("proposal-reason")).sendKeys("same death certificate");
    proposal.findElement(By.className("proposal-accept")).click();
    browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(
        By.cssSelector("#proposal-list tr[data-pair='v-1|v-2']")));

    browser.waitFor(By.id("victim-add-id")).sendKeys("v-9");
    driver.findElement(By.id("victim-add-given")).sendKeys("Nur");
    driver.findElement(By.id("victim-add-family")).sendKeys("Haddad");
    driver.findElement(By.id("victim-add-arabic")).sendKeys("نور الحداد");
    driver.findElement(By.id("victim-add-age")).sendKeys("child");
    driver.findElement(By.id("victim-add-reason")).sendKeys("clinic list");
    driver.findElement(By.id("victim-add-submit")).click();
    browser.waitForRoute("#/victim/v-9");
    WebElement arabic = driver.findElement(By.cssSelector("#victim-meta bdi.arabic"));
    assertThat(arabic.getText()).isEqualTo("نور الحداد");
    assertThat(arabic.getAttribute("dir")).isEqualTo("rtl");
    assertThat(driver.findElement(By.id("victim-meta")).getText()).contains("Nur Haddad").contains("child");
    browser.screenshot("victim-added");

    driver.findElement(By.id("victim-claim-link")).click();
    browser.waitForRoute("#/intake?victim=v-9");
    assertThat(browser.waitFor(By.id("claimant-add-victim")).getAttribute("value")).isEqualTo("v-9");
    assertThat(driver.findElement(By.id("claim-add-victims")).getAttribute("value")).isEqualTo("v-9");
    assertThat(driver.findElement(By.id("claim-add-category")).getText()).contains("death").contains("2,500 USD");
    driver.findElement(By.id("claimant-add-id")).sendKeys("c-2");
    driver.findElement(By.id("claimant-add-given")).sendKeys("Rima");
    driver.findElement(By.id("claimant-add-family")).sendKeys("Haddad");
    new Select(driver.findElement(By.id("claimant-add-kinship"))).selectByValue("parent");
    driver.findElement(By.id("claimant-add-reason")).sendKeys("walk-in at the field office");
    driver.findElement(By.id("claimant-add-submit")).click();
    assertThat(browser.waitForText(By.id("claimant-add-status"), "c-2")).isTrue();
    assertThat(driver.findElement(By.id("claim-add-claimant")).getAttribute("value")).isEqualTo("c-2");
    driver.findElement(By.id("claim-add-id")).sendKeys("cl-2");
    driver.findElement(By.id("claim-add-incident")).sendKeys("inc-1");
    new Select(driver.findElement(By.id("claim-add-category"))).selectByValue("death");
    browser.screenshot("claim-intake");
    driver.findElement(By.id("claim-add-submit")).click();
    browser.waitForRoute("#/claim/cl-2");
    assertThat(browser.waitFor(By.id("claim-claimant")).getText()).contains("Rima Haddad").contains("v-9: parent");
    assertThat(driver.findElement(By.id("claim-victims")).getText()).contains("v-9");
    assertThat(driver.findElement(By.id("claim-status")).getAttribute("class")).contains("status-submitted");
    browser.open("#/victim/v-9");
    browser.waitFor(By.id("victim-meta"));

    driver.findElement(By.id("lang-switch")).click();
    browser.waiting().until(d -> "rtl".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
    browser.waitFor(By.id("victim-meta"));
    assertThat(driver.findElement(By.id("nav-victims")).getText()).isEqualTo("الضحايا");
    browser.screenshot("victim-added-ar");
    driver.findElement(By.id("lang-switch")).click();
    browser.waiting().until(d -> "ltr".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
  }

  /** Types a reason and presses the button moving the claim to {@code status}, then waits for the page to show it. */
  private static void moveTo(String status, String reason) {
    WebElement field = browser.waitFor(By.id("review-reason"));
    field.clear();
    field.sendKeys(reason);
    driver.findElement(By.id("review-to-" + status)).click();
    browser.waiting().until(ExpectedConditions.attributeContains(By.id("claim-status"), "class",
        "status-" + status));
  }
}
