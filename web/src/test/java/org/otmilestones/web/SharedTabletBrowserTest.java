package org.otmilestones.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The waiting-room tablet in a real browser (headless Chromium): after a family finishes and presses
 * "start over", or leaves the tablet alone, the next family's Back, reload or history shows nothing of
 * the last child, and what the page kept on the device is gone.
 */
@ExtendWith(BrowserTests.class)
class SharedTabletBrowserTest {

    private static final Path REVIEW = Path.of("target/screenshots/review");
    private static Browser browser;
    private TestServer server;

    @BeforeAll
    static void openBrowser() {
        if (Browser.missing().isPresent()) {
            return;  // BrowserTests reports each test as skipped, or fails the run when the browser is required.
        }
        browser = Browser.open();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private void serve(Duration familyIdle) {
        server = TestServer.start(c -> c.withFamilyIdle(familyIdle));
        browser.forgetEverything(server.url());
        browser.size(820, 1100);
    }

    private static WebElement find(String css) {
        return browser.driver.findElement(By.cssSelector(css));
    }

    private static void waitFor(String what, Duration limit, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver, limit).withMessage(what).until(d -> condition.getAsBoolean());
    }

    private void startOnTheTablet(String name) {
        browser.go(server.url() + "/");
        find("#name").sendKeys(name);
        find("#month").sendKeys("3");
        find("#day").sendKeys("9");
        find("#year").sendKeys("2024");
        find("form[action='/start'] button[type=submit]").click();
        waitFor("the first screen", Duration.ofSeconds(10), () -> browser.driver.getCurrentUrl().endsWith("/1"));
    }

    private static void answerFirstQuestion() {
        WebElement radio = find("fieldset input[type=radio][value=NOT_YET]");
        radio.findElement(By.xpath("..")).click();
        waitFor("saved", Duration.ofSeconds(10), () -> find(".save-status").getText().equals("Saved"));
    }

    private static long keptAnswers() {
        return ((Number) browser.driver.executeScript("var n = 0; for (var i = 0; i < localStorage.length; i++) {"
                + " if (localStorage.key(i).indexOf('otm-answers:') === 0) { n++; } } return n;")).longValue();
    }

    /**
     * Back through the whole history, and a reload at each step: never the child's name or an answer; a
     * family link shows the birth-date question (or, now and then under load, the browser's own error page).
     */
    private static void backAndReloadShowNothingOf(String name) {
        int asked = 0;
        for (int i = 0; i < 12; i++) {
            browser.driver.navigate().back();
            for (int reload = 0; reload < 2; reload++) {
                String step = "Back x" + (i + 1) + (reload == 1 ? ", reloaded" : "");
                assertNothingOf(name, step);
                new WebDriverWait(browser.driver, Duration.ofSeconds(10)).withMessage(step + ": a settled page").until(
                        d -> "complete".equals(browser.driver.executeScript("return document.readyState")));
                assertNothingOf(name, step);
                if (!browser.driver.findElements(By.cssSelector("form[action$='/unlock']")).isEmpty()) {
                    asked++;
                }
                browser.driver.navigate().refresh();
            }
        }
        assertThat(asked).as("pages of the history that asked for the birth date").isGreaterThanOrEqualTo(2);
    }

    private static void assertNothingOf(String name, String step) {
        String url = browser.driver.getCurrentUrl();
        assertThat(browser.driver.getPageSource()).as(step + ": " + url).doesNotContain(name).doesNotContain("handout.pdf");
        assertThat(browser.driver.findElements(By.cssSelector("input[type=radio]:checked"))).as(step + ": " + url).isEmpty();
    }

    @Test
    void afterStartOverBackAndReloadShowOnlyTheBirthDateQuestionAndTheHandoutWindowIsClosed() {
        serve(ServerConfig.DEFAULT_FAMILY_IDLE);
        WebClient staff = server.client();
        String csrf = staff.login(TestServer.PASSWORD);
        staff.upload("/staff/clinic", Map.of("csrf", csrf, "showHandout", "yes"), "logo", "", new byte[0]);

        startOnTheTablet("Tomás Tablet");
        answerFirstQuestion();
        assertThat(keptAnswers()).isPositive();
        while (!browser.driver.getCurrentUrl().endsWith("/done")) {
            String before = browser.driver.getCurrentUrl();
            find("button[value=next]").click();
            waitFor("the next screen", Duration.ofSeconds(10), () -> !browser.driver.getCurrentUrl().equals(before));
        }
        browser.assertAccessible("the thank-you page with start over");
        browser.screenshot(REVIEW.resolve("thanks-start-over.png"));
        String tablet = browser.driver.getWindowHandle();
        find("#handout-link").click();
        waitFor("the handout's window", Duration.ofSeconds(10), () -> browser.driver.getWindowHandles().size() == 2);
        browser.driver.switchTo().window(tablet);

        find("#end-form button").click();
        waitFor("the start page", Duration.ofSeconds(10), () -> browser.driver.getCurrentUrl().equals(server.url() + "/"));
        waitFor("the handout's window closed", Duration.ofSeconds(10), () -> browser.driver.getWindowHandles().size() == 1);
        assertThat(keptAnswers()).as("answers kept on the device").isZero();
        assertThat(browser.cookie(FamilySessions.COOKIE)).isEmpty();

        backAndReloadShowNothingOf("Tomás");
    }

    @Test
    void aStartFormHalfFilledInAndLeftAloneIsEmptied() {
        serve(Duration.ofSeconds(4));
        browser.go(server.url() + "/?lang=es");
        find("#name").sendKeys("Lea Left");
        waitFor("the emptied form", Duration.ofSeconds(20), () -> find("#name").getAttribute("value").isEmpty());
        assertThat(browser.driver.getCurrentUrl()).isEqualTo(server.url() + "/?lang=es");
        assertThat(browser.driver.getPageSource()).doesNotContain("Lea Left");
    }

    @Test
    void aChecklistLeftAloneClosesWithAWarningFirstAndBackShowsNothing() {
        // Long enough for the accessibility check while the warning shows (it comes at half the idle time).
        serve(Duration.ofSeconds(24));
        startOnTheTablet("Ida Idle");
        String checklist = browser.driver.getCurrentUrl();
        answerFirstQuestion();
        // The warning comes first; a tap on "keep going" keeps the checklist open.
        waitFor("the warning", Duration.ofSeconds(20), () -> find("#idle").isDisplayed());
        browser.assertAccessible("the idle warning");
        browser.screenshot(REVIEW.resolve("idle-warning.png"));
        find("#idle-keep").click();
        assertThat(find("#idle").isDisplayed()).isFalse();
        assertThat(browser.driver.getCurrentUrl()).endsWith("/1");
        // Then nobody taps: back to the start page.
        waitFor("the start page after the idle time", Duration.ofSeconds(40),
                () -> browser.driver.getCurrentUrl().equals(server.url() + "/"));
        assertThat(keptAnswers()).isZero();
        assertThat(browser.driver.getPageSource()).doesNotContain("Ida Idle");

        backAndReloadShowNothingOf("Ida Idle");
        // The family, with the birth date, goes on where it stopped.
        browser.go(checklist);
        browser.assertAccessible("the birth-date question");
        browser.screenshot(REVIEW.resolve("unlock.png"));
        find("#month").sendKeys("3");
        find("#day").sendKeys("9");
        find("#year").sendKeys("2024");
        find("form[action$='/unlock'] button").click();
        // The birth-date question has the checklist's own address, so wait for the questions, not the address.
        waitFor("the checklist again", Duration.ofSeconds(10),
                () -> !browser.driver.findElements(By.cssSelector("fieldset input[type=radio]")).isEmpty());
        assertThat(browser.driver.getCurrentUrl()).endsWith("/1");
        assertThat(browser.driver.findElements(By.cssSelector("input[type=radio][value=NOT_YET]:checked"))).hasSize(1);
    }
}
