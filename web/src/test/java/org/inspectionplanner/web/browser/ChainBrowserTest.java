package org.inspectionplanner.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 12's flow in a real browser on the demo data the service loads: the programme manager
 * schedules the programme; a planner draws the schedule's samples from its page; a team lead opens
 * an inspection's sample, allocates its cases from "Allocate these cases" (the form comes
 * preselected); and the inspection page then shows all three steps done, to each role.
 */
@ActiveProfiles("demo") // the demo users and data exist only under the explicit demo profile
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:ui-chain;DB_CLOSE_DELAY=-1",
        "inspection-planner.data-dir=target/ui-chain-var",
        "inspection-planner.solve-time-limit=5s"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChainBrowserTest {

    @LocalServerPort
    int port;

    Browser browser;

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
    void scheduleDrawSamplesAllocateOneAndTheInspectionPageShowsEveryStepDone() throws Exception {
        // 1. The programme manager schedules the demo programme (the form preselects the demo files).
        signInAs("programme", "demo-programme");
        browser.open("/schedules/new");
        browser.clickToNewPage(browser.find("[data-testid=solve]"));
        browser.waitUpTo(Duration.ofSeconds(30)).until(d -> browser.path().matches("/schedules/\\d+"));
        String schedulePath = browser.path().replaceAll("[?#].*", "");
        waitUntilSolved();
        assertThat(browser.findAll("[data-testid=draw-form]")).as("only a planner draws samples").isEmpty();
        browser.signOut();

        // 2. A planner draws the samples from the finished schedule's page.
        signInAs("planner", "demo-planner");
        browser.open(schedulePath);
        assertThat(browser.findAll("[data-testid=resolve]")).as("a planner does not steer the solver").isEmpty();
        assertThat(browser.findAll("[data-testid=pin]")).isEmpty();
        new Select(browser.find("#method")).selectByValue("pdu-cohort");
        browser.checkPage("chain-draw-form");
        browser.clickToNewPage(browser.find("[data-testid=draw-samples]"));
        assertThat(browser.find("[data-testid=drawn]").getText()).contains("being drawn");

        // An inspection of one PDU: its sample, then its allocation, complete its chain.
        WebElement row = browser.findAll("[data-testid=inspections] tbody tr").stream()
                .filter(r -> r.findElement(By.cssSelector("[data-testid=sample-step]")).getText().matches("In progress|Done"))
                .findFirst().orElseThrow(() -> new AssertionError("no inspection has a sample"));
        String inspectionPath = new java.net.URI(row.findElement(By.cssSelector("th a")).getAttribute("href")).getPath();
        browser.open(inspectionPath);
        waitForStep("chain-samples", "DONE");
        assertThat(stepOf("chain-schedule")).isEqualTo("DONE");
        assertThat(stepOf("chain-allocations")).isEqualTo("NOT_STARTED");
        browser.checkPage("chain-inspection-sampled");
        List<WebElement> sampleLinks = browser.findAll("[data-testid=sample-steps] a[href^='/samples/']");
        assertThat(sampleLinks).isNotEmpty();
        List<String> samplePaths = sampleLinks.stream().map(a -> pathOf(a.getAttribute("href"))).toList();
        browser.signOut();

        // 3. A team lead allocates each of the inspection's samples from "Allocate these cases".
        signInAs("teamlead", "demo-teamlead");
        for (String samplePath : samplePaths) {
            browser.open(samplePath);
            browser.waitUpTo(Duration.ofSeconds(60)).until(d -> !browser.findAll("[data-testid=allocate-sample]").isEmpty());
            browser.clickToNewPage(browser.find("[data-testid=allocate-sample]"));
            String sampleId = samplePath.replaceAll("\\D", "");
            assertThat(new Select(browser.find("#sampleId")).getFirstSelectedOption().getAttribute("value")).isEqualTo(sampleId);
            assertThat(browser.find("#fieldworkStart").getAttribute("value")).isNotBlank();
            assertThat(new Select(browser.find("#rosterId")).getFirstSelectedOption().getText()).isNotBlank();
            browser.checkPage("chain-allocation-form");
            browser.clickToNewPage(browser.find("[data-testid=solve]"));
            browser.waitUpTo(Duration.ofSeconds(30)).until(d -> browser.path().matches("/allocations/\\d+"));
            waitUntilSolved();
        }

        // 4. The inspection page: all three steps done, with the allocation's unassigned cases.
        browser.open(inspectionPath);
        assertThat(stepOf("chain-schedule")).isEqualTo("DONE");
        assertThat(stepOf("chain-samples")).isEqualTo("DONE");
        assertThat(stepOf("chain-allocations")).isEqualTo("DONE");
        assertThat(browser.find("[data-testid=sample-steps]").getText()).contains("Allocation").contains("finished");
        assertResultsNamedByWhatTheyAre();
        browser.checkPage("chain-inspection-done");
        narrow("chain-inspection-done-narrow");
        browser.signOut();

        // The programme manager sees the same status, without links into the cases.
        signInAs("programme", "demo-programme");
        browser.open(inspectionPath);
        assertThat(stepOf("chain-allocations")).isEqualTo("DONE");
        assertThat(browser.findAll("[data-testid=sample-steps] a")).isEmpty();
        assertResultsNamedByWhatTheyAre();
        browser.open(schedulePath);
        assertThat(browser.find("[data-testid=inspections]").getText()).contains("Done");
        browser.checkPage("chain-programme");
        browser.signOut();
    }

    /**
     * Issue 13 finding 3 on the inspection page: the schedule (breadcrumb, caption, page title), each sample and each
     * allocation are named by what they are, never "Schedule 1", "Sample 3" or "Allocation 2".
     */
    private void assertResultsNamedByWhatTheyAre() {
        String programme = "Programme from ";
        assertThat(browser.find("[data-testid=back-to-schedule]").getText()).startsWith(programme).contains(", planned by programme on ");
        assertThat(browser.driver.getTitle()).contains(programme).doesNotContainPattern("(?i)schedule \\d");
        // The heading is InspectionChain.heading(), the same words that start the page title.
        String heading = browser.find("[data-testid=inspection-heading]").getText();
        assertThat(heading).matches(".+ \\([A-Z]+\\d+\\)");
        assertThat(browser.driver.getTitle()).startsWith(heading + " - ");
        String steps = browser.find("[data-testid=sample-steps]").getText();
        assertThat(steps).containsPattern(", fieldwork \\d{1,2} [A-Z][a-z]+ \\d{4}, \\d+ cases?, drawn by planner on ")
                .containsPattern("Allocation of these \\d+ cases? by teamlead on \\d{1,2} [A-Z][a-z]+ \\d{4}")
                .doesNotContainPattern("(?:Sample|Allocation|Schedule) \\d+");
    }

    private void signInAs(String user, String password) {
        browser.driver.manage().deleteAllCookies();
        browser.signIn(user, password);
        assertThat(browser.find(".app-header").getText()).contains(user);
    }

    private String stepOf(String testId) {
        return browser.find("[data-testid=" + testId + "]").getAttribute("data-step");
    }

    /** Reloads the inspection page until the step is reached (samples are drawn in the background). */
    private void waitForStep(String testId, String step) {
        browser.waitUpTo(Duration.ofSeconds(120)).until(d -> {
            if (step.equals(stepOf(testId))) {
                return true;
            }
            if ("FAILED".equals(stepOf(testId))) {
                throw new AssertionError(browser.find("main").getText());
            }
            browser.driver.navigate().refresh();
            return false;
        });
    }

    private void waitUntilSolved() {
        browser.waitUpTo(Duration.ofSeconds(90)).until(d -> {
            List<WebElement> state = browser.findAll("[data-testid=job-state]");
            if (!state.isEmpty() && List.of("Failed", "Interrupted").contains(state.get(0).getText())) {
                throw new AssertionError("the solve ended badly: " + browser.find("[data-testid=job-status]").getText());
            }
            return !state.isEmpty() && List.of("Finished", "Stopped").contains(state.get(0).getText())
                    && browser.findAll("[data-testid=no-plan]").isEmpty();
        });
    }

    private String pathOf(String href) {
        return href.substring(("http://localhost:" + port).length());
    }

    /** A phone-width screenshot (390 x 844), and nothing wider than the screen. */
    private void narrow(String name) throws IOException {
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        try {
            Object overflow = ((JavascriptExecutor) browser.driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), browser.driver.getScreenshotAs(OutputType.BYTES));
            assertThat(((Number) overflow).intValue()).as("page wider than a 390px screen").isLessThanOrEqualTo(0);
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1400, 1000));
        }
    }
}
