package io.newsflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.article.Json;
import io.newsflow.kafka.KafkaClients;
import io.newsflow.kafka.KafkaLifecycle;
import io.newsflow.kafka.KafkaTestResource;
import io.newsflow.kafka.TopicsConfig;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;

/**
 * The page in headless Chromium, against the service as shipped: the offline demo source flows
 * through the embedded broker, crawler and tagger. Uses the system's {@code chromium} and {@code
 * chromedriver} (Debian packages of those names; {@code -Dchromium.binary} and {@code
 * -Dchromedriver.binary} point elsewhere) and never downloads a browser or a driver. Skipped only
 * when those binaries are absent.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
class DashboardBrowserTest {

  static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
  static final String CHROMEDRIVER =
      System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");
  static final String HOSTILE_TITLE =
      "<script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\"> Harbour live";

  @TestHTTPResource("/")
  URL page;

  @Inject KafkaClients clients;
  @Inject KafkaLifecycle lifecycle;
  @Inject TopicsConfig topics;

  private WebDriver driver;
  private ChromeDriverService service;

  @BeforeEach
  void openBrowser() {
    Assumptions.assumeTrue(
        Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER)),
        "no system Chromium: install the Debian packages chromium and chromium-driver");
    // The driver binary is given, so Selenium Manager never runs (and never downloads anything).
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1400,2200");
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    driver = new ChromeDriver(service, options);
  }

  @AfterEach
  void closeBrowser() {
    if (driver != null) {
      driver.quit();
    }
    if (service != null) {
      service.stop();
    }
  }

  @Test
  void shouldShowArticlesLiveFilterThemOpenOneAndRunNoScrapedScript() throws Exception {
    lifecycle.topicsReady().get(60, TimeUnit.SECONDS);
    driver.get(page.toString());

    // the demo's articles arrive through the crawler and the tagger
    await().atMost(Duration.ofSeconds(120)).until(() -> ids().size() >= 10);
    await().atMost(Duration.ofSeconds(30)).until(() -> text("connection").equals("live"));

    // a new article, with a hostile title, appears without a reload
    String id = "browser-" + Long.toString(System.nanoTime(), 36);
    String original = ids().get(0);
    produce(id, original);
    await().atMost(Duration.ofSeconds(30)).until(() -> ids().contains(id));
    live()
        .untilAsserted(
            () -> {
              WebElement hostile = article(id);
              assertThat(hostile.findElement(By.className("title")).getText()).contains("<script>");
              assertThat(hostile.findElements(By.tagName("script"))).isEmpty();
              assertThat(hostile.findElements(By.tagName("img"))).isEmpty();
              // its duplicate badge links to the original
              assertThat(hostile.findElement(By.cssSelector("a.badge")).getAttribute("href"))
                  .endsWith("#/article/" + original);
            });
    assertThat(script("return window.__pwned === undefined")).isEqualTo(true);

    // a filter narrows the list
    int all = total();
    await().atMost(Duration.ofSeconds(30)).until(() -> optionValues("f-language").contains("de"));
    new Select(driver.findElement(By.id("f-language"))).selectByValue("de");
    await().atMost(Duration.ofSeconds(30)).until(() -> total() > 0 && total() < all);
    live()
        .untilAsserted(
            () ->
                assertThat(metaLines())
                    .isNotEmpty()
                    .allSatisfy(line -> assertThat(line).endsWith("· de")));
    screenshot("dashboard-filtered.png");

    // an article view opens with its text, metadata and tags
    String chosen = ids().get(0);
    String title =
        (String)
            script(
                "return document.querySelector(\"#article-list li[data-id='"
                    + chosen
                    + "'] .title\").textContent");
    live().untilAsserted(() -> article(chosen).findElement(By.className("title")).click());
    await().atMost(Duration.ofSeconds(30)).until(() -> text("av-title").equals(title));
    assertThat(driver.findElements(By.cssSelector("#av-text p"))).isNotEmpty();
    assertThat(driver.findElement(By.id("overview")).isDisplayed()).isFalse();
    assertThat(text("av-meta")).contains("source").contains("demo");
    screenshot("dashboard-article.png");

    // the hostile article's view: its verdict links back to the original
    driver.get(page + "#/article/" + id);
    await().atMost(Duration.ofSeconds(30)).until(() -> text("av-title").contains("<script>"));
    assertThat(text("av-verdict")).contains("near duplicate").contains(original);
    assertThat(script("return window.__pwned === undefined")).isEqualTo(true);

    driver.get(page.toString());
    await().atMost(Duration.ofSeconds(60)).until(() -> ids().size() >= 10);
    screenshot("dashboard.png");

    // the page itself needs nothing the Content-Security-Policy forbids (the probe shows that
    // the browser's console is read at all)
    script("console.error('csp-probe')");
    assertThat(driver.manage().logs().get(LogType.BROWSER).getAll())
        .extracting(LogEntry::getMessage)
        .anyMatch(message -> message.contains("csp-probe"))
        .noneMatch(message -> message.contains("Content Security Policy"));
  }

  /** Awaits an assertion on elements the live page may redraw meanwhile. */
  private static org.awaitility.core.ConditionFactory live() {
    return await()
        .atMost(Duration.ofSeconds(30))
        .ignoreException(StaleElementReferenceException.class)
        .ignoreException(NoSuchElementException.class);
  }

  private Object script(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  /** The ids of the listed articles, read in one go. */
  @SuppressWarnings("unchecked")
  private List<String> ids() {
    return (List<String>)
        script(
            "return Array.from(document.querySelectorAll('#article-list li.article'))"
                + ".map(li => li.dataset.id)");
  }

  @SuppressWarnings("unchecked")
  private List<String> metaLines() {
    return (List<String>)
        script(
            "return Array.from(document.querySelectorAll('#article-list li.article .meta-line'))"
                + ".map(m => m.textContent)");
  }

  private WebElement article(String id) {
    return driver.findElement(By.cssSelector("#article-list li[data-id='" + id + "']"));
  }

  private int total() {
    String total = driver.findElement(By.id("article-list")).getAttribute("data-total");
    return total == null ? -1 : Integer.parseInt(total);
  }

  private List<String> optionValues(String select) {
    return new Select(driver.findElement(By.id(select)))
        .getOptions().stream().map(o -> o.getAttribute("value")).toList();
  }

  private String text(String id) {
    return driver.findElement(By.id(id)).getText();
  }

  private void screenshot(String name) throws Exception {
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.createDirectories(Path.of("target"));
    Files.copy(shot.toPath(), Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
  }

  private void produce(String id, String original) throws Exception {
    Map<String, Object> article = new LinkedHashMap<>();
    article.put("schemaVersion", 1);
    article.put("id", id);
    article.put("url", "javascript:window.__pwned=3");
    article.put("canonicalUrl", "https://example.org/" + id);
    article.put("sourceId", "browser-test");
    article.put("fetchedAt", Instant.now().toString());
    article.put("title", HOSTILE_TITLE);
    article.put(
        "text", "<b>bold?</b> The harbour reopened.\n\n<script>window.__pwned = 4</script>");
    article.put("language", "en");
    article.put("entities", List.of());
    article.put("tags", List.of("<i>tag</i>"));
    article.put("topics", List.of());
    article.put("keywords", List.of());
    Map<String, Object> duplicate = new LinkedHashMap<>(article);
    Map<String, Object> dedup = new LinkedHashMap<>();
    dedup.put("status", "near");
    dedup.put("duplicateOf", original);
    dedup.put("similarity", 0.93);
    dedup.put("storyId", original);
    duplicate.put("dedup", dedup);
    try (KafkaProducer<String, byte[]> producer = clients.producer("dashboard-browser-test")) {
      // only as the deduplicator's output: the running deduplicator must not judge it again
      producer.send(record(topics.duplicates(), id, duplicate)).get();
    }
  }

  private static ProducerRecord<String, byte[]> record(
      String topic, String key, Map<String, Object> value) {
    return new ProducerRecord<>(topic, key, Json.write(value).getBytes(StandardCharsets.UTF_8));
  }
}
