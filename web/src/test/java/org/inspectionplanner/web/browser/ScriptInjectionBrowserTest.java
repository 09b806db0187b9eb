package org.inspectionplanner.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.data.caseload.Caseload;
import org.inspectionplanner.data.demo.DemoData;
import org.inspectionplanner.data.io.CaseloadCsv;
import org.inspectionplanner.web.testing.ApiClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 14, finding 1, in the real browser: a caseload whose office names are markup (closing the
 * chart's element, then an image whose error handler runs script) is sampled, and the sample page
 * is opened in Chromium. Nothing may run: no alert, no injected element, no global set by the
 * payload; the name shows as text; and the page carries a Content-Security-Policy without inline script.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:script-injection;DB_CLOSE_DELAY=-1",
        "inspection-planner.load-demo-data=false"})
@ActiveProfiles("demo")
class ScriptInjectionBrowserTest {

    static final String PAYLOAD = "</script><img src=x id=injected onerror=\"window.pwned=1;alert('pwned')\">"
            + "<script>window.pwned=2</script>";

    @LocalServerPort
    int port;

    @Test
    void markupInAnOfficeNameIsShownAsTextAndNeverRuns() throws Exception {
        DemoData demo = DemoData.small();
        DemoData.PlannedFieldwork plan = demo.fieldworkPlan().get(0);
        List<CaseRecord> cases = new ArrayList<>();
        for (CaseRecord c : demo.caseload()) {
            boolean poisoned = c.pdu().equals(plan.pdu()) && c.caseId().hashCode() % 2 == 0;
            cases.add(poisoned ? withOffice(c, PAYLOAD) : c);
        }
        StringBuilder csv = new StringBuilder();
        CaseloadCsv.write(new Caseload("poisoned.csv", List.of(), cases), csv);

        ApiClient planner = new ApiClient(port, "planner", "demo-planner");
        long dataset = planner.upload("CASELOAD", "poisoned.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        long sample = planner.json("POST", "/api/samples", "{\"datasetId\":" + dataset + ",\"method\":\"pdu-cohort\",\"pdu\":\""
                + plan.pdu() + "\",\"fieldworkStart\":\"" + plan.fieldworkStart() + "\",\"seed\":3}", 202).get("id").asLong();
        planner.await("/api/samples/" + sample, s -> s.get("status").asText().equals("DONE"), Duration.ofSeconds(60));

        HttpResponse<byte[]> page = planner.send("GET", "/samples/" + sample, null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(policy).contains("script-src 'self'").contains("object-src 'none'").contains("frame-ancestors 'none'");
        assertThat(policy.replaceAll(".*script-src([^;]*).*", "$1")).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
        String html = new String(page.body(), StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<img src=x").doesNotContain("<script>window.pwned");

        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.signIn("planner", "demo-planner");
            browser.open("/samples/" + sample);
            browser.waitUpTo(Duration.ofSeconds(30)).until(d -> !browser.findAll("canvas[data-chart]").isEmpty());
            Thread.sleep(500); // time for an image error handler to fire, were there one
            assertThat(alertShown(browser)).as("an alert opened").isFalse();
            JavascriptExecutor js = browser.driver;
            assertThat(js.executeScript("return window.pwned === undefined")).isEqualTo(true);
            assertThat(browser.findAll("#injected")).isEmpty();
            assertThat(browser.findAll("img[src=x]")).isEmpty();
            // The charts drew from the escaped data, and the name is on the page as text.
            assertThat(js.executeScript("return document.querySelectorAll('canvas[data-drawn]').length")).isNotEqualTo(0L);
            assertThat((String) js.executeScript("return document.getElementById('composition-office').textContent"))
                    .contains("<img src=x id=injected");
            browser.screenshot("script-injection-sample");
            // The touched page at a laptop's and a phone's size: nothing wider than the screen.
            for (int[] size : new int[][] {{1366, 900}, {390, 844}}) {
                browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(size[0], size[1]));
                assertThat((Boolean) js.executeScript(
                        "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                        .as("no sideways scrolling at %dx%d", size[0], size[1]).isTrue();
                java.nio.file.Files.write(Browser.SCREENSHOTS.resolve("script-injection-sample-" + size[0] + ".png"),
                        browser.driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            }
        }
    }

    private static boolean alertShown(Browser browser) {
        try {
            browser.driver.switchTo().alert();
            return true;
        } catch (NoAlertPresentException e) {
            return false;
        }
    }

    private static CaseRecord withOffice(CaseRecord c, String office) {
        return new CaseRecord(c.caseId(), c.personId(), c.pdu(), office, c.practitionerId(), c.sentenceType(),
                c.requirements(), c.startDate(), c.terminationDate(), c.sentenceMonths(), c.dateOfBirth(), c.gender(),
                c.ethnicity(), c.rosh(), c.likelihoodOfReoffending(), c.mappaCategory(), c.mappaLevel(), c.underReview(),
                c.welshLanguage(), c.domesticAbuse(), c.childProtection(), c.recalled(), c.releasedFrom(),
                c.previousSanctions(), c.extra(), c.restrictedAccess());
    }
}
