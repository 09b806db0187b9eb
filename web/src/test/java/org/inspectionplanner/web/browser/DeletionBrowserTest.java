package org.inspectionplanner.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The dataset page's retention line, its Delete button and the GOV.UK confirmation, wide and narrow. */
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:ui-deletion;DB_CLOSE_DELAY=-1",
        "inspection-planner.data-dir=target/ui-deletion-var"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeletionBrowserTest {

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

    private void narrow(String screenshot) {
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        Number overflow = (Number) ((JavascriptExecutor) browser.driver)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth");
        try {
            java.nio.file.Files.createDirectories(Browser.SCREENSHOTS);
            java.nio.file.Files.write(Browser.SCREENSHOTS.resolve(screenshot + ".png"),
                    browser.driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        browser.driver.manage().window().setSize(new Dimension(1366, 900));
        assertThat(overflow.intValue()).as("wider than a 390 px screen").isLessThanOrEqualTo(0);
    }

    @Test
    void aPlannerSeesWhenTheCaseloadGoesAndDeletesItAfterConfirming() {
        browser.signIn("planner", "demo-planner");
        browser.open("/datasets/1"); // the demo caseload, stored first
        assertThat(browser.find("[data-testid=retention]").getText())
                .matches("This dataset will be deleted on \\d{1,2} \\w+ \\d{4}, because caseloads are kept 180 days after upload\\.");
        browser.checkPage("dataset-retention");

        browser.clickToNewPage(browser.find("[data-testid=delete]"));
        assertThat(browser.find("h1").getText()).isEqualTo("Are you sure you want to delete demo-caseload.csv?");
        assertThat(browser.find("[data-testid=deletion-plan]").getText()).contains("Stored files");
        browser.checkPage("delete-confirm");
        narrow("delete-confirm-390");

        browser.clickToNewPage(browser.find("[data-testid=confirm-delete]"));
        assertThat(browser.find("h1").getText()).isEqualTo("Dataset deleted");
        browser.checkPage("deleted");
        narrow("deleted-390");
        browser.open("/datasets/1");
        assertThat(browser.find("h1").getText()).isEqualTo("Page not found");
    }
}
