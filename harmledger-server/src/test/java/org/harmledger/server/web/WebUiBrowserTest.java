package org.harmledger.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.harmledger.server.HarmLedgerServer;
import org.harmledger.server.ServerConfig;
import org.harmledger.server.ServerFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI driven by Debian's chromium and chromedriver against the real server over the
 * ingested example corpus: the map, filters, an incident, a source report with its highlights,
 * search, sign-in and a merge. Screenshots of each page go to target/screenshots/. Without
 * chromium the test fails (CI installs it); it never skips.
 */
class WebUiBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration WAIT = Duration.ofSeconds(30);

  private static ServerFixture fixture;
  private static Javalin app;
  private static WebDriver driver;
  private static Path profile;

  @BeforeAll
  static void start() throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      fail("browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
          + ": install them with apt-get install -y chromium chromium-driver");
    }
    fixture = ServerFixture.withCorpus();
    app = HarmLedgerServer.create(fixture.services()).start(ServerConfig.DEFAULT_HOST, 0);
    profile = Files.createTempDirectory("harmledger-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--window-size=1400,1100");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (app != null) {
      app.stop();
    }
  }

  @Test
  void mapFilterIncidentSourceSearchSignInAndMerge() throws IOException {
    open("#/incidents");
    waitFor(By.cssSelector("#map .incident-marker"));
    int all = rows().size();
    assertThat(all).isGreaterThan(3);
    assertThat(driver.findElements(By.cssSelector("#map .incident-marker"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("#map path.governorate"))).as("governorate boundaries").isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("#timeline rect.bar"))).isNotEmpty();
    screenshot("incidents");

    driver.findElement(By.id("filter-admin1")).sendKeys("Deir ez-Zor");
    driver.findElement(By.id("filter-apply")).click();
    waitForRoute("#/incidents?admin1=Deir+ez-Zor");
    List<WebElement> filtered = rows();
    assertThat(filtered).hasSizeBetween(1, all - 1);
    filtered.forEach(r -> assertThat(r.findElements(By.tagName("td")).get(1).getText()).contains("Deir ez-Zor"));
    screenshot("incidents-filtered");

    String incidentId = null;
    for (WebElement row : filtered) {
      if (row.findElements(By.tagName("td")).get(3).getText().matches("[1-9][0-9]*")) {
        incidentId = row.getAttribute("data-id");
        row.findElement(By.tagName("a")).click();
        break;
      }
    }
    assertThat(incidentId).isNotNull();
    waitFor(By.cssSelector("#sources .source"));
    assertThat(driver.findElement(By.id("figures")).getText()).contains("killed");
    assertThat(driver.findElement(By.id("grade-reason")).getText()).isNotBlank();
    screenshot("incident");

    driver.findElement(By.cssSelector("#sources .source-link")).click();
    waitFor(By.cssSelector("#report-text mark"));
    assertThat(driver.findElements(By.cssSelector("#report-text mark"))).hasSizeGreaterThan(2);
    assertThat(driver.findElement(By.id("report-sha")).getText()).hasSize(64);
    assertThat(driver.findElement(By.id("download-original")).getAttribute("href")).endsWith("/original");
    screenshot("report");

    open("#/search");
    waitFor(By.id("search-q")).sendKeys("Baghouz");
    driver.findElement(By.id("search-go")).click();
    waitFor(By.cssSelector("#search-results mark"));
    assertThat(driver.findElement(By.id("search-results")).getText()).contains("Baghouz");
    screenshot("search");

    open("#/signin");
    waitFor(By.id("signin-name")).sendKeys(ServerFixture.REVIEWER);
    driver.findElement(By.id("signin-password")).sendKeys(ServerFixture.PASSWORD);
    driver.findElement(By.id("signin-submit")).click();
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.id("whoami"),
        ServerFixture.REVIEWER));

    String other = null;
    open("#/incidents?admin1=Deir+ez-Zor");
    waitFor(By.cssSelector("#incident-list tbody tr"));
    for (WebElement row : rows()) {
      if (!row.getAttribute("data-id").equals(incidentId)) {
        other = row.getAttribute("data-id");
        break;
      }
    }
    assertThat(other).isNotNull();
    open("#/incident/" + incidentId);
    waitFor(By.id("merge-ids")).sendKeys(other);
    driver.findElement(By.id("merge-reason")).sendKeys("one strike reported twice");
    driver.findElement(By.id("merge-submit")).click();
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.id("view"),
        "one strike reported twice"));
    assertThat(driver.findElement(By.id("view")).getText()).contains("user:reviewer merged [" + other + "]");
    screenshot("curation");

    open("#/incidents");
    driver.findElement(By.id("lang-switch")).click();
    new WebDriverWait(driver, WAIT).until(d -> "rtl".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
    waitFor(By.cssSelector("#map .incident-marker"));
    assertThat(driver.findElement(By.id("nav-incidents")).getText()).isEqualTo("الحوادث");
    screenshot("incidents-ar");
  }

  private static void open(String hash) {
    driver.get("http://localhost:" + app.port() + "/" + hash);
    waitForRoute(hash);
  }

  private static void waitForRoute(String hash) {
    new WebDriverWait(driver, WAIT).until(d -> hash.equals(d.findElement(By.id("view")).getAttribute("data-ready")));
  }

  private static WebElement waitFor(By by) {
    return new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(by));
  }

  private static List<WebElement> rows() {
    return driver.findElements(By.cssSelector("#incident-list tbody tr"));
  }

  private static void screenshot(String name) throws IOException {
    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENSHOTS.resolve(name + ".png"), png);
  }
}
