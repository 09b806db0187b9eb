package org.inspectionplanner.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One full journey per role in a real browser (Debian Chromium, headless): the planner uploads the
 * demo caseload and draws a sample; the team lead allocates it, watches the score, pins a case and
 * solves again; the programme manager schedules the demo programme. Every page is checked with
 * axe-core and saved as a screenshot under target/screenshots; every file is downloaded.
 */
@ActiveProfiles("demo") // the demo users sign in
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:ui-journey;DB_CLOSE_DELAY=-1",
        "inspection-planner.data-dir=target/ui-journey-var",
        "inspection-planner.solve-time-limit=20s"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JourneyBrowserTest {

    @LocalServerPort
    int port;

    Browser browser;
    final DemoFiles files = new DemoFiles();
    String samplePath;

    @BeforeAll
    void startBrowser() {
        browser = new Browser("http://localhost:" + port);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void plannerUploadsTheDemoCaseloadAndDrawsASample() throws IOException {
        signInAs("planner", "demo-planner");
        browser.find("a[href='/datasets']").click();
        browser.checkPage("datasets");

        // A rejected file lists every problem with its line and column, and nothing is stored.
        int storedBefore = browser.findAll("[data-testid=datasets] tbody tr").size();
        upload("kind", files.badCaseload);
        browser.waitUpTo(Duration.ofSeconds(30)).until(d -> !browser.findAll(".govuk-error-summary").isEmpty());
        String summary = browser.find(".govuk-error-summary").getText();
        int startColumn = DemoFiles.column(Files.readAllLines(files.caseload).get(0), "start_date");
        assertThat(summary).contains("bad-caseload.csv was not stored: 3 problems found")
                .contains("Line 3, column " + startColumn).contains("Line 5, column " + startColumn).contains("Line 6, column");
        assertThat(browser.findAll("[data-testid=problems] tbody tr")).hasSize(3);
        assertThat(browser.findAll("[data-testid=datasets] tbody tr")).hasSize(storedBefore);
        browser.checkPage("datasets-rejected");

        upload("kind", files.caseload);
        browser.waitUpTo(Duration.ofSeconds(60)).until(d -> browser.path().matches("/datasets/\\d+"));
        assertThat(browser.find("h1").getText()).isEqualTo("demo-caseload.csv");
        assertThat(browser.find("[data-testid=rows]").getText().replace(",", ""))
                .isEqualTo(String.valueOf(files.demo.caseload().size()));
        assertThat(browser.find("[data-testid=dataset-summary]").getText()).contains(files.firstPdu());
        browser.checkPage("dataset-summary");

        browser.find("a[href^='/samples/new']").click();
        new Select(browser.find("#pdu")).selectByValue(files.firstPdu());
        // A fieldwork start that is not a Monday is caught in an error summary linked to the field.
        String monday = files.firstFieldwork();
        java.time.LocalDate tuesday = files.demo.fieldworkPlan().get(0).fieldworkStart().plusDays(1);
        browser.find("#fieldworkStart").sendKeys(tuesday.getDayOfMonth() + "/" + tuesday.getMonthValue() + "/" + tuesday.getYear());
        browser.find("#seed").sendKeys("seven");
        browser.clickToNewPage(browser.find("[data-testid=draw]"));
        assertThat(browser.findAll(".govuk-error-summary a")).extracting(e -> e.getAttribute("href").replaceAll(".*#", "#"))
                .containsExactly("#fieldworkStart", "#seed");
        assertThat(browser.find(".govuk-error-summary").getText()).contains("must be a Monday").contains("whole number");
        assertThat(browser.driver.switchTo().activeElement().getAttribute("class")).contains("govuk-error-summary");
        browser.checkPage("sample-form-errors");
        browser.find("#fieldworkStart").clear();
        browser.find("#seed").clear();
        browser.find("#fieldworkStart").sendKeys(monday);
        browser.find("#seed").sendKeys("7");
        browser.checkPage("sample-form");
        browser.clickToNewPage(browser.find("[data-testid=draw]"));

        browser.waitUpTo(Duration.ofSeconds(120)).until(d -> !browser.findAll("[data-testid=quotas]").isEmpty()
                || !browser.findAll(".govuk-error-summary").isEmpty());
        assertThat(browser.findAll(".govuk-error-summary")).as("sampling failed").isEmpty();
        samplePath = browser.path();
        assertThat(browser.find("[data-testid=sample-summary]").getText()).contains("pdu-cohort").contains("7");
        assertThat(browser.findAll("[data-testid=candidate-pairs] tbody tr")).isNotEmpty();
        assertThat(browser.findAll("[data-testid=candidate-pairs] .govuk-tag")).hasSize(1);
        // issue 10: the departures from the published cohort and the precision statement, in words
        assertThat(browser.find("[data-testid=departures]").getText()).containsPattern(
                "The sample (departs from the published cohort: \\d+ cases? |is exactly the method's published selection)");
        assertThat(browser.find("[data-testid=precision]").getText()).contains("95% confidence")
                .contains("Wilson score interval").contains("told apart");
        // ... and on a phone (390 x 844) both stay within the screen's width
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        for (String part : List.of("departures", "precision")) {
            assertThat(browser.find("[data-testid=" + part + "]").getRect().getWidth()).as(part).isLessThanOrEqualTo(390);
            browser.screenshotOf("[data-testid=" + part + "]", "sample-" + part + "-phone");
        }
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
        // Every composition chart is drawn by Chart.js (a chart instance is attached to its canvas).
        List<WebElement> canvases = browser.findAll("[data-testid=charts] canvas");
        assertThat(canvases).hasSizeGreaterThanOrEqualTo(4);
        browser.waitUpTo(Duration.ofSeconds(10)).until(d -> canvases.stream().allMatch(c ->
                Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return !!Chart.getChart(arguments[0])", c))));
        assertThat(browser.findAll("[data-testid=selected] tbody tr")).isNotEmpty();
        browser.checkPage("sample-result");
        browser.screenshotOf("[data-testid=charts]", "sample-charts");

        downloadAll(Map.of("sample.csv", "case_id", "report.json", "\"method\"", "reserves.csv", "case_id",
                "exclusions.csv", "case_id", "sample.xlsx", "PK"));
        browser.open("/samples");
        assertThat(browser.findAll("[data-testid=samples] tbody tr")).isNotEmpty();
        browser.checkPage("samples");
        browser.signOut();
    }

    @Test
    @Order(2)
    void teamLeadAllocatesWatchesTheScorePinsACaseAndSolvesAgain() {
        assertThat(samplePath).as("the planner's journey drew a sample").isNotNull();
        signInAs("teamlead", "demo-teamlead");
        browser.open("/datasets");
        upload("kind", files.inspectors); // the only kind a team lead uploads besides calendars
        browser.waitUpTo(Duration.ofSeconds(60)).until(d -> browser.path().matches("/datasets/\\d+"));

        browser.open(samplePath);
        browser.checkPage("sample-result-team-lead");

        browser.open("/allocations/new");
        browser.checkPage("allocation-form");
        browser.clickToNewPage(browser.find("[data-testid=solve]"));
        browser.waitUpTo(Duration.ofSeconds(30)).until(d -> browser.path().matches("/allocations/\\d+"));
        String allocationPath = browser.path();

        // The score updates while it solves (htmx polls the status panel).
        String first = waitForScore();
        browser.screenshot("allocation-solving");
        String last = waitUntilSolved(Duration.ofSeconds(60));
        assertThat(Integer.parseInt(browser.find("[data-testid=improvements]").getText())).isGreaterThan(0);
        assertThat(last).isNotEqualTo("none yet");
        assertThat(compareScores(last, first)).as("final score " + last + " against the first seen " + first)
                .isGreaterThanOrEqualTo(0);
        assertThat(browser.findAll("[data-testid=board] .app-board__column")).isNotEmpty();
        assertThat(browser.findAll("[data-testid=constraints] tbody tr")).isNotEmpty();
        assertThat(browser.findAll("[data-testid=timetable]").size() + browser.findAll("[data-testid=no-unassigned]").size())
                .isGreaterThan(0);
        browser.checkPage("allocation-board");
        browser.screenshotOf("[data-testid=board]", "allocation-board-columns");

        // Pin a case by a click, solve again, and the case stays with its inspector.
        WebElement card = browser.find("[data-testid=board] .app-card");
        String caseId = card.getAttribute("data-case");
        String inspector = card.findElement(By.xpath("ancestor::section")).getAttribute("data-inspector");
        browser.clickToNewPage(card.findElement(By.cssSelector("[data-testid=pin]")));
        WebElement pinned = browser.find("#case-" + caseId);
        assertThat(pinned.getAttribute("data-pinned")).isEqualTo("true");
        assertThat(pinned.getText()).contains("Pinned");
        // Solve again and stop it at once: the solver stops and the pin holds.
        browser.clickToNewPage(browser.find("[data-testid=resolve]"));
        browser.clickToNewPage(browser.find("[data-testid=stop]"));
        waitUntilSolved(Duration.ofSeconds(60));
        assertThat(browser.find("[data-testid=job-state]").getText()).isEqualTo("Stopped");
        assertThat(browser.find("#case-" + caseId).getAttribute("data-pinned")).isEqualTo("true");
        browser.clickToNewPage(browser.find("[data-testid=resolve]"));
        waitUntilSolved(Duration.ofSeconds(60));
        WebElement kept = browser.find("#case-" + caseId);
        assertThat(kept.getAttribute("data-pinned")).isEqualTo("true");
        assertThat(kept.findElement(By.xpath("ancestor::section")).getAttribute("data-inspector")).isEqualTo(inspector);
        assertThat(browser.path()).startsWith(allocationPath);
        browser.checkPage("allocation-resolved");

        downloadAll(Map.of("allocation.csv", "case_id", "report.json", "{"));
        browser.open("/allocations");
        browser.checkPage("allocations");
        browser.signOut();
    }

    @Test
    @Order(3)
    void programmeManagerSchedulesTheDemoProgramme() {
        signInAs("programme", "demo-programme");
        browser.open("/datasets");
        uploadKind("INSPECTIONS", files.inspections);
        browser.open("/datasets");
        uploadKind("CAPACITY", files.capacity);
        browser.open("/datasets");
        uploadKind("CALENDAR", files.calendar);

        browser.open("/schedules/new");
        assertThat(browser.find("main").getText()).as("the programme planner is wired into the service")
                .doesNotContain("not part of this build");
        browser.checkPage("schedule-form");
        browser.clickToNewPage(browser.find("[data-testid=solve]"));
        browser.waitUpTo(Duration.ofSeconds(30)).until(d -> browser.path().matches("/schedules/\\d+"));
        waitForScore();
        waitUntilSolved(Duration.ofSeconds(60));
        assertThat(browser.findAll("[data-testid=timeline] td.app-timeline-bar")).isNotEmpty();
        assertThat(browser.findAll("[data-testid=timeline] td.app-timeline-blackout")).isNotEmpty();
        List<WebElement> heat = browser.findAll("[data-testid=heatmap] tbody td");
        assertThat(heat).isNotEmpty().allSatisfy(c -> assertThat(c.getText()).matches("\\d+%|-|\\d+/0"));
        assertThat(browser.findAll("[data-testid=joint-share] tbody tr")).isNotEmpty();
        browser.checkPage("programme");
        browser.screenshotOf("[data-testid=timeline]", "programme-timeline");
        browser.screenshotOf("[data-testid=heatmap]", "programme-heatmap");

        WebElement pinButton = browser.find("[data-testid=inspections] [data-testid=pin]");
        String inspectionId = pinButton.findElement(By.xpath("ancestor::form")).findElement(By.name("inspectionId")).getAttribute("value");
        String weeksBefore = barWeeks(inspectionId);
        browser.clickToNewPage(pinButton);
        assertThat(browser.find("#inspection-" + inspectionId).getAttribute("data-pinned")).isEqualTo("true");
        browser.clickToNewPage(browser.find("[data-testid=resolve]"));
        waitUntilSolved(Duration.ofSeconds(60));
        assertThat(browser.find("#inspection-" + inspectionId).getAttribute("data-pinned")).isEqualTo("true");
        assertThat(barWeeks(inspectionId)).isEqualTo(weeksBefore);
        browser.checkPage("programme-resolved");

        downloadAll(Map.of("schedule.csv", "inspection_id", "report.json", "{", "fieldwork.ics", "BEGIN:VCALENDAR"));
        browser.open("/schedules");
        browser.checkPage("schedules");
        browser.open("/datasets");
        browser.checkPage("datasets-programme-manager");
        browser.signOut();
    }

    private void signInAs(String user, String password) {
        browser.driver.manage().deleteAllCookies();
        browser.signIn(user, password);
        assertThat(browser.find(".app-header").getText()).contains(user);
    }

    private void upload(String kindId, Path file) {
        browser.findAll("input[name=kind]").stream().filter(r -> r.getAttribute("value").equals(kindFor(file))).findFirst()
                .orElseThrow().click();
        browser.find("#file").sendKeys(file.toAbsolutePath().toString());
        browser.find("[data-testid=upload]").click();
    }

    private void uploadKind(String kind, Path file) {
        browser.find("input[name=kind][value=" + kind + "]").click();
        browser.find("#file").sendKeys(file.toAbsolutePath().toString());
        browser.find("[data-testid=upload]").click();
        browser.waitUpTo(Duration.ofSeconds(60)).until(d -> browser.path().matches("/datasets/\\d+")
                || !browser.findAll(".govuk-error-summary").isEmpty());
        assertThat(browser.findAll(".govuk-error-summary")).as("upload of " + file.getFileName()).isEmpty();
    }

    private String kindFor(Path file) {
        String name = file.getFileName().toString();
        return name.contains("inspectors") ? "INSPECTORS" : "CASELOAD";
    }

    private String waitForScore() {
        browser.waitUpTo(Duration.ofSeconds(30)).until(d -> !browser.find("[data-testid=score]").getText().equals("none yet"));
        return browser.find("[data-testid=score]").getText();
    }

    private String waitUntilSolved(Duration timeout) {
        browser.waitUpTo(timeout).until(d -> {
            List<WebElement> state = browser.findAll("[data-testid=job-state]");
            if (!state.isEmpty() && List.of("Failed", "Interrupted").contains(state.get(0).getText())) {
                throw new AssertionError("the solve ended badly: " + browser.find("[data-testid=job-status]").getText());
            }
            return !state.isEmpty() && List.of("Finished", "Stopped").contains(state.get(0).getText());
        });
        return browser.find("[data-testid=score]").getText();
    }

    /** Compares two OptaPlanner scores such as "0hard/-2medium/-310soft" level by level. */
    static int compareScores(String a, String b) {
        long[] x = levels(a);
        long[] y = levels(b);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (x[i] != y[i]) {
                return Long.compare(x[i], y[i]);
            }
        }
        return 0;
    }

    private static long[] levels(String score) {
        return java.util.Arrays.stream(score.replace("init/", "/").split("/"))
                .map(part -> part.replaceAll("[^0-9-]", "")).filter(p -> !p.isEmpty()).mapToLong(Long::parseLong).toArray();
    }

    private String barWeeks(String inspectionId) {
        return browser.findAll("#inspection-" + inspectionId + " td.app-timeline-bar").stream()
                .map(td -> td.getAttribute("data-week")).toList().toString();
    }

    /** Clicks each download button and checks the file arrives with the expected start. */
    private void downloadAll(Map<String, String> expectedStart) {
        List<WebElement> links = browser.findAll("[data-testid=downloads] a");
        assertThat(links).hasSize(expectedStart.size());
        for (WebElement link : links) {
            String href = link.getAttribute("href");
            String name = expectedStart.keySet().stream().filter(href::endsWith).findFirst().orElseThrow(
                    () -> new AssertionError("unexpected download " + href));
            link.click();
            Path file = browser.waitUpTo(Duration.ofSeconds(30)).until(d -> {
                try (var list = Files.list(browser.downloads)) {
                    return list.filter(p -> p.getFileName().toString().endsWith(name)).findFirst().orElse(null);
                } catch (IOException e) {
                    return null;
                }
            });
            browser.waitUpTo(Duration.ofSeconds(10)).until(d -> {
                try {
                    return Files.size(file) > 0;
                } catch (IOException e) {
                    return false;
                }
            });
            try {
                String head = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
                assertThat(head.replace("\uFEFF", "")).as(name).contains(expectedStart.get(name));
                Files.delete(file);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
    }
}
