package org.inspectionplanner.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Sign-in, home and the navigation for each role, in a real browser, each page checked with axe-core. */
@ActiveProfiles("demo") // the demo users sign in
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:ui-smoke;DB_CLOSE_DELAY=-1",
        "inspection-planner.data-dir=target/ui-smoke-var"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageSmokeBrowserTest {

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
    void wrongPasswordShowsAnErrorSummaryAndTheRightOneSignsIn() {
        browser.driver.manage().deleteAllCookies();
        browser.signIn("planner", "not-the-password");
        assertThat(browser.find(".govuk-error-summary").getText()).contains("The username or password is not right");
        browser.checkPage("sign-in-error");

        browser.signIn("planner", "demo-planner");
        assertThat(browser.find("h1").getText()).isEqualTo("Inspection planner");
        browser.open("/accessibility");
        browser.checkPage("accessibility");
        assertThat(browser.find(".app-header").getText()).contains("planner");
        browser.signOut();
        assertThat(browser.find(".govuk-notification-banner").getText()).contains("You have signed out");
        browser.checkPage("sign-in");
    }

    @Test
    void aPageOfAnotherRoleIsRefusedAndAMissingOneIsNotFound() {
        browser.driver.manage().deleteAllCookies();
        browser.signIn("programme", "demo-programme");
        browser.open("/samples");
        assertThat(browser.find("h1").getText()).isEqualTo("You cannot see this page");
        browser.open("/allocations/new");
        assertThat(browser.find("h1").getText()).isEqualTo("You cannot see this page");
        browser.checkPage("forbidden");
        browser.open("/schedules/999999");
        assertThat(browser.find("h1").getText()).isEqualTo("Page not found");
        browser.checkPage("not-found");
        browser.driver.manage().deleteAllCookies();
        browser.signIn("planner", "demo-planner");
        browser.open("/schedules/new"); // planners read the programme, only its manager schedules
        assertThat(browser.find("h1").getText()).isEqualTo("You cannot see this page");
        browser.open("/samples/999999");
        assertThat(browser.find("h1").getText()).isEqualTo("Page not found");
    }

    @Test
    void signingInWorksWithTheKeyboardAloneStartingFromTheSkipLink() {
        browser.driver.manage().deleteAllCookies();
        browser.open("/login");
        var body = browser.find("body");
        body.sendKeys(Keys.TAB);
        assertThat(active().getText()).isEqualTo("Skip to main content");
        for (int i = 0; i < 10 && !"username".equals(active().getAttribute("id")); i++) {
            active().sendKeys(Keys.TAB);
        }
        assertThat(active().getAttribute("id")).isEqualTo("username");
        active().sendKeys("programme", Keys.TAB);
        assertThat(active().getAttribute("id")).isEqualTo("password");
        active().sendKeys("demo-programme", Keys.ENTER);
        browser.waitUpTo(java.time.Duration.ofSeconds(30)).until(d -> browser.path().equals("/"));
        assertThat(browser.find(".govuk-task-list__link").getText()).isEqualTo("Schedule the inspection programme");
        browser.signOut();
    }

    private WebElement active() {
        return browser.driver.switchTo().activeElement();
    }

    @Test
    void signingOutNeedsThePostAndThenEveryPageAsksToSignIn() {
        browser.driver.manage().deleteAllCookies();
        browser.signIn("teamlead", "demo-teamlead");
        browser.signOut();
        browser.open("/allocations");
        assertThat(browser.path()).startsWith("/login");
    }

    @Test
    void eachRoleSeesItsOwnJobsAndNavigation() {
        record Expect(String user, String password, List<String> jobs, List<String> nav) {
        }
        List<Expect> roles = List.of(
                new Expect("planner", "demo-planner", List.of("Choose the cases to inspect"), List.of("Home", "Datasets", "Samples", "Programme")),
                new Expect("teamlead", "demo-teamlead", List.of("Allocate cases to inspectors"), List.of("Home", "Datasets", "Samples", "Allocations", "Programme")),
                new Expect("programme", "demo-programme", List.of("Schedule the inspection programme"), List.of("Home", "Datasets", "Programme")));
        for (Expect expect : roles) {
            browser.driver.manage().deleteAllCookies();
            browser.signIn(expect.user(), expect.password());
            List<String> jobs = browser.findAll(".govuk-task-list__link").stream().map(WebElement::getText).toList();
            assertThat(jobs).as(expect.user()).containsExactlyElementsOf(expect.jobs());
            List<String> nav = browser.findAll(".govuk-service-navigation__link").stream().map(WebElement::getText).toList();
            assertThat(nav).as(expect.user()).containsExactlyElementsOf(expect.nav());
            browser.checkPage("home-" + expect.user());
            browser.signOut();
        }
    }
}
