package org.tacitus.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tacitus.app.web.WebConfig;
import org.tacitus.app.web.WebServer;
import org.tacitus.store.EventStore;

/**
 * The page in headless Chromium (Debian's chromium and chromium-driver, driven by Selenium; no browser download).
 * Skipped with a message when they are not installed, unless {@code -Dtacitus.requireBrowser=true} (set by CI),
 * which makes their absence a failure. Screenshots go to {@code target/screenshots}, or to {@code docs/screenshots}
 * with {@code -Dtacitus.updateScreenshots=true}.
 */
@Tag("browser")
class WebBrowserTest {

  private static final String TOKEN = "browser-test-token";
  private static final Duration WAIT = Duration.ofSeconds(180);

  /** Short dated stories about Russia and Pakistan, written for this test, by date. */
  private static final Map<String, String> MORE_STORIES = new java.util.TreeMap<>(Map.of(
      "2024-01-15", "Russian President Vladimir Putin met Pakistani Prime Minister Shehbaz Sharif in Moscow and"
          + " praised Pakistan's efforts against terrorism.",
      "2024-02-10", "Pakistan accused Russia of delaying the gas pipeline project. Russia rejected the accusation.",
      "2024-04-22", "Russia and Pakistan signed an agreement on energy cooperation in Islamabad.",
      "2024-05-30", "Pakistan criticised Russia for its refusal to supply wheat at the agreed price.",
      "2024-06-12", "The Russian foreign minister visited Islamabad and promised economic aid to Pakistan."));

  @TempDir
  static Path dir;

  private static Path chromium;
  private static Path chromedriver;
  private WebDriver driver;
  private EventStore store;
  private WebServer server;

  @BeforeAll
  static void findBrowser() {
    chromium = Path.of(System.getProperty("tacitus.chromium", "/usr/bin/chromium"));
    chromedriver = Path.of(System.getProperty("tacitus.chromedriver", "/usr/bin/chromedriver"));
    boolean present = Files.isExecutable(chromium) && Files.isExecutable(chromedriver);
    String message = "browser tests need chromium at " + chromium + " and chromedriver at " + chromedriver
        + " (apt-get install chromium chromium-driver, or -Dtacitus.chromium=... -Dtacitus.chromedriver=...)";
    if (!present && Boolean.getBoolean("tacitus.requireBrowser")) {
      fail(message + "; tacitus.requireBrowser is set, so this is a failure, not a skip");
    }
    assumeTrue(present, message + "; skipping");
  }

  @BeforeEach
  void openBrowser() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,960",
        "--disable-dev-shm-usage");
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
  }

  @AfterEach
  void closeAll() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  /** The browser's console must hold no errors: no script error, no request refused, no CSP violation. */
  private void assertNoConsoleErrors() {
    List<String> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    assertThat(severe).isEmpty();
  }

  private String serve(Pipeline pipeline, String name) {
    store = EventStore.open(dir.resolve(name + ".duckdb"));
    server = WebServer.start(WebConfig.local(0, TOKEN), store, pipeline);
    return "http://127.0.0.1:" + server.port();
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(driver, WAIT);
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private void setValue(String id, String value) {
    js("const e = document.getElementById(arguments[0]); e.value = arguments[1];"
        + " e.dispatchEvent(new Event('input'));", id, value);
  }

  /**
   * Types text into the page, or uploads it from a file when {@code upload} is given, codes it (storing it under
   * id), and waits for the result.
   */
  private void codeOnPage(String base, String text, String id, String date, Path upload) {
    driver.get(base + "/#code");
    WebElement area = driver.findElement(By.id("code-text"));
    if (upload == null) {
      area.click();
      area.sendKeys(text);
    } else {
      driver.findElement(By.id("code-file")).sendKeys(upload.toAbsolutePath().toString());
      waiting().until(d -> text.equals(d.findElement(By.id("code-text")).getDomProperty("value")));
    }
    setValue("code-id", id);
    setValue("code-date", date);
    driver.findElement(By.id("code-store")).click();
    driver.findElement(By.id("code-token")).sendKeys(TOKEN);
    driver.findElement(By.id("code-submit")).click();
    waiting().until(d -> !d.findElement(By.id("code-result")).getAttribute("data-events").isEmpty()
        || d.findElement(By.id("error")).isDisplayed());
    assertThat(driver.findElement(By.id("error")).isDisplayed()).as("error: %s",
        driver.findElement(By.id("error")).getText()).isFalse();
  }

  /** The number of painted (non-transparent) pixels of the first canvas in the element. */
  private long paintedPixels(String elementId) {
    Object n = js("const c = document.querySelector('#' + arguments[0] + ' canvas'); if (!c) return -1;"
        + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;"
        + " for (let i = 3; i < d.length; i += 4) if (d[i] !== 0) n++; return n;", elementId);
    return ((Number) n).longValue();
  }

  private void screenshot(String name) throws IOException {
    boolean update = Boolean.getBoolean("tacitus.updateScreenshots");
    Path folder = update ? Path.of("..", "docs", "screenshots") : Path.of("target", "screenshots");
    Files.createDirectories(folder);
    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    Files.write(folder.resolve(name + ".png"), png);
  }

  private static JsonNode getJson(String url) throws IOException, InterruptedException {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(url).isEqualTo(200);
    return EventJson.MAPPER.readTree(r.body());
  }

  /** For each event, the highlighted pieces marked with its index must spell its evidence. */
  private void assertEvidenceHighlighted(String containerId, JsonNode events) {
    for (int k = 0; k < events.size(); k++) {
      @SuppressWarnings("unchecked")
      List<String> pieces = (List<String>) js("return [...document.querySelectorAll('#' + arguments[0]"
          + " + ' span.evidence')].filter(s => s.dataset.events.split(' ').includes(String(arguments[1])))"
          + ".map(s => s.textContent);", containerId, k);
      assertThat(String.join("", pieces)).as("highlight of event %d", k)
          .isEqualTo(events.get(k).get("evidence").get("text").asText());
    }
  }

  @Test
  @Tag("corenlp")
  void theSeedArticleIsCodedWithHighlightsAndItsDyadChartRenders() throws Exception {
    Path seed = SharedPipeline.shared().resolve("seed/article.txt");
    assumeTrue(Files.isRegularFile(seed), "seed article not found at " + seed + "; skipping");
    String base = serve(SharedPipeline.get(), "seed");
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    codeOnPage(base, text, "seed-article", "2024-03-04", null);

    JsonNode stored = getJson(base + "/api/articles/seed-article");
    JsonNode events = stored.get("events");
    assertThat(events.size()).isPositive();
    assertThat(driver.findElements(By.cssSelector("#code-result li.event"))).hasSize(events.size());
    assertThat(driver.findElements(By.cssSelector("#code-result span.actor"))).isNotEmpty();
    assertEvidenceHighlighted("code-result", events);

    // the rule shows on hover
    WebElement first = driver.findElement(By.cssSelector("#code-result span.evidence"));
    new Actions(driver).moveToElement(first).perform();
    waiting().until(d -> d.findElement(By.id("code-detail")).getText().contains("rule:"));
    assertThat(first.getAttribute("title")).contains("rule:");
    screenshot("code-view");

    driver.get(base + "/#article/seed-article");
    waiting().until(d -> "seed-article".equals(d.findElement(By.id("article-text")).getAttribute("data-loaded")));
    assertEvidenceHighlighted("article-text", events);
    assertThat(driver.findElements(By.cssSelector("#article-events tbody tr"))).hasSize(events.size());
    new Actions(driver).moveToElement(driver.findElement(By.cssSelector("#article-text span.evidence"))).perform();
    waiting().until(d -> d.findElement(By.id("article-detail")).getText().contains("rule:"));
    screenshot("article-view");

    // a few more dated stories (written for this test) so that the dyad has a line over several months
    for (Map.Entry<String, String> story : MORE_STORIES.entrySet()) {
      HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
          + "/api/code?store=true")).header("Authorization", "Bearer " + TOKEN)
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
              EventJson.MAPPER.writeValueAsString(Map.of("id", "story-" + story.getKey(), "date", story.getKey(),
                  "text", story.getValue())))).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }
    JsonNode top = getJson(base + "/api/network?n=1").get("edges").get(0);
    String a = top.get("source").asText().substring(0, 3);
    String b = top.get("target").asText().substring(0, 3);
    driver.get(base + "/#dyad/" + a + "/" + b);
    waiting().until(d -> d.findElement(By.id("dyad-chart")).getAttribute("data-periods") != null);
    int periods = getJson(base + "/api/dyads/" + a + "/" + b + "/series").get("periods").size();
    assertThat(periods).isPositive();
    assertThat(driver.findElement(By.id("dyad-chart")).getAttribute("data-periods")).isEqualTo(
        Integer.toString(periods));
    waiting().until(d -> paintedPixels("dyad-chart") > 1000);
    screenshot("dyad-chart");

    driver.get(base + "/#network");
    waiting().until(d -> paintedPixels("network-chart") > 1000);
    screenshot("network");

    assertTheMapShowsMoscow(base);
    assertNoConsoleErrors();
  }

  /**
   * The seed article's meeting is placed in Moscow: the article view marks the place words with the place's reason,
   * the map paints its countries and a point per place the API gives, and clicking the Moscow point lists its events.
   */
  private void assertTheMapShowsMoscow(String base) throws Exception {
    List<JsonNode> placed = new java.util.ArrayList<>();
    getJson(base + "/api/events?limit=1000").get("events").forEach(e -> {
      if (e.hasNonNull("place") && e.get("place").hasNonNull("lat")) {
        placed.add(e);
      }
    });
    List<JsonNode> moscow = placed.stream().filter(e -> e.get("place").get("name").asText().equals("Moscow")
        && e.get("place").get("country").asText().equals("RUS")).toList();
    assertThat(moscow).as("events placed in Moscow, Russia").isNotEmpty();
    JsonNode where = moscow.get(0).get("place");
    assertThat(where.get("type").asText()).isEqualTo("city");

    // the place words are highlighted in the article view, with the reason on hover
    driver.get(base + "/#article/seed-article");
    waiting().until(d -> "seed-article".equals(d.findElement(By.id("article-text")).getAttribute("data-loaded")));
    JsonNode seedPlace = getJson(base + "/api/articles/seed-article").get("events").findValues("place").stream()
        .filter(p -> p.hasNonNull("evidence")).findFirst().orElseThrow();
    @SuppressWarnings("unchecked")
    List<String> placeWords = (List<String>) js("return [...document.querySelectorAll('#article-text span.place')]"
        + ".filter(s => s.dataset.place === arguments[0]).map(s => s.textContent);", seedPlace.get("name").asText());
    assertThat(String.join("", placeWords)).contains(seedPlace.get("evidence").get("text").asText());
    WebElement placeSpan = driver.findElement(By.cssSelector("#article-text span.place"));
    assertThat(placeSpan.getAttribute("title")).contains("place ").contains(seedPlace.get("reason").asText());

    driver.get(base + "/#map");
    WebElement map = driver.findElement(By.id("map-chart"));
    waiting().until(d -> map.getAttribute("data-points") != null);
    long places = placed.stream().map(e -> e.get("place").get("name").asText() + "@" + e.get("place").get("lat")
        + "," + e.get("place").get("lon")).distinct().count();
    assertThat(map.getAttribute("data-points")).isEqualTo(Long.toString(places));
    assertThat(List.of(map.getAttribute("data-places").split("\\|"))).contains("Moscow");
    waiting().until(d -> paintedPixels("map-chart") > 20_000);

    // click the Moscow point: its events are listed, each with its evidence
    @SuppressWarnings("unchecked")
    List<Number> xy = (List<Number>) js("return echarts.getInstanceByDom(document.getElementById('map-chart'))"
        + ".convertToPixel({ geoIndex: 0 }, [arguments[0], arguments[1]]);", where.get("lon").asDouble(),
        where.get("lat").asDouble());
    org.openqa.selenium.Dimension size = map.getSize();
    new Actions(driver).moveToElement(map, xy.get(0).intValue() - size.getWidth() / 2,
        xy.get(1).intValue() - size.getHeight() / 2).click().perform();
    waiting().until(d -> "Moscow".equals(d.findElement(By.id("map-detail")).getAttribute("data-place")));
    List<WebElement> listed = driver.findElements(By.cssSelector("#map-detail li"));
    assertThat(listed).hasSize(moscow.size());
    assertThat(driver.findElements(By.cssSelector("#map-detail li q")).stream()
        .map(q -> q.getDomProperty("textContent")).toList())
        .containsExactlyInAnyOrderElementsOf(moscow.stream().map(e -> e.get("evidence").get("text").asText())
            .toList());
    screenshot("map");
  }

  @Test
  void articleTextWithScriptAndAttributeInjectionIsShownAsTextAndNeverRun() throws Exception {
    String base = serve(FakeStages.pipeline(), "xss");
    // no '.' inside: the fake stages end a sentence there
    String script = "<script>top['__xss'] = 1; top['document']['title'] = 'pwned'</script>";
    String attribute = "\"><img src=x onerror=\"top['__xss'] = 2\">";
    String text = "KEN 040 ETH. The note read " + script + " and then " + attribute + " twice";
    Path file = dir.resolve("injection.txt");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    codeOnPage(base, text, "xss-article", "2024-01-02", file);

    WebElement result = driver.findElement(By.id("code-result"));
    assertThat(result.getText()).contains(script).contains(attribute);
    assertThat(driver.findElements(By.cssSelector("#code-result img, #code-result script"))).isEmpty();
    assertThat(driver.findElements(By.cssSelector("#code-result span.evidence"))).hasSize(1);

    // a stored title and id with markup, shown in the article view
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
        + "/api/code?store=true")).header("Authorization", "Bearer " + TOKEN)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
            EventJson.MAPPER.writeValueAsString(Map.of("id", "x<b>y", "title", "<img src=x onerror=window.__xss=3>",
                "text", text, "url", "javascript:window.__xss=4")))).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    driver.get(base + "/#article/" + java.net.URLEncoder.encode("x<b>y", StandardCharsets.UTF_8).replace("+", "%20"));
    waiting().until(d -> "x<b>y".equals(d.findElement(By.id("article-text")).getAttribute("data-loaded")));
    assertThat(driver.findElement(By.id("article-title")).getText()).isEqualTo("<img src=x onerror=window.__xss=3>");
    assertThat(driver.findElement(By.id("article-text")).getText()).contains(script).contains(attribute);
    assertThat(driver.findElements(By.cssSelector("main img, main script, main b"))).isEmpty();
    assertThat(driver.findElements(By.cssSelector("#article-meta a"))).isEmpty();

    driver.get(base + "/#events");
    waiting().until(d -> !d.findElements(By.cssSelector("#events-table tbody tr")).isEmpty());
    assertThat(driver.findElements(By.cssSelector("main img, main script, main b"))).isEmpty();

    assertThat(js("return window.__xss === undefined")).isEqualTo(true);
    assertThat(driver.getTitle()).isEqualTo("Tacitus");
    assertNoConsoleErrors();
  }
}
