package io.newsintel.system.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsintel.infra.Console;
import io.newsintel.infra.stack.ServiceName;
import io.newsintel.system.RunningSystem;
import io.newsintel.testinfra.RealInfrastructure;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web UI in a real browser (headless Chromium), on the whole system: the deployable jars on
 * real Kafka and Elasticsearch, fed by the bundled UNN-style feeds and, for the alert and the
 * markup cases, a feed added through the feeds page. Saves a screenshot of each page under {@code
 * system-tests/target/screenshots/}.
 */
@RealInfrastructure
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebUiBrowserIT {

  private static final String API_KEY = "browser-test-key-0123456789abcdef";
  private static final String SEED_LIKE_TITLE =
      "NATO condemns Russian cyber campaign against Germany and the Czech Republic";
  private static final String HOSTILE_FEED = "hostile-markup.xml";
  private static final String TITLE_PAYLOAD = "<script>window.titleXss=1</script>";
  private static final String SUMMARY_PAYLOAD = "<img src=x onerror=\"window.summaryXss=1\">";
  private static final String FEED_TITLE_PAYLOAD = "<img src=x onerror=\"window.feedTitleXss=1\">";
  private static final String FEED_NAME =
      "Threat wire <img src=x onerror=\"window.feedNameXss=1\">";
  private static final Duration PIPELINE_WAIT = Duration.ofSeconds(90);

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Path TARGET = RunningSystem.repositoryRoot().resolve("system-tests/target");

  private static RunningSystem system;
  private static Browser browser;
  private static String base;

  @BeforeAll
  static void startTheSystemAndTheBrowser() throws IOException {
    // The browser first: without Chromium there is no point starting the services.
    browser = Browser.start(TARGET.resolve("screenshots"), TARGET.resolve("chromedriver.log"));
    system = RunningSystem.start("browser", API_KEY, Map.of());
    system.feeds().addFeed(HOSTILE_FEED, "application/rss+xml; charset=utf-8", hostileFeed());
    base = system.url(ServiceName.SEARCH);
  }

  @AfterAll
  static void stopEverything() {
    try {
      if (browser != null) {
        browser.close();
      }
    } finally {
      if (system != null) {
        system.close();
      }
    }
  }

  @Test
  @Order(1)
  void searchHighlightsTheSeedLikeStoryFiltersByActorAndOpensTheStoryView() {
    ChromeDriver driver = browser.driver();
    driver.get(base + "/");
    await()
        .atMost(PIPELINE_WAIT)
        .pollInterval(Duration.ofSeconds(2))
        .ignoreExceptions()
        .until(
            () -> {
              if (!searchDone(driver)) {
                return false;
              }
              // The page opens on the latest stories: the story may be listed there before any
              // search, so it counts only on the answer to the query.
              if (driver.getCurrentUrl().contains("q=")
                  && texts(driver, "#results h3").contains(SEED_LIKE_TITLE)) {
                return true;
              }
              // Not indexed yet: search again.
              WebElement box = driver.findElement(By.id("q"));
              box.clear();
              box.sendKeys("NATO cyber campaign\n");
              return false;
            });

    assertThat(driver.getCurrentUrl()).contains("q=NATO+cyber+campaign");
    assertThat(texts(driver, "#results mark"))
        .extracting(String::toLowerCase)
        .contains("nato", "cyber", "campaign");

    // The facets are drawn anew with every answer: click the one on the page now, until it took.
    await()
        .atMost(Duration.ofSeconds(20))
        .ignoreExceptions()
        .until(
            () -> {
              if (!driver.getCurrentUrl().contains("actor=APT28")) {
                driver
                    .findElement(By.cssSelector("#facets input[name='actor'][value='APT28']"))
                    .click();
              }
              return driver.getCurrentUrl().contains("actor=APT28");
            });
    await()
        .atMost(Duration.ofSeconds(20))
        .ignoreExceptions()
        .until(
            () ->
                driver.getCurrentUrl().contains("actor=APT28")
                    && searchDone(driver)
                    && !driver.findElements(By.cssSelector("#results > li")).isEmpty()
                    && driver.findElements(By.cssSelector("#results > li")).stream()
                        .allMatch(li -> chips(li).contains("APT28")));
    assertThat(texts(driver, "#results h3")).contains(SEED_LIKE_TITLE);

    // The address is the search: opened afresh, it shows the same query, filter and results.
    String shared = driver.getCurrentUrl();
    driver.get("about:blank");
    driver.get(shared);
    await()
        .atMost(Duration.ofSeconds(20))
        .ignoreExceptions()
        .until(() -> searchDone(driver) && texts(driver, "#results h3").contains(SEED_LIKE_TITLE));
    assertThat(driver.findElement(By.id("q")).getDomProperty("value"))
        .isEqualTo("NATO cyber campaign");
    assertThat(
            driver
                .findElement(By.cssSelector("#facets input[name='actor'][value='APT28']"))
                .isSelected())
        .isTrue();
    saveScreenshot("search", Browser.DESKTOP_WIDTH);
    saveScreenshot("search-phone", Browser.PHONE_WIDTH);

    driver.findElement(By.linkText(SEED_LIKE_TITLE)).click();
    await()
        .atMost(Duration.ofSeconds(20))
        .ignoreExceptions()
        .until(() -> driver.findElement(By.id("story-title")).getText().equals(SEED_LIKE_TITLE));
    String tags = driver.findElement(By.id("story-tags")).getText();
    assertThat(tags).contains("APT28", "Russia", "NATO", "Germany", "Czech Republic");
    String claims = driver.findElement(By.cssSelector("#claims tbody")).getText();
    assertThat(claims).contains("NATO", "APT28", "Germany");
    List<String> evidenceTags =
        driver.findElements(By.cssSelector("#story-text mark")).stream()
            .map(mark -> mark.getDomAttribute("data-tags"))
            .toList();
    assertThat(String.join(" ", evidenceTags)).contains("actor:APT28");
    assertThat(driver.findElement(By.linkText("Read it at the source")).getDomAttribute("href"))
        .startsWith("https://unn.ua/en/news/");
    saveScreenshot("story", Browser.DESKTOP_WIDTH);
  }

  @Test
  @Order(2)
  void theDashboardChartsRenderWithData() throws Exception {
    ChromeDriver driver = browser.driver();
    driver.get(base + "/dashboard");
    await()
        .atMost(Duration.ofSeconds(30))
        .ignoreExceptions()
        .until(
            () ->
                "true"
                    .equals(driver.findElement(By.tagName("body")).getDomAttribute("data-loaded")));

    // Series and bars drawn as SVG, labelled with the values from the data.
    assertThat(driver.findElements(By.cssSelector("#timeline-chart svg path")))
        .hasSizeGreaterThan(3);
    assertThat(texts(driver, "#timeline-chart svg text")).contains("APT28");
    assertThat(texts(driver, "#sponsors-chart svg text")).contains("Russia");
    assertThat(texts(driver, "#targets-chart svg text")).contains("Germany", "Czech Republic");
    assertThat(driver.findElement(By.id("latest-claims")).getText()).contains(SEED_LIKE_TITLE);

    // Pipeline health: what search-service's /api/pipeline reports, as the panel shows it.
    HttpResponse<String> answer = get("/api/pipeline");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    // The rates need two samples of the offsets; the panel refreshes itself every 10 s.
    await()
        .atMost(Duration.ofSeconds(45))
        .ignoreExceptions()
        .until(
            () ->
                List.of("ingestPerSec", "taggingPerSec", "indexingPerSec").stream()
                    .allMatch(
                        rate ->
                            driver
                                .findElement(By.cssSelector("[data-rate='" + rate + "'] .value"))
                                .getText()
                                .matches("\\d+\\.\\d")));
    // Each service's consumer group shows up once it has committed; the panel refreshes itself.
    List<String> groups =
        await()
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofSeconds(2))
            .ignoreExceptions()
            .until(() -> consumerGroups(get("/api/pipeline")), g -> g.contains("search-service"));
    await()
        .atMost(Duration.ofSeconds(30))
        .ignoreExceptions()
        .until(() -> texts(driver, "#lag-table td").containsAll(groups));
    await()
        .atMost(Duration.ofSeconds(30))
        .ignoreExceptions()
        .until(
            () -> {
              JsonNode feeds = JSON.readTree(get("/api/pipeline").body()).path("feeds");
              return driver
                  .findElement(By.id("feeds-summary"))
                  .getText()
                  .equals(
                      feeds.path("total").asInt()
                          + " feeds, "
                          + feeds.path("failing").asInt()
                          + " failing");
            });
    saveScreenshot("dashboard", Browser.DESKTOP_WIDTH);
  }

  @Test
  @Order(3)
  void aSubscriptionCreatedOnTheAlertsPageGetsALiveAlertWhenAMatchingStoryArrives() {
    ChromeDriver driver = browser.driver();
    driver.get(base + "/alerts");
    await()
        .atMost(Duration.ofSeconds(20))
        .ignoreExceptions()
        .until(
            () ->
                "ready"
                    .equals(driver.findElement(By.tagName("body")).getDomAttribute("data-stream")));
    driver.findElement(By.id("sub-name")).sendKeys("Zephyrine watch");
    driver.findElement(By.id("sub-query")).sendKeys("zephyrine");
    driver.findElement(By.id("create-subscription")).click();
    enterTheApiKey(driver);
    await()
        .atMost(Duration.ofSeconds(20))
        .ignoreExceptions()
        .until(() -> texts(driver, "#subscriptions td").contains("Zephyrine watch"));
    String alertsTab = driver.getWindowHandle();

    // Another tab adds the feed whose story the subscription matches; the alerts tab stays live.
    driver.switchTo().newWindow(WindowType.TAB);
    driver.get(base + "/feeds");
    driver.findElement(By.id("feed-url")).sendKeys(system.feeds().url(HOSTILE_FEED));
    driver.findElement(By.id("feed-name")).sendKeys(FEED_NAME);
    driver.findElement(By.id("add-feed")).click();
    enterTheApiKey(driver);
    await()
        .atMost(Duration.ofSeconds(60))
        .ignoreExceptions()
        .until(
            () ->
                driver.findElements(By.cssSelector("#feeds .feed-name")).stream()
                    .anyMatch(name -> name.getText().equals(FEED_NAME)));
    await()
        .atMost(Duration.ofSeconds(60))
        .ignoreExceptions()
        .until(() -> row(driver, FEED_NAME).getText().contains("ok"));
    assertNothingRan(driver, "#feeds");

    // A feed that is not there: its row says why, in words.
    driver.findElement(By.id("feed-url")).sendKeys(system.feeds().url("moved-away.xml"));
    driver.findElement(By.id("feed-name")).sendKeys("Moved away");
    driver.findElement(By.id("add-feed")).click();
    await()
        .atMost(Duration.ofSeconds(60))
        .ignoreExceptions()
        .until(() -> row(driver, "Moved away").getText().contains("404"));
    assertThat(row(driver, "Moved away").findElement(By.className("error-text")).getText())
        .isNotBlank();
    saveScreenshot("feeds", Browser.DESKTOP_WIDTH);

    driver.switchTo().window(alertsTab);
    await()
        .atMost(PIPELINE_WAIT)
        .ignoreExceptions()
        .until(
            () -> driver.findElement(By.id("live-alerts")).getText().contains("Zephyrine watch"));
    assertThat(driver.findElement(By.id("live-alerts")).getText()).contains(TITLE_PAYLOAD);
    assertThat(driver.findElements(By.cssSelector("#live-alerts script"))).isEmpty();
    saveScreenshot("alerts", Browser.DESKTOP_WIDTH);
  }

  @Test
  @Order(4)
  void markupInAFeedsTitleAndSummaryIsShownAsTextAndNeverRuns() {
    ChromeDriver driver = browser.driver();
    driver.get(base + "/?q=" + URLEncoder.encode("zephyrine", StandardCharsets.UTF_8));
    await()
        .atMost(PIPELINE_WAIT)
        .ignoreExceptions()
        .until(() -> driver.findElement(By.id("results")).getText().contains(TITLE_PAYLOAD));
    String results = driver.findElement(By.id("results")).getText();
    assertThat(results).contains(SUMMARY_PAYLOAD).contains(FEED_TITLE_PAYLOAD);
    assertNothingRan(driver, "#results");

    driver.findElement(By.cssSelector("#results h3 a")).click();
    await()
        .atMost(Duration.ofSeconds(20))
        .ignoreExceptions()
        .until(() -> driver.findElement(By.id("story-title")).getText().contains(TITLE_PAYLOAD));
    assertThat(driver.findElement(By.id("story-text")).getText()).contains(SUMMARY_PAYLOAD);
    assertThat(driver.findElement(By.id("story-meta")).getText()).contains(FEED_TITLE_PAYLOAD);
    assertNothingRan(driver, "#story");
  }

  private static void assertNothingRan(ChromeDriver driver, String container) {
    assertThat(driver.findElements(By.cssSelector(container + " script"))).isEmpty();
    assertThat(driver.findElements(By.cssSelector(container + " img"))).isEmpty();
    assertThat(
            browser.script(
                "return [window.titleXss, window.summaryXss, window.feedTitleXss, window.feedNameXss]"
                    + ".filter(x => x !== undefined).length;"))
        .isEqualTo(0L);
  }

  /** The page asks for the key once per tab, in a dialog. */
  private static void enterTheApiKey(ChromeDriver driver) {
    await()
        .atMost(Duration.ofSeconds(10))
        .ignoreExceptions()
        .until(() -> driver.findElement(By.id("api-key-input")).isDisplayed());
    driver.findElement(By.id("api-key-input")).sendKeys(API_KEY);
    driver.findElement(By.id("api-key-save")).click();
  }

  private static List<String> texts(ChromeDriver driver, String css) {
    return driver.findElements(By.cssSelector(css)).stream()
        .map(e -> e.getDomProperty("textContent").trim())
        .toList();
  }

  private static boolean searchDone(ChromeDriver driver) {
    return "done".equals(driver.findElement(By.id("results")).getDomAttribute("data-state"));
  }

  private static List<String> consumerGroups(HttpResponse<String> answer) {
    List<String> groups = new ArrayList<>();
    JSON.readTree(answer.body())
        .path("consumerGroups")
        .forEach(g -> groups.add(g.path("group").asString()));
    return groups;
  }

  private static WebElement row(ChromeDriver driver, String feedName) {
    return driver.findElements(By.cssSelector("#feeds tbody tr")).stream()
        .filter(tr -> tr.findElement(By.className("feed-name")).getText().equals(feedName))
        .findFirst()
        .orElseThrow();
  }

  private static String chips(WebElement result) {
    return String.join(
        " ",
        result.findElements(By.cssSelector(".chips li")).stream()
            .map(WebElement::getText)
            .toList());
  }

  private static void saveScreenshot(String name, int width) {
    Path file = browser.screenshot(name, width);
    Console.progress("[browser] screenshot " + file);
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static byte[] hostileFeed() throws IOException {
    try (InputStream in = WebUiBrowserIT.class.getResourceAsStream("/feeds/" + HOSTILE_FEED)) {
      String feed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String now = ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME);
      return feed.replace("PUBLISHED", now).getBytes(StandardCharsets.UTF_8);
    }
  }
}
