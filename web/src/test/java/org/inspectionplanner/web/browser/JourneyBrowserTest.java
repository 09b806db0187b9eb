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
        browser.waitUpTo(Duration.ofSeconds(60)).until(d -> browser.path().matches("/datasets/\\d+(\\?stored)?"));
        assertThat(browser.find("h1").getText()).isEqualTo("demo-caseload.csv");
        assertThat(browser.find("[data-testid=rows]").getText().replace(",", ""))
                .isEqualTo(String.valueOf(files.demo.caseload().size()));
        assertThat(browser.find("[data-testid=dataset-summary]").getText()).contains(files.firstPdu());
        // Finding 10: the upload is confirmed and the next step offered with this file.
        assertThat(browser.find("[data-testid=stored]").getText()).contains("demo-caseload.csv was stored");
        browser.checkPage("dataset-summary");

        browser.clickToNewPage(browser.find("[data-testid=use-file]"));
        assertThat(browser.path()).startsWith("/samples/new");
        // Finding 9: the cohort method needs the PDU; "All PDUs" would pool several under one fieldwork date.
        String monday = files.firstFieldwork();
        // Its hint says so before anything runs (it used to say "Leave as all PDUs", the cohort method's error).
        assertThat(browser.find("[data-testid=pdu-hint]").getText()).contains("Required for the PDU cohort method")
                .contains("pools every PDU");
        new Select(browser.find("#pdu")).selectByValue("");
        browser.find("#fieldworkStart").sendKeys(monday);
        browser.clickToNewPage(browser.find("[data-testid=draw]"));
        assertThat(browser.findAll(".govuk-error-summary a")).extracting(e -> e.getAttribute("href").replaceAll(".*#", "#"))
                .containsExactly("#pdu");
        assertThat(browser.find(".govuk-error-summary").getText()).contains("pool");
        browser.find("#fieldworkStart").clear();
        new Select(browser.find("#pdu")).selectByValue(files.firstPdu());
        // A fieldwork start that is not a Monday is caught in an error summary linked to the field.
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
        // Findings 1, 3, 9: the method in words, the sample named by what it is, every parameter shown.
        assertThat(browser.find("[data-testid=sample-summary]").getText()).contains("PDU cohort").doesNotContain("pdu-cohort")
                .contains(files.firstPdu()).contains("Target size");
        assertThat(browser.find("h1").getText()).startsWith(files.firstPdu() + ", fieldwork ").contains(" cases, drawn by planner on ");
        assertThat(browser.find("[data-testid=seed]").getAttribute("textContent")).isEqualTo("7");
        assertThat(browser.findAll("[data-testid=allocate-sample]")).as("only a team lead allocates").isEmpty();
        assertThat(browser.findAll("[data-testid=candidate-pairs] tbody tr")).isNotEmpty();
        assertThat(browser.findAll("[data-testid=candidate-pairs] .govuk-tag")).hasSize(1);
        // issue 10: the departures from the published cohort and the precision statement, in words
        assertThat(browser.find("[data-testid=departures]").getText()).containsPattern(
                "The sample (departs from the published cohort: \\d+ cases? |is exactly the method's published selection)");
        assertThat(browser.find("[data-testid=precision]").getText()).contains("95% confidence")
                .contains("Wilson score interval").contains("told apart");
        // ... and on a phone (390 x 844) both stay within the screen's width
        browser.viewport(Browser.VIEWPORTS.get(1)); // exactly 390 x 844 (a window size would include browser chrome)
        for (String part : List.of("departures", "precision")) {
            assertThat(browser.find("[data-testid=" + part + "]").getRect().getWidth()).as(part).isLessThanOrEqualTo(390);
            browser.screenshotOf("[data-testid=" + part + "]", "sample-" + part + "-phone");
        }
        browser.viewport(Browser.VIEWPORTS.get(0));
        // Every composition chart is drawn by Chart.js (a chart instance is attached to its canvas).
        List<WebElement> canvases = browser.findAll("[data-testid=charts] canvas");
        assertThat(canvases).hasSizeGreaterThanOrEqualTo(4);
        browser.waitUpTo(Duration.ofSeconds(10)).until(d -> canvases.stream().allMatch(c ->
                Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return !!Chart.getChart(arguments[0])", c))));
        assertThat(browser.findAll("[data-testid=selected] tbody tr")).isNotEmpty();
        browser.checkPage("sample-result");
        // Every parameter that shaped it says its value: a quota left to the method says the minimum it came to,
        // and the counts say what they count.
        String drawn = browser.find("[data-testid=sample-summary]").getText();
        assertThat(drawn).containsPattern("Minimum women\\s+(?:\\d+|The method's default: \\d+)")
                .contains("Cases starting in the window").contains("Cases added to meet a quota").doesNotContain("In window");
        // RoSH bands read low to very high (they were in the alphabet's order: High, Low, Medium, Very high).
        List<String> rosh = browser.findAll("#composition-rosh tbody th").stream().map(e -> e.getAttribute("textContent").trim()).toList();
        assertThat(rosh).containsSubsequence("Low", "Medium", "High");
        browser.screenshotOf("[data-testid=charts]", "sample-charts");
        // Finding 8: every chart is drawn at the size it is shown (no stretching), also with its figures open.
        assertChartsDrawnAtTheirSize();
        browser.find("[data-testid=charts] details summary").click();
        assertChartsDrawnAtTheirSize();
        browser.viewport(Browser.VIEWPORTS.get(1));
        assertChartsDrawnAtTheirSize();
        browser.viewport(Browser.VIEWPORTS.get(0));

        downloadAll(Map.of("sample.csv", "case_id", "report.json", "\"method\"", "reserves.csv", "case_id",
                "exclusions.csv", "case_id", "sample.xlsx", "PK"));
        // Finding 9: fieldwork long before the caseload's dates gives an empty sample, and the page says so with the fix.
        browser.open("/samples/new");
        new Select(browser.find("#pdu")).selectByValue(files.firstPdu());
        browser.find("#fieldworkStart").sendKeys("6/1/2020");
        browser.clickToNewPage(browser.find("[data-testid=draw]"));
        browser.waitUpTo(Duration.ofSeconds(120)).until(d -> !browser.findAll("[data-testid=quotas]").isEmpty()
                || !browser.findAll(".govuk-error-summary").isEmpty());
        if (browser.findAll(".govuk-error-summary").isEmpty()) {
            assertThat(browser.find("[data-testid=sample-warning]").getText()).contains("The sample has no cases")
                    .contains("Check the fieldwork date");
            assertThat(browser.find("h1").getText()).contains("0 cases");
            browser.checkPage("sample-empty");
        }

        browser.open("/samples");
        assertThat(browser.findAll("[data-testid=samples] tbody tr")).isNotEmpty();
        assertThat(browser.findAll("[data-testid=samples] tbody tr a")).allSatisfy(a ->
                assertThat(a.getText()).startsWith(files.firstPdu() + ", fieldwork ").doesNotStartWith("Sample"));
        browser.checkPage("samples");
        browser.signOut();
    }

    /** A chart's drawing buffer matches its box (Chart.js draws at the box's size times the pixel ratio). */
    private void assertChartsDrawnAtTheirSize() {
        browser.waitUpTo(Duration.ofSeconds(10)).until(d -> {
            @SuppressWarnings("unchecked")
            List<List<Number>> sizes = (List<List<Number>>) ((JavascriptExecutor) d).executeScript("""
                    return Array.from(document.querySelectorAll('[data-testid=charts] canvas')).map(function (c) {
                      var r = c.getBoundingClientRect(), ratio = window.devicePixelRatio || 1;
                      return [c.width / ratio, r.width, c.height / ratio, r.height];
                    });""");
            return !sizes.isEmpty() && sizes.stream().allMatch(s -> Math.abs(s.get(0).doubleValue() - s.get(1).doubleValue()) <= 2
                    && Math.abs(s.get(2).doubleValue() - s.get(3).doubleValue()) <= 2 && s.get(3).doubleValue() >= 200);
        });
    }

    @Test
    @Order(2)
    void teamLeadAllocatesWatchesTheScorePinsACaseAndSolvesAgain() {
        assertThat(samplePath).as("the planner's journey drew a sample").isNotNull();
        signInAs("teamlead", "demo-teamlead");
        browser.open("/datasets");
        upload("kind", files.inspectors); // the only kind a team lead uploads besides calendars
        browser.waitUpTo(Duration.ofSeconds(60)).until(d -> browser.path().matches("/datasets/\\d+(\\?stored)?"));
        assertThat(browser.find("[data-testid=use-file]").getText()).isEqualTo("Allocate a sample with this roster");

        browser.open(samplePath);
        browser.checkPage("sample-result-team-lead");
        // Finding 10: a finished sample offers its next step.
        browser.clickToNewPage(browser.find("[data-testid=allocate-sample]"));
        assertThat(browser.path()).startsWith("/allocations/new");
        // Finding 3: samples are offered by what they are, and never an empty one.
        List<String> offered = new Select(browser.find("#sampleId")).getOptions().stream().map(WebElement::getText).toList();
        assertThat(offered).isNotEmpty().allSatisfy(o -> assertThat(o).startsWith(files.firstPdu() + ", fieldwork ").doesNotContain(" 0 cases"));
        assertThat(new Select(browser.find("#sampleId")).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo(samplePath.replaceAll("\\D", ""));
        // Finding 10: how long solving takes is said before it starts.
        assertThat(browser.find("[data-testid=duration]").getText()).contains("Solving takes up to 20 seconds");
        browser.checkPage("allocation-form");
        browser.clickToNewPage(browser.find("[data-testid=solve]"));
        browser.waitUpTo(Duration.ofSeconds(30)).until(d -> browser.path().matches("/allocations/\\d+"));
        String allocationPath = browser.path();

        // The score updates while it solves (htmx polls the status panel).
        String first = waitForScore();
        browser.screenshot("allocation-solving");
        // htmx swaps the panel every second: read it inside a wait, which retries a swapped-out element.
        String words = browser.waitUpTo(Duration.ofSeconds(10)).until(d -> browser.find("[data-testid=score]").getText());
        // A black-box review could not read "preference cost 6,906,250,000": the panel says no cost at all.
        assertThat(words).doesNotContainPattern("-?\\d+hard").doesNotContain("cost").doesNotContainPattern("\\d");
        String last = waitUntilSolved(Duration.ofSeconds(60));
        assertPreferencesInWords(last, "Even workload", "One inspector for each practitioner's cases");
        assertThat(Integer.parseInt(browser.find("[data-testid=improvements]").getText())).isGreaterThan(0);
        assertThat(last).isNotEqualTo("none yet");
        assertThat(compareScores(last, first)).as("final score " + last + " against the first seen " + first)
                .isGreaterThanOrEqualTo(0);
        assertThat(browser.findAll("[data-testid=board] tbody[data-inspector]")).isNotEmpty();
        assertThat(browser.findAll("[data-testid=constraints] tbody tr")).isNotEmpty();
        assertThat(browser.findAll("[data-testid=timetable]").size() + browser.findAll("[data-testid=no-unassigned]").size())
                .isGreaterThan(0);
        browser.checkPage("allocation-board");
        browser.screenshotOf("[data-testid=board]", "allocation-board-table");
        // Finding 4 and 6 on a phone: the board's case and its controls fit the screen, with no scrolling inside
        // the table to reach Pin and Move (its interview column was pushing them off).
        browser.viewport(Browser.VIEWPORTS.get(1));
        Number boardOverflow = (Number) ((JavascriptExecutor) browser.driver).executeScript(
                "var t = document.querySelector('[data-testid=board]'); return t.getBoundingClientRect().width - t.parentElement.clientWidth;");
        assertThat(boardOverflow.doubleValue()).as("the board is wider than a 390 px phone by").isLessThanOrEqualTo(0);
        browser.screenshotOf("[data-testid=board]", "allocation-board-table-phone");
        browser.viewport(Browser.VIEWPORTS.get(0));
        // Findings 2 and 6: an honest headline, and each inspector's group shows inspectorate and role.
        WebElement headline = browser.find("[data-testid=allocation-headline]");
        int unassigned = browser.findAll("[data-testid=unassigned] tbody tr").size();
        boolean overloaded = browser.findAll("[data-testid=board] tbody.app-board-group--over").size() > 0;
        assertThat(headline.getAttribute("data-severity")).isEqualTo(unassigned > 0 ? "red" : overloaded ? "orange" : "green");
        assertThat(headline.getText()).startsWith(unassigned > 0 ? unassigned + " of " : overloaded ? "Every case allocated, but" : "All ");
        assertThat(browser.findAll("[data-testid=board] .app-board-group__meta")).isNotEmpty()
                .allSatisfy(m -> assertThat(m.getText()).isNotBlank());
        var firstInspector = files.demo.inspectors().get(0);
        assertThat(browser.find("[data-testid=board] tbody[data-inspector='" + firstInspector.inspectorId() + "'] .app-board-group__meta").getText())
                .contains(org.inspectionplanner.web.schedule.ProgrammeView.inspectorateLabel(firstInspector.inspectorate().name()))
                .containsIgnoringCase(firstInspector.role().replace('_', ' '));

        // Pin a case by a click, solve again, and the case stays with its inspector.
        WebElement card = browser.find("[data-testid=board] tr[data-case]");
        String caseId = card.getAttribute("data-case");
        String inspector = card.findElement(By.xpath("ancestor::tbody")).getAttribute("data-inspector");
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
        assertThat(kept.findElement(By.xpath("ancestor::tbody")).getAttribute("data-inspector")).isEqualTo(inspector);
        assertThat(browser.path()).startsWith(allocationPath);
        browser.checkPage("allocation-resolved");

        moveCasesByKeyboardAndByDrag(allocationPath);
        moveInterviewsToAnotherSlot(allocationPath);

        downloadAll(Map.of("allocation.csv", "case_id", "report.json", "{"));
        allocateAnUnassignedCaseByHand();
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
        // Finding 10: the plan date's hint says what is filled in, and how long solving takes is said.
        assertThat(browser.find("#planDate-hint").getText()).doesNotStartWith("Today").contains("two weeks before the first week");
        assertThat(browser.find("[data-testid=duration]").getText()).contains("Solving takes up to 20 seconds");
        browser.checkPage("schedule-form");
        browser.clickToNewPage(browser.find("[data-testid=solve]"));
        browser.waitUpTo(Duration.ofSeconds(30)).until(d -> browser.path().matches("/schedules/\\d+"));
        waitForScore();
        waitUntilSolved(Duration.ofSeconds(60));
        assertThat(browser.findAll("[data-testid=timeline] td.app-timeline-bar")).isNotEmpty();
        assertThat(browser.findAll("[data-testid=timeline] td.app-timeline-blackout")).isNotEmpty();
        // Finding 5: rows named by title and area, months over the weeks, the year fits at 1366 px, and the
        // heatmap says how many staff beside each percentage.
        assertThat(browser.find("h1").getText()).startsWith("Programme from ");
        assertThat(browser.findAll("[data-testid=timeline] .app-timeline__month")).hasSizeGreaterThan(1);
        String firstId = browser.find("[data-testid=timeline] tr[data-inspection]").getAttribute("data-inspection");
        String firstTitle = files.demo.programme().inspections().stream().filter(i -> i.inspectionId().equals(firstId))
                .findFirst().orElseThrow().title();
        assertThat(browser.find("[data-testid=timeline] tr[data-inspection] .app-timeline__title").getText()).isEqualTo(firstTitle);
        Number timelineOverflow = (Number) ((JavascriptExecutor) browser.driver).executeScript(
                "var t = document.querySelector('[data-testid=timeline]'); return t.getBoundingClientRect().width - t.parentElement.clientWidth;");
        int weeks = browser.findAll("[data-testid=timeline] tr[data-inspection]:first-of-type td").size();
        if (weeks <= 53) {
            assertThat(timelineOverflow.doubleValue()).as("a year of %d weeks fits at 1366 px", weeks).isLessThanOrEqualTo(0);
        }
        // At both sizes every week column keeps its width (on a phone the weeks were squeezed to slivers of
        // different widths to fit the screen); at 1366 px the titles get the room the weeks leave.
        for (Browser.Viewport v : Browser.VIEWPORTS) {
            browser.viewport(v);
            @SuppressWarnings("unchecked")
            List<Number> widths = (List<Number>) ((JavascriptExecutor) browser.driver).executeScript(
                    "return Array.from(document.querySelectorAll('[data-testid=timeline] tr[data-inspection]')[0].querySelectorAll('td'))"
                            + ".map(function (td) { return td.getBoundingClientRect().width; });");
            assertThat(widths).as("week widths at %s", v.name()).allSatisfy(w -> assertThat(w.doubleValue()).isBetween(15.0, 17.0));
            Number label = (Number) ((JavascriptExecutor) browser.driver).executeScript(
                    "return document.querySelector('[data-testid=timeline] tr[data-inspection] th').getBoundingClientRect().width;");
            assertThat(label.doubleValue()).as("title column at %s", v.name()).isBetween(v.width() < 700 ? 139.0 : 239.0, v.width() < 700 ? 141.0 : 401.0);
            // Every month label fits its weeks ("Jan 2026" was clipped over four weeks of 16 px).
            @SuppressWarnings("unchecked")
            List<String> clipped = (List<String>) ((JavascriptExecutor) browser.driver).executeScript(
                    "return Array.from(document.querySelectorAll('[data-testid=timeline] .app-timeline__month'))"
                            + ".filter(function (th) { return th.scrollWidth > th.clientWidth; })"
                            + ".map(function (th) { return th.textContent.trim(); });");
            assertThat(clipped).as("month labels clipped at %s", v.name()).isEmpty();
        }
        browser.viewport(Browser.VIEWPORTS.get(0));
        List<WebElement> heat = browser.findAll("[data-testid=heatmap] tbody td");
        assertThat(heat).isNotEmpty().allSatisfy(c -> assertThat(c.getText().replace("\n", " ")).matches("\\d+% \\d+ of \\d+ staff|none no staff|\\d+/0 \\d+ of 0 staff"));
        assertThat(browser.findAll("[data-testid=heatmap] tbody th")).allSatisfy(th -> assertThat(th.getText()).matches("\\d{1,2} [A-Z][a-z]+ \\d{4}"));
        assertThat(browser.findAll("[data-testid=joint-share] tbody tr")).isNotEmpty();
        assertPreferencesInWords(waitUntilSolved(Duration.ofSeconds(5)), "Urgent inspections first", "Even use of staff");
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
        browser.waitUpTo(Duration.ofSeconds(60)).until(d -> browser.path().matches("/datasets/\\d+(\\?stored)?")
                || !browser.findAll(".govuk-error-summary").isEmpty());
        assertThat(browser.findAll(".govuk-error-summary")).as("upload of " + file.getFileName()).isEmpty();
    }

    private String kindFor(Path file) {
        String name = file.getFileName().toString();
        return name.contains("inspectors") ? "INSPECTORS" : "CASELOAD";
    }

    /**
     * What the plan's preferences came to is said in words, one row each, and the solver's raw score only in the closed
     * section for auditors; both are screenshot at desktop and phone width.
     */
    private void assertPreferencesInWords(String score, String... preferences) {
        assertThat(browser.findAll("[data-testid=preferences] .govuk-summary-list__key")).extracting(WebElement::getText)
                .contains(preferences);
        assertThat(browser.findAll("[data-testid=preferences] .govuk-summary-list__value")).isNotEmpty()
                .allSatisfy(v -> assertThat(v.getText()).isNotBlank().doesNotContainPattern("soft|hard|(?<![A-Z0-9])\\d{4,}|\\d,\\d{3},\\d{3}"));
        WebElement auditors = browser.find("[data-testid=auditor-score]");
        assertThat(auditors.getAttribute("open")).as("the section for auditors starts closed").isNull();
        assertThat(auditors.getAttribute("textContent")).contains("For auditors", score);
        String page = browser.path().startsWith("/schedules") ? "programme" : "allocation";
        browser.screenshotOf("[data-testid=preferences]", page + "-preferences");
        browser.viewport(Browser.VIEWPORTS.get(1));
        browser.screenshotOf("[data-testid=preferences]", page + "-preferences-phone");
        browser.viewport(Browser.VIEWPORTS.get(0));
    }

    private String waitForScore() {
        browser.waitUpTo(Duration.ofSeconds(30)).until(d -> !browser.find("[data-testid=score]").getAttribute("data-score").equals("none yet"));
        return browser.find("[data-testid=score]").getAttribute("data-score");
    }

    private String waitUntilSolved(Duration timeout) {
        browser.waitUpTo(timeout).until(d -> {
            List<WebElement> state = browser.findAll("[data-testid=job-state]");
            if (!state.isEmpty() && List.of("Failed", "Interrupted").contains(state.get(0).getText())) {
                throw new AssertionError("the solve ended badly: " + browser.find("[data-testid=job-status]").getText());
            }
            return !state.isEmpty() && List.of("Finished", "Stopped").contains(state.get(0).getText());
        });
        return browser.find("[data-testid=score]").getAttribute("data-score");
    }

    /**
     * Finding 6: a team lead moves a case by keyboard (choose the inspector, press Enter on Move) and by drag;
     * a move onto an inspector busy at the case's interview slot is blocked and names the rule; an allowed
     * move is saved pinned and the plan solved again with the case where it was put.
     */
    private void moveCasesByKeyboardAndByDrag(String allocationPath) {
        browser.open(allocationPath);
        // Blocked: two interviews at the same time with different inspectors; moving one onto the other's inspector clashes.
        List<WebElement> rows = browser.findAll("[data-testid=board] tr[data-case][data-slot]");
        WebElement clashCase = null;
        String clashWith = null;
        outer:
        for (WebElement a : rows) {
            for (WebElement b : rows) {
                String ga = a.findElement(By.xpath("ancestor::tbody")).getAttribute("data-inspector");
                String gb = b.findElement(By.xpath("ancestor::tbody")).getAttribute("data-inspector");
                if (!ga.equals(gb) && a.getAttribute("data-slot").equals(b.getAttribute("data-slot"))) {
                    clashCase = a;
                    clashWith = gb;
                    break outer;
                }
            }
        }
        if (clashCase != null) {
            String caseId = clashCase.getAttribute("data-case");
            new Select(clashCase.findElement(By.cssSelector("select[name=inspectorId]"))).selectByValue(clashWith);
            WebElement move = clashCase.findElement(By.cssSelector("[data-testid=move]"));
            WebElement html = browser.find("html");
            move.sendKeys(org.openqa.selenium.Keys.ENTER);
            browser.waitUpTo(Duration.ofSeconds(30)).until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(html));
            assertThat(browser.find("[data-testid=move-blocked]").getText()).contains("Case " + caseId + " was not moved")
                    .contains("slot clash");
            assertThat(browser.find("#case-" + caseId).findElement(By.xpath("ancestor::tbody")).getAttribute("data-inspector"))
                    .isNotEqualTo(clashWith);
            browser.checkPage("allocation-move-blocked");
        }

        // Allowed, by keyboard: try other inspectors for one case until a move is allowed.
        String moved = null;
        String to = null;
        for (WebElement row : browser.findAll("[data-testid=board] tr[data-case]")) {
            String caseId = row.getAttribute("data-case");
            String from = row.findElement(By.xpath("ancestor::tbody")).getAttribute("data-inspector");
            List<String> targets = browser.findAll("[data-testid=board] tbody[data-inspector]").stream()
                    .map(t -> t.getAttribute("data-inspector")).filter(t -> !t.equals(from)).limit(4).toList();
            for (String target : targets) {
                WebElement current = browser.find("#case-" + caseId);
                new Select(current.findElement(By.cssSelector("select[name=inspectorId]"))).selectByValue(target);
                WebElement html = browser.find("html");
                current.findElement(By.cssSelector("[data-testid=move]")).sendKeys(org.openqa.selenium.Keys.ENTER);
                browser.waitUpTo(Duration.ofSeconds(30)).until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(html));
                if (!browser.findAll("[data-testid=moved]").isEmpty()) {
                    moved = caseId;
                    to = target;
                    break;
                }
                assertThat(browser.find("[data-testid=move-blocked]").getText()).contains("hard rule");
            }
            if (moved != null) {
                break;
            }
        }
        assertThat(moved).as("some case could be moved to another inspector").isNotNull();
        assertThat(browser.find("[data-testid=moved]").getText()).contains("Case " + moved + " moved to").contains("pinned");
        waitUntilSolved(Duration.ofSeconds(60));
        WebElement movedRow = browser.find("#case-" + moved);
        assertThat(movedRow.getAttribute("data-pinned")).isEqualTo("true");
        assertThat(movedRow.findElement(By.xpath("ancestor::tbody")).getAttribute("data-inspector")).isEqualTo(to);
        browser.checkPage("allocation-moved");

        // By drag: dropping a case on another inspector's group submits the same checked move.
        WebElement dragged = browser.findAll("[data-testid=board] tr[data-case][data-pinned=false]").get(0);
        String draggedId = dragged.getAttribute("data-case");
        String draggedFrom = dragged.findElement(By.xpath("ancestor::tbody")).getAttribute("data-inspector");
        WebElement target = browser.findAll("[data-testid=board] tbody[data-inspector]").stream()
                .filter(t -> !t.getAttribute("data-inspector").equals(draggedFrom)).findFirst().orElseThrow();
        WebElement html = browser.find("html");
        ((JavascriptExecutor) browser.driver).executeScript("""
                var row = arguments[0], target = arguments[1].querySelector('tr'), dt = new DataTransfer();
                row.dispatchEvent(new DragEvent('dragstart', { bubbles: true, dataTransfer: dt }));
                target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: dt }));
                target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }));
                """, dragged, target);
        browser.waitUpTo(Duration.ofSeconds(30)).until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(html));
        String banner = !browser.findAll("[data-testid=moved]").isEmpty() ? browser.find("[data-testid=moved]").getText()
                : browser.find("[data-testid=move-blocked]").getText();
        assertThat(banner).contains("Case " + draggedId);
        waitUntilSolved(Duration.ofSeconds(60));
    }

    /**
     * Finding 6, slots: a team lead moves a case's interview to another day and time, by keyboard (choose the slot,
     * press Enter on Move) and by dragging it onto a cell of the interview timetable. A move into a slot where the
     * case's inspector already interviews is blocked and names the rule in words; an allowed move is saved pinned
     * and the plan is solved again with the interview where it was put.
     */
    private void moveInterviewsToAnotherSlot(String allocationPath) {
        browser.open(allocationPath);
        // Blocked, by keyboard: an inspector with two interviews; move the second into the first's slot.
        String blockedCase = null;
        String busySlot = null;
        for (WebElement group : browser.findAll("[data-testid=board] tbody[data-inspector]")) {
            List<WebElement> withSlots = group.findElements(By.cssSelector("tr[data-case][data-slot]"));
            if (withSlots.size() >= 2 && !withSlots.get(0).getAttribute("data-slot").equals(withSlots.get(1).getAttribute("data-slot"))) {
                blockedCase = withSlots.get(1).getAttribute("data-case");
                busySlot = withSlots.get(0).getAttribute("data-slot").replace(' ', 'T');
                break;
            }
        }
        assertThat(blockedCase).as("an inspector with two interviews on the demo plan").isNotNull();
        String slotBefore = browser.find("#case-" + blockedCase).getAttribute("data-slot");
        submitMove(blockedCase, busySlot);
        assertThat(browser.find("[data-testid=move-blocked]").getText()).contains("Case " + blockedCase + " was not moved to the interview on ")
                .contains("inspector slot clash").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        assertThat(browser.find("#case-" + blockedCase).getAttribute("data-slot")).isEqualTo(slotBefore);
        browser.checkPage("allocation-slot-move-blocked");

        // Allowed, by keyboard: a free slot of the case's inspector (its practitioner free too) is found by trying.
        String moved = null;
        String toSlot = null;
        for (WebElement row : browser.findAll("[data-testid=board] tr[data-case][data-slot]")) {
            String caseId = row.getAttribute("data-case");
            String own = row.getAttribute("data-slot").replace(' ', 'T');
            List<String> free = browser.findAll("[data-testid=timetable] td[data-slot]").stream()
                    .filter(td -> td.findElements(By.cssSelector("li")).isEmpty())
                    .map(td -> td.getAttribute("data-slot")).filter(slot -> !slot.equals(own)).limit(3).toList();
            for (String slot : free) {
                submitMove(caseId, slot);
                if (!browser.findAll("[data-testid=moved]").isEmpty()) {
                    moved = caseId;
                    toSlot = slot;
                    break;
                }
                assertThat(browser.find("[data-testid=move-blocked]").getText()).contains("hard rule");
            }
            if (moved != null) {
                break;
            }
        }
        assertThat(moved).as("some interview could be moved to a free slot").isNotNull();
        assertThat(browser.find("[data-testid=moved]").getText()).contains("Case " + moved + " moved to the interview on ")
                .contains("pinned");
        waitUntilSolved(Duration.ofSeconds(60));
        WebElement movedRow = browser.find("#case-" + moved);
        assertThat(movedRow.getAttribute("data-pinned")).isEqualTo("true");
        assertThat(movedRow.getAttribute("data-slot").replace(' ', 'T')).isEqualTo(toSlot);
        assertThat(browser.find("[data-testid=timetable] td[data-slot='" + toSlot + "']").getText()).contains(moved);
        browser.checkPage("allocation-slot-moved");

        // By drag: an interview of the timetable dropped on a free cell submits the same checked move.
        WebElement item = browser.findAll("[data-testid=timetable] li[data-case]").stream()
                .filter(li -> browser.find("#case-" + li.getAttribute("data-case")).getAttribute("data-pinned").equals("false"))
                .findFirst().orElseThrow();
        String draggedId = item.getAttribute("data-case");
        String itemSlot = item.findElement(By.xpath("./ancestor::td[@data-slot]")).getAttribute("data-slot");
        // a free cell if the re-solved plan left one (a well-balanced plan may use every slot), else another slot's cell
        List<WebElement> otherCells = browser.findAll("[data-testid=timetable] td[data-slot]").stream()
                .filter(td -> !td.getAttribute("data-slot").equals(itemSlot)).toList();
        WebElement freeCell = otherCells.stream().filter(td -> td.findElements(By.cssSelector("li")).isEmpty())
                .findFirst().orElseGet(() -> otherCells.get(0));
        String cellSlot = freeCell.getAttribute("data-slot");
        WebElement html = browser.find("html");
        ((JavascriptExecutor) browser.driver).executeScript("""
                var item = arguments[0], target = arguments[1], dt = new DataTransfer();
                item.dispatchEvent(new DragEvent('dragstart', { bubbles: true, dataTransfer: dt }));
                target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: dt }));
                target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }));
                """, item, freeCell);
        browser.waitUpTo(Duration.ofSeconds(30)).until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(html));
        if (!browser.findAll("[data-testid=moved]").isEmpty()) {
            assertThat(browser.find("[data-testid=moved]").getText()).contains("Case " + draggedId + " moved to the interview on ");
            waitUntilSolved(Duration.ofSeconds(60));
            assertThat(browser.find("#case-" + draggedId).getAttribute("data-slot").replace(' ', 'T')).isEqualTo(cellSlot);
        } else {
            assertThat(browser.find("[data-testid=move-blocked]").getText()).contains("Case " + draggedId + " was not moved to the interview on ")
                    .contains("hard rule");
        }
    }

    /**
     * Issue 13, gap: a case the solver left unassigned (a roster of two inspectors with room for two cases each) has
     * the same move form as an allocated case. Allocating it to a full inspector, by keyboard or by drag, is checked
     * against the hard rules and blocked naming the rule in words.
     */
    private void allocateAnUnassignedCaseByHand() {
        browser.open("/datasets");
        upload("kind", files.twoInspectors);
        browser.waitUpTo(Duration.ofSeconds(60)).until(d -> browser.path().matches("/datasets/\\d+(\\?stored)?"));
        browser.open(samplePath);
        browser.clickToNewPage(browser.find("[data-testid=allocate-sample]"));
        Select roster = new Select(browser.find("#rosterId"));
        roster.getOptions().stream().filter(o -> o.getText().endsWith("(2 inspectors)")).findFirst().orElseThrow().click();
        browser.clickToNewPage(browser.find("[data-testid=solve]"));
        browser.waitUpTo(Duration.ofSeconds(30)).until(d -> browser.path().matches("/allocations/\\d+"));
        waitUntilSolved(Duration.ofSeconds(60));
        List<WebElement> rows = browser.findAll("[data-testid=unassigned] tbody tr[data-case]");
        assertThat(rows).as("cases left unassigned by a roster too small for the sample").isNotEmpty();
        assertThat(rows).allSatisfy(r -> assertThat(r.findElements(By.cssSelector("[data-testid=move-form] select[name=inspectorId]"))).hasSize(1));
        browser.checkPage("allocation-unassigned");
        browser.screenshotOf("[data-testid=unassigned]", "allocation-unassigned-table");

        // By keyboard: choose an inspector (both are full) and press Enter on Allocate.
        String caseId = rows.get(0).getAttribute("data-case");
        new Select(rows.get(0).findElement(By.cssSelector("select[name=inspectorId]"))).selectByIndex(1);
        WebElement html = browser.find("html");
        rows.get(0).findElement(By.cssSelector("[data-testid=move]")).sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waitUpTo(Duration.ofSeconds(30)).until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(html));
        assertThat(browser.find("[data-testid=move-blocked]").getText()).contains("Case " + caseId + " was not allocated to ")
                .contains("hard rule").contains("capacity").doesNotContainPattern("[A-Z]{2,}_[A-Z]");
        assertThat(browser.find("#case-" + caseId).findElements(By.xpath("ancestor::table[@data-testid='unassigned']"))).hasSize(1);
        browser.checkPage("allocation-unassigned-blocked");

        // Without an inspector: the page says to choose one.
        WebElement row = browser.find("#case-" + caseId);
        html = browser.find("html");
        row.findElement(By.cssSelector("[data-testid=move]")).sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waitUpTo(Duration.ofSeconds(30)).until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(html));
        assertThat(browser.find("[data-testid=move-blocked]").getText()).contains("choose an inspector");

        // By drag: an unassigned case dropped on an inspector's group submits the same checked move.
        row = browser.find("#case-" + caseId);
        WebElement group = browser.find("[data-testid=board] tbody[data-inspector]");
        html = browser.find("html");
        ((JavascriptExecutor) browser.driver).executeScript("""
                var item = arguments[0], target = arguments[1], dt = new DataTransfer();
                item.dispatchEvent(new DragEvent('dragstart', { bubbles: true, dataTransfer: dt }));
                target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: dt }));
                target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }));
                """, row, group);
        browser.waitUpTo(Duration.ofSeconds(30)).until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(html));
        assertThat(browser.find("[data-testid=move-blocked]").getText()).contains("Case " + caseId + " was not allocated to ")
                .contains("capacity");
    }

    /** Chooses a slot for a case in its row's picker and presses Enter on Move; waits for the page after. */
    private void submitMove(String caseId, String slot) {
        WebElement row = browser.find("#case-" + caseId);
        new Select(row.findElement(By.cssSelector("select[name=slot]"))).selectByValue(slot);
        WebElement html = browser.find("html");
        row.findElement(By.cssSelector("[data-testid=move]")).sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waitUpTo(Duration.ofSeconds(30)).until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(html));
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
