package io.newsintel.system.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the operating system's packages, driven through its chromedriver. No
 * browser or driver is ever downloaded: when they are missing, the tests fail and say how to
 * install them.
 */
final class Browser implements AutoCloseable {

  static final int DESKTOP_WIDTH = 1280;
  static final int PHONE_WIDTH = 390;
  private static final int VIEWPORT_HEIGHT = 900;
  private static final int MAX_SCREENSHOT_HEIGHT = 4000;

  private final ChromeDriver driver;
  private final Path screenshots;

  private Browser(ChromeDriver driver, Path screenshots) {
    this.driver = driver;
    this.screenshots = screenshots;
  }

  static Browser start(Path screenshots, Path driverLog) {
    Path chromium =
        executable("CHROMIUM_BINARY", List.of("/usr/bin/chromium", "/usr/bin/chromium-browser"));
    Path chromedriver =
        executable(
            "CHROMEDRIVER_BINARY",
            List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--no-first-run",
        "--window-size=" + DESKTOP_WIDTH + "," + VIEWPORT_HEIGHT);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver.toFile())
            .usingAnyFreePort()
            .withLogFile(driverLog.toFile())
            .build();
    try {
      Files.createDirectories(screenshots);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Browser(new ChromeDriver(service, options), screenshots);
  }

  ChromeDriver driver() {
    return driver;
  }

  Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** The whole page (up to a limit) at the given width, saved as {@code <name>.png}. */
  Path screenshot(String name, int width) {
    boolean mobile = width < 600;
    emulate(width, VIEWPORT_HEIGHT, mobile);
    long height =
        ((Number) script("return Math.ceil(document.documentElement.scrollHeight);")).longValue();
    emulate(
        width, (int) Math.min(Math.max(height, VIEWPORT_HEIGHT), MAX_SCREENSHOT_HEIGHT), mobile);
    Map<String, Object> shot =
        driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    Path file = screenshots.resolve(name + ".png");
    try {
      Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private void emulate(int width, int height, boolean mobile) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
  }

  @Override
  public void close() {
    driver.quit();
  }

  private static Path executable(String override, List<String> candidates) {
    String given = System.getenv(override);
    List<String> paths = given == null || given.isBlank() ? candidates : List.of(given);
    for (String path : paths) {
      Path file = Path.of(path);
      if (Files.isExecutable(file)) {
        return file;
      }
    }
    throw new IllegalStateException(
        "The browser tests need Chromium and its driver from the system's packages; not found at "
            + paths
            + ". Install them with: apt-get install -y chromium chromium-driver (.ci/run does this),"
            + " or point "
            + override
            + " at the executable.");
  }
}
