package org.inspectionplanner.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.webjars.WebJarVersionLocator;

/**
 * A headless Debian Chromium driven by Debian's chromedriver, for the browser tests. Fails (never
 * skips) when either is missing, so a CI machine without them cannot pass silently.
 * Also runs axe-core (from its webjar) on the current page and saves screenshots under
 * {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final ObjectMapper JSON = new ObjectMapper();

    final ChromeDriver driver;
    final Path downloads;
    private final Path profile;
    private final String baseUrl;

    Browser(String baseUrl) {
        assertThat(CHROMIUM).as("Chromium must be installed (apt-get install chromium) for the browser tests").isExecutable();
        assertThat(CHROMEDRIVER).as("chromedriver must be installed (apt-get install chromium-driver) for the browser tests").isExecutable();
        this.baseUrl = baseUrl;
        try {
            profile = Files.createTempDirectory("ip-chromium-profile");
            downloads = Files.createTempDirectory("ip-downloads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,1000", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false,
                "safebrowsing.enabled", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    WebDriverWait waitUpTo(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout, Duration.ofMillis(200));
        // htmx swaps parts of the page while a test waits: a stale or missing element means "not yet".
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        wait.ignoring(org.openqa.selenium.NoSuchElementException.class);
        return wait;
    }

    /** Clicks something that loads a new page (a form post and its redirect) and waits for that page. */
    void clickToNewPage(WebElement element) {
        WebElement html = driver.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(100))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(html));
        waitUpTo(Duration.ofSeconds(30)).until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    void signIn(String username, String password) {
        open("/login");
        find("#username").sendKeys(username);
        find("#password").sendKeys(password);
        find("form button[type=submit]").click();
        waitUpTo(Duration.ofSeconds(30)).until(d -> !path().equals("/login"));
    }

    void signOut() {
        find("[data-testid=sign-out]").click();
        waitUpTo(Duration.ofSeconds(30)).until(d -> path().startsWith("/login"));
    }

    /** Saves a full-width screenshot of the current page as target/screenshots/{name}.png. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            JavascriptExecutor js = driver;
            Number height = (Number) js.executeScript("return Math.min(document.documentElement.scrollHeight, 6000)");
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, Math.max(1000, height.intValue() + 140)));
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves a screenshot of one element (e.g. a chart or the heatmap) as target/screenshots/{name}.png. */
    Path screenshotOf(String css, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, find(css).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs axe-core on the current page and returns the serious and critical violations, each as
     * "rule-id (impact): help; targets". An empty list means the page passes.
     */
    List<String> seriousAccessibilityViolations() {
        JavascriptExecutor js = driver;
        js.executeScript(AxeSource.SCRIPT);
        Object raw = js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                   .then(function (r) { done(JSON.stringify(r.violations)); })
                   .catch(function (e) { done(JSON.stringify([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }])); });
                """);
        List<String> serious = new ArrayList<>();
        try {
            for (JsonNode v : JSON.readTree((String) raw)) {
                String impact = v.path("impact").asText();
                if (impact.equals("serious") || impact.equals("critical")) {
                    List<String> targets = new ArrayList<>();
                    v.path("nodes").forEach(n -> targets.add(n.path("target").toString()));
                    serious.add(v.path("id").asText() + " (" + impact + "): " + v.path("help").asText() + "; " + targets);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return serious;
    }

    /** Checks the page with axe-core and saves its screenshot. */
    void checkPage(String screenshotName) {
        screenshot(screenshotName);
        assertThat(seriousAccessibilityViolations()).as("axe-core serious/critical violations on " + path()).isEmpty();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary profile left behind is harmless
        }
    }

    /** The axe-core script from its webjar, read once. */
    private static final class AxeSource {
        static final String SCRIPT = load();

        private static String load() {
            String path = new WebJarVersionLocator().fullPath("axe-core", "axe.min.js");
            assertThat(path).as("axe-core webjar on the test classpath").isNotNull();
            String resource = path.startsWith("META-INF/") ? path : "META-INF/resources/webjars/" + path;
            try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(resource)) {
                assertThat(in).as("axe.min.js in the axe-core webjar at " + resource).isNotNull();
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
