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
                "--no-first-run", "--window-size=1366,900", "--user-data-dir=" + profile);
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

    /** A browser viewport: the page is laid out at this width and height (CSS pixels). */
    record Viewport(String name, int width, int height) {
    }

    /** The two sizes every page is checked at: a common laptop and a common phone. */
    static final List<Viewport> VIEWPORTS = List.of(new Viewport("desktop", 1366, 900), new Viewport("phone", 390, 844));

    /** Lays the page out at exactly this viewport (window sizes include browser chrome; this does not). */
    void viewport(Viewport v) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", v.width(), "height", v.height(), "deviceScaleFactor", 1, "mobile", false));
    }

    /** Saves a full-page screenshot at the current viewport's width as target/screenshots/{name}.png. */
    Path screenshot(String name) {
        return screenshot(name, VIEWPORTS.get(0));
    }

    private Path screenshot(String name, Viewport v) {
        try {
            Files.createDirectories(SCREENSHOTS);
            JavascriptExecutor js = driver;
            viewport(v);
            Number height = (Number) js.executeScript("return Math.min(document.documentElement.scrollHeight, 8000)");
            viewport(new Viewport(v.name(), v.width(), Math.max(v.height(), height.intValue())));
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            viewport(v);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The sideways overflow once the layout has settled: charts resize to their container from a ResizeObserver,
     * a frame or more after the viewport changes (under load the check caught a sample page's canvases still at the
     * desktop width). An overflow that lasts 3 seconds is real.
     */
    String settledOverflow() {
        long end = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        String overflow = sidewaysOverflow();
        while (!overflow.isEmpty() && System.nanoTime() < end) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            overflow = sidewaysOverflow();
        }
        return overflow;
    }

    /**
     * How far the page is wider than the viewport (0 when it fits), with the widest elements that stick out,
     * for the message. A wide table is fine inside its own scroll container; the page itself never scrolls sideways.
     */
    String sidewaysOverflow() {
        JavascriptExecutor js = driver;
        return (String) js.executeScript("""
                var doc = document.documentElement, inner = window.innerWidth;
                if (doc.scrollWidth <= inner) { return ''; }
                var wide = [];
                document.querySelectorAll('body *').forEach(function (e) {
                  var r = e.getBoundingClientRect();
                  if (r.right > inner + 1 && r.width > 0) {
                    // An absolutely placed element is clipped only by a scrolling box that is (or holds) its containing block.
                    for (var p = getComputedStyle(e).position === 'absolute' ? e.offsetParent : e.parentElement;
                         p && p !== document.body && p !== doc; p = p.parentElement) {
                      var o = getComputedStyle(p).overflowX;
                      if ((o === 'auto' || o === 'scroll' || o === 'hidden') && p.getBoundingClientRect().right <= inner + 1) { return; }
                    }
                    wide.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '') + ' right ' + Math.round(r.right));
                  }
                });
                return 'scrollWidth ' + doc.scrollWidth + ' > innerWidth ' + inner + ': ' + wide.slice(0, 6).join('; ');
                """);
    }

    /** Codes and solver internals that must never be in a page's visible text (they belong in downloads and the API). */
    static final java.util.regex.Pattern SCREAMING_SNAKE = java.util.regex.Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");
    static final java.util.regex.Pattern RAW_SCORE = java.util.regex.Pattern.compile(
            "-?\\d+(?:init/-?\\d+)?hard/-?\\d+(?:medium/-?\\d+)?soft|-?\\d+hard|-?\\d+soft\\b");
    static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    /** Issue 13 finding 3: a result is named by what it is, never "Schedule 1", "Sample 3", "Allocation 2" or "dataset 1". */
    static final java.util.regex.Pattern NUMBERED_RESULT = java.util.regex.Pattern.compile(
            "\\b(?:[Ss]chedule|[Ss]ample|[Aa]llocation|[Pp]rogramme|[Jj]ob|[Dd]ataset) #?\\d+\\b");

    /**
     * The codes, raw scores, ISO dates and numbered results in the page's visible text (innerText, so hidden text for
     * screen readers too) and its title.
     */
    List<String> codesInVisibleText() {
        // Problems in an uploaded file quote its cells as they are (the person must find them): [data-verbatim] and
        // the error summary's list are left out of the scan.
        String text = (String) ((JavascriptExecutor) driver).executeScript("""
                var quoted = document.querySelectorAll('[data-verbatim], .govuk-error-summary__list');
                quoted.forEach(function (e) { e.dataset.display = e.style.display; e.style.display = 'none'; });
                var text = document.body.innerText;
                quoted.forEach(function (e) { e.style.display = e.dataset.display; });
                return document.title + ' | ' + text;
                """);
        List<String> found = new ArrayList<>();
        for (var pattern : List.of(SCREAMING_SNAKE, RAW_SCORE, ISO_DATE, NUMBERED_RESULT)) {
            var m = pattern.matcher(text);
            while (m.find() && found.size() < 20) {
                found.add(m.group());
            }
        }
        return found;
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

    /**
     * Checks the page as a person would meet it: at each viewport (1366x900 and 390x844) it must not
     * scroll sideways and its screenshot is saved as {name}-desktop.png and {name}-phone.png; its visible
     * text has no codes, raw scores or ISO dates; and axe-core finds no serious or critical violation.
     */
    void checkPage(String screenshotName) {
        List<String> problems = new ArrayList<>();
        for (Viewport v : VIEWPORTS) {
            viewport(v);
            String overflow = settledOverflow();
            if (!overflow.isEmpty()) {
                problems.add(v.name() + " " + v.width() + "x" + v.height() + " scrolls sideways: " + overflow);
            }
            screenshot(screenshotName + "-" + v.name(), v);
        }
        viewport(VIEWPORTS.get(0));
        screenshot(screenshotName, VIEWPORTS.get(0));
        List<String> codes = codesInVisibleText();
        if (!codes.isEmpty()) {
            problems.add("codes, raw scores, ISO dates or numbered results in the visible text: " + codes);
        }
        problems.addAll(seriousAccessibilityViolations());
        if (Boolean.getBoolean("pages.reportOnly")) {
            // A survey while fixing pages (-Dpages.reportOnly=true): list every page's problems and go on.
            try {
                Files.createDirectories(SCREENSHOTS);
                Files.writeString(SCREENSHOTS.resolve("problems.txt"), path() + " [" + screenshotName + "]\n  "
                        + String.join("\n  ", problems) + "\n", java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        assertThat(problems).as("problems on " + path()).isEmpty();
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
