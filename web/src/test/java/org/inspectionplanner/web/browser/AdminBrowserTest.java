package org.inspectionplanner.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.inspectionplanner.web.audit.AuditAction;
import org.inspectionplanner.web.audit.AuditLog;
import org.inspectionplanner.web.page.PageController;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import java.util.List;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Finding 7 of issue 13: the administration pages (audit log filtered and paged; users created,
 * disabled, re-enabled, given another role and a new password; a user changing their own password) and
 * the styled 403, 404 and 500 pages with the header, sign-out and navigation. Every page is checked at
 * both sizes, for codes in its text and with axe-core, and saved as screenshots.
 */
// The demo users (planner, teamlead, programme) exist only under the demo profile.
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:ui-admin;DB_CLOSE_DELAY=-1",
        "inspection-planner.data-dir=target/ui-admin-var",
        "inspection-planner.load-demo-data=false",
        "INSPECTION_PLANNER_ADMIN_PASSWORD=" + AdminBrowserTest.ADMIN_PASSWORD})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminBrowserTest {

    static final String ADMIN_PASSWORD = "brisk-otter-canal-lantern-41";
    static final String NEW_PASSWORD = "quiet-harbour-maple-violin-73";

    /** A page that fails, to see the 500 page as a person would. */
    @TestConfiguration
    static class FailingPage {
        @Bean
        Broken broken() {
            return new Broken();
        }
    }

    @PageController
    static class Broken {
        @GetMapping("/test-only/broken")
        String broken() {
            throw new IllegalStateException("a failure for the test");
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    AuditLog audit;

    @org.springframework.beans.factory.annotation.Autowired
    org.inspectionplanner.web.security.AppUserRepository users;

    @Autowired
    org.inspectionplanner.web.security.UserAccounts accounts;

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
    @Order(1)
    void theAuditLogIsATableFilteredByUserActionAndDateAndPaged() {
        for (int i = 0; i < 30; i++) {
            audit.recordAs("planner", AuditAction.DOWNLOAD, "sample:" + i, "sample.csv");
        }
        audit.recordAs("teamlead", AuditAction.PIN, "job:1", "C0000001");
        long adminId = users.findAll().stream().filter(u -> u.getUsername().equals("admin")).findFirst().orElseThrow().getId();
        audit.recordAs("admin", AuditAction.PASSWORD_CHANGED, "user:" + adminId, null);
        signIn("admin", ADMIN_PASSWORD);
        assertThat(browser.findAll(".govuk-service-navigation__link")).extracting(WebElement::getText).contains("Administration");
        browser.find(".govuk-service-navigation a[href='/admin']").click();
        assertThat(browser.find("h1").getText()).isEqualTo("Administration");
        browser.checkPage("admin");

        browser.find("a[href='/admin/audit']").click();
        assertThat(browser.findAll("[data-testid=audit] tbody tr")).hasSize(25);
        assertThat(browser.find("[data-testid=audit-pages]").getText()).contains("Page 1 of 2");
        // Finding 3 in the log: what an entry is about is named in words ("User admin", a sample by its PDU and
        // fieldwork, or "since deleted"), its reference ("sample:29") only beside it for the API.
        List<String> targets = browser.findAll("[data-testid=audit-target]").stream().map(WebElement::getText).toList();
        assertThat(targets).allSatisfy(t -> assertThat(t).doesNotMatch("(?s)^[a-z]+:\\d+.*"))
                .anySatisfy(t -> assertThat(t).startsWith("User admin").contains("Reference user:" + adminId))
                .anySatisfy(t -> assertThat(t).containsPattern("^(?:Sample of |A sample since deleted)").contains("Reference sample:"));
        browser.checkPage("admin-audit");
        browser.clickToNewPage(browser.find("[data-testid=next-page]"));
        assertThat(browser.find("[data-testid=audit-pages]").getText()).contains("Page 2 of 2");

        browser.open("/admin/audit");
        browser.find("#user").sendKeys("teamlead");
        browser.clickToNewPage(browser.find("[data-testid=filter]"));
        assertThat(browser.findAll("[data-testid=audit] tbody tr")).singleElement()
                .satisfies(r -> assertThat(r.getText()).contains("teamlead").contains("Pin").contains("Reference job:1")
                        .doesNotContainPattern("(?m)^job:1"));

        browser.open("/admin/audit");
        new Select(browser.find("#action")).selectByVisibleText("Download");
        browser.clickToNewPage(browser.find("[data-testid=filter]"));
        assertThat(browser.find("[data-testid=audit-count]").getText()).startsWith("30 entries");

        browser.open("/admin/audit?from=1/1/2020&to=31/12/2020");
        assertThat(browser.find("[data-testid=audit-count]").getText()).startsWith("0 entries");
        browser.open("/admin/audit?from=not-a-date");
        assertThat(browser.find(".govuk-error-summary").getText()).contains("From must be a real date");
    }

    @Test
    @Order(2)
    void anAdministratorCreatesAUserChangesTheirRoleDisablesEnablesAndResetsTheirPassword() {
        signIn("admin", ADMIN_PASSWORD);
        browser.open("/admin/users");
        assertThat(browser.findAll("[data-testid=users] tbody tr")).isNotEmpty();
        browser.checkPage("admin-users");

        // A weak password is refused with the policy's reason, linked to the field.
        browser.find("#username").sendKeys("casey.lee");
        browser.find("#password").sendKeys("short");
        new Select(browser.find("#role")).selectByVisibleText("planner");
        browser.clickToNewPage(browser.find("[data-testid=create-user]"));
        assertThat(browser.findAll(".govuk-error-summary a")).extracting(e -> e.getAttribute("href").replaceAll(".*#", "#"))
                .contains("#password");
        browser.checkPage("admin-users-error");

        browser.find("#password").sendKeys("amber-falcon-river-ticket-58");
        new Select(browser.find("#role")).selectByVisibleText("planner");
        browser.clickToNewPage(browser.find("[data-testid=create-user]"));
        assertThat(browser.find("[data-testid=done]").getText()).contains("User casey.lee created as planner");
        assertThat(row("casey.lee").getText()).contains("planner").contains("Yes");

        new Select(row("casey.lee").findElement(By.cssSelector("select[name=role]"))).selectByVisibleText("team lead");
        browser.clickToNewPage(row("casey.lee").findElement(By.cssSelector("[data-testid=change-role]")));
        assertThat(browser.find("[data-testid=done]").getText()).contains("casey.lee now team lead");
        assertThat(row("casey.lee").findElements(By.cssSelector("td")).get(0).getText()).isEqualTo("team lead");

        browser.clickToNewPage(row("casey.lee").findElement(By.cssSelector("[data-testid=toggle-enabled]")));
        assertThat(row("casey.lee").getText()).contains("No, disabled");
        browser.clickToNewPage(row("casey.lee").findElement(By.cssSelector("[data-testid=toggle-enabled]")));
        assertThat(row("casey.lee").getText()).doesNotContain("disabled");

        // An administrator is not offered what the server refuses them on their own row: disabling themselves or a
        // change of role (which could take away their own ADMIN role); their row says why and links their password page.
        WebElement own = row("admin");
        assertThat(own.findElements(By.cssSelector("[data-testid=toggle-enabled], [data-testid=change-role], select[name=role]"))).isEmpty();
        assertThat(own.findElement(By.cssSelector("[data-testid=self]")).getText()).contains("This is you");
        assertThat(row("casey.lee").findElements(By.cssSelector("[data-testid=toggle-enabled]"))).hasSize(1);
        browser.checkPage("admin-users-own-row");
        // The server still refuses both, whatever the page offers.
        long adminId = users.findAll().stream().filter(u -> u.getUsername().equals("admin")).findFirst().orElseThrow().getId();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.change(adminId, false, null, "admin"))
                .hasMessageContaining("cannot disable yourself");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.change(adminId, null,
                org.inspectionplanner.web.security.Role.PLANNER, "admin")).hasMessageContaining("own ADMIN role");

        browser.clickToNewPage(row("casey.lee").findElement(By.cssSelector("[data-testid=reset-password]")));
        String banner = browser.find("[data-testid=done]").getText();
        assertThat(banner).contains("New password for casey.lee: ").contains("shown only now");
        String generated = banner.replaceAll("(?s).*New password for casey.lee: (\\S+)\\. It is shown.*", "$1");
        browser.checkPage("admin-users-reset");
        browser.signOut();

        // The user signs in with the new password, has their new role, and changes their own password.
        signIn("casey.lee", generated);
        assertThat(browser.findAll(".govuk-service-navigation__link")).extracting(WebElement::getText).contains("Allocations");
        browser.clickToNewPage(browser.find("[data-testid=change-own-password]"));
        assertThat(browser.find("h1").getText()).isEqualTo("Change your password");
        browser.checkPage("change-password");
        browser.find("#currentPassword").sendKeys("not-my-password-at-all");
        browser.find("#newPassword").sendKeys(NEW_PASSWORD);
        browser.clickToNewPage(browser.find("[data-testid=save-password]"));
        assertThat(browser.find(".govuk-error-summary").getText()).contains("current password is not right");
        browser.find("#currentPassword").sendKeys(generated);
        browser.find("#newPassword").sendKeys(NEW_PASSWORD);
        browser.clickToNewPage(browser.find("[data-testid=save-password]"));
        assertThat(browser.path()).startsWith("/login");
        assertThat(browser.find("[data-testid=password-changed]").getText()).contains("Your password has changed");
        browser.signIn("casey.lee", NEW_PASSWORD);
        assertThat(browser.find(".app-header").getText()).contains("casey.lee");
    }

    @Test
    @Order(3)
    void refusedMissingAndFailingPagesKeepTheHeaderSignOutAndNavigation() {
        signIn("planner", "demo-planner");
        browser.open("/admin");
        assertThat(browser.find("h1").getText()).isEqualTo("You cannot see this page");
        assertNavigation("Samples");
        browser.checkPage("forbidden-admin");

        browser.open("/no-such-page");
        assertThat(browser.find("h1").getText()).isEqualTo("Page not found");
        assertNavigation("Samples");
        browser.checkPage("not-found-page");

        browser.open("/test-only/broken");
        assertThat(browser.find("h1").getText()).isEqualTo("Sorry, there is a problem with the service");
        assertNavigation("Samples");
        browser.checkPage("server-error");
    }

    private void assertNavigation(String link) {
        assertThat(browser.findAll("[data-testid=sign-out]")).hasSize(1);
        assertThat(browser.findAll(".govuk-service-navigation__link")).extracting(WebElement::getText).contains("Home", link);
    }

    private WebElement row(String username) {
        return browser.find("[data-testid=users] tr[data-user='" + username + "']");
    }

    private void signIn(String user, String password) {
        browser.driver.manage().deleteAllCookies();
        browser.signIn(user, password);
        browser.waitUpTo(Duration.ofSeconds(30)).until(d -> browser.find(".app-header").getText().contains(user));
    }
}
