package org.harmledger.server.web;

import static org.junit.jupiter.api.Assertions.fail;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A BrowserSession is Debian's headless chromium, driven by chromedriver, looking at one running
 * server: the browser tests open hash routes, wait for the router to finish rendering them and
 * take screenshots (into target/screenshots/). Without chromium it fails the test, naming the
 * package to install; browser tests never skip.
 */
final class BrowserSession implements AutoCloseable {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration WAIT = Duration.ofSeconds(30);

  private final Javalin app;
  private final WebDriver driver;

  private BrowserSession(Javalin app, WebDriver driver) {
    this.app = app;
    this.driver = driver;
  }

  /** Starts a browser for {@code app}, which the session stops when it is closed. */
  static BrowserSession start(Javalin app) throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      app.stop();
      fail("browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
          + ": install them with apt-get install -y chromium chromium-driver");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + Files.createTempDirectory("harmledger-chromium"), "--window-size=1400,1100");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    Files.createDirectories(SCREENSHOTS);
    return new BrowserSession(app, new ChromeDriver(service, options));
  }

  WebDriver driver() {
    return driver;
  }

  /** Loads the page at {@code hash} and waits until the router has rendered it. */
  void open(String hash) {
    driver.get("http://localhost:" + app.port() + "/" + hash);
    waitForRoute(hash);
  }

  /** Waits until the router has rendered {@code hash} (the view's data-ready names the route it finished). */
  void waitForRoute(String hash) {
    waiting().until(d -> hash.equals(d.findElement(By.id("view")).getAttribute("data-ready")));
  }

  WebElement waitFor(By by) {
    return waiting().until(ExpectedConditions.presenceOfElementLocated(by));
  }

  boolean waitForText(By by, String text) {
    return waiting().until(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  /** A wait that looks again when the page re-renders the element it was reading. */
  WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(driver, WAIT);
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /** Signs in through the sign-in page and waits for the header to name the account. */
  void signIn(String name, String password) {
    open("#/signin");
    waitFor(By.id("signin-name")).sendKeys(name);
    driver.findElement(By.id("signin-password")).sendKeys(password);
    driver.findElement(By.id("signin-submit")).click();
    waitForText(By.id("whoami"), name);
  }

  void screenshot(String name) throws IOException {
    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENSHOTS.resolve(name + ".png"), png);
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      app.stop();
    }
  }
}
