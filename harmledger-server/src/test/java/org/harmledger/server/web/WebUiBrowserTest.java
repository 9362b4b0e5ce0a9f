package org.harmledger.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.harmledger.server.HarmLedgerServer;
import org.harmledger.server.ServerConfig;
import org.harmledger.server.ServerFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The web UI driven by Debian's chromium and chromedriver against the real server over the
 * ingested example corpus: the map, filters, an incident, a source report with its highlights,
 * search, sign-in and a merge. Screenshots of each page go to target/screenshots/. Without
 * chromium the test fails (CI installs it); it never skips.
 */
class WebUiBrowserTest {
  private static BrowserSession browser;
  private static WebDriver driver;

  @BeforeAll
  static void start() throws IOException {
    ServerFixture fixture = ServerFixture.withCorpus();
    browser = BrowserSession.start(HarmLedgerServer.create(fixture.services()).start(ServerConfig.DEFAULT_HOST, 0));
    driver = browser.driver();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void mapFilterIncidentSourceSearchSignInAndMerge() throws IOException {
    browser.open("#/incidents");
    browser.waitFor(By.cssSelector("#map .incident-marker"));
    int all = rows().size();
    assertThat(all).isGreaterThan(3);
    assertThat(driver.findElements(By.cssSelector("#map .incident-marker"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("#map path.governorate"))).as("governorate boundaries").isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("#timeline rect.bar"))).isNotEmpty();
    browser.screenshot("incidents");

    driver.findElement(By.id("filter-admin1")).sendKeys("Deir ez-Zor");
    driver.findElement(By.id("filter-apply")).click();
    browser.waitForRoute("#/incidents?admin1=Deir+ez-Zor");
    List<WebElement> filtered = rows();
    assertThat(filtered).hasSizeBetween(1, all - 1);
    filtered.forEach(r -> assertThat(r.findElements(By.tagName("td")).get(1).getText()).contains("Deir ez-Zor"));
    browser.screenshot("incidents-filtered");

    String incidentId = null;
    for (WebElement row : filtered) {
      if (row.findElements(By.tagName("td")).get(3).getText().matches("[1-9][0-9]*")) {
        incidentId = row.getAttribute("data-id");
        row.findElement(By.tagName("a")).click();
        break;
      }
    }
    assertThat(incidentId).isNotNull();
    browser.waitFor(By.cssSelector("#sources .source"));
    assertThat(driver.findElement(By.id("figures")).getText()).contains("killed");
    assertThat(driver.findElement(By.id("grade-reason")).getText()).isNotBlank();
    browser.screenshot("incident");

    driver.findElement(By.cssSelector("#sources .source-link")).click();
    browser.waitFor(By.cssSelector("#report-text mark"));
    assertThat(driver.findElements(By.cssSelector("#report-text mark"))).hasSizeGreaterThan(2);
    assertThat(driver.findElement(By.id("report-sha")).getText()).hasSize(64);
    assertThat(driver.findElement(By.id("download-original")).getAttribute("href")).endsWith("/original");
    browser.screenshot("report");

    browser.open("#/search");
    browser.waitFor(By.id("search-q")).sendKeys("Baghouz");
    driver.findElement(By.id("search-go")).click();
    browser.waitFor(By.cssSelector("#search-results mark"));
    assertThat(driver.findElement(By.id("search-results")).getText()).contains("Baghouz");
    browser.screenshot("search");

    browser.signIn(ServerFixture.REVIEWER, ServerFixture.PASSWORD);

    String other = null;
    browser.open("#/incidents?admin1=Deir+ez-Zor");
    browser.waitFor(By.cssSelector("#incident-list tbody tr"));
    for (WebElement row : rows()) {
      if (!row.getAttribute("data-id").equals(incidentId)) {
        other = row.getAttribute("data-id");
        break;
      }
    }
    assertThat(other).isNotNull();
    browser.open("#/incident/" + incidentId);
    browser.waitFor(By.id("merge-ids")).sendKeys(other);
    driver.findElement(By.id("merge-reason")).sendKeys("one strike reported twice");
    driver.findElement(By.id("merge-submit")).click();
    browser.waitForText(By.id("view"), "one strike reported twice");
    assertThat(driver.findElement(By.id("view")).getText()).contains("user:reviewer merged [" + other + "]");
    browser.screenshot("curation");

    browser.open("#/incidents");
    driver.findElement(By.id("lang-switch")).click();
    browser.waiting().until(d -> "rtl".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
    browser.waitFor(By.cssSelector("#map .incident-marker"));
    assertThat(driver.findElement(By.id("nav-incidents")).getText()).isEqualTo("الحوادث");
    browser.screenshot("incidents-ar");
  }

  private static List<WebElement> rows() {
    return driver.findElements(By.cssSelector("#incident-list tbody tr"));
  }
}
