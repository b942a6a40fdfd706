package org.otmilestones.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Answers;
import org.otmilestones.core.Area;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.Child;
import org.otmilestones.core.scoring.AreaResult;
import org.otmilestones.core.scoring.ChecklistResult;
import org.otmilestones.core.scoring.ChecklistScorer;

/** A parent and the staff in a real browser (headless Chromium), with axe-core on every page they see. */
@ExtendWith(BrowserTests.class)
class FamilyAndStaffBrowserTest {

    private static final Path SHOTS = Path.of(System.getProperty("otm.screenshots", "target/screenshots"));
    /** Pictures of every other page, for a person to look at; never in the README. */
    private static final Path REVIEW = Path.of("target/screenshots/review");
    /** One browser for the class (it is slow to start); each test clears what it keeps. */
    private static Browser browser;
    /** A server of each test's own. */
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

    @BeforeEach
    void startServer() {
        server = TestServer.start();
        browser.forgetEverything(server.url());
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private static WebElement find(String css) {
        return browser.driver.findElement(By.cssSelector(css));
    }

    private static void waitFor(String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).withMessage(what).until(d -> condition.getAsBoolean());
    }

    /** The answer this test gives to the n-th question of a screen: a mix that gives different statuses. */
    private static Answer pattern(int step, int n) {
        Answer[] answers = {Answer.YES, Answer.SOMETIMES, Answer.NOT_YET, Answer.YES, Answer.NOT_SURE, Answer.YES};
        return step == 3 ? Answer.NOT_YET : answers[(step + n) % answers.length];
    }

    @Test
    void aParentFillsTheTwoYearChecklistInSpanishOnAPhoneReloadsHalfwayAndStaffSeeTheScorersStatuses() {
        browser.driver.manage().deleteAllCookies();
        browser.size(360, 740);
        browser.go(server.url() + "/");
        browser.assertAccessible("the start page in English");
        find("a[hreflang=es]").click();
        assertThat(find("h1").getText()).isEqualTo("La lista de habilidades de su niño o niña");
        browser.assertAccessible("the start page in Spanish");
        find("#name").sendKeys("Lucía Prueba");
        find("#day").sendKeys("10");
        find("#month").sendKeys("10");
        find("#year").sendKeys("2024");
        find("#by").sendKeys("mamá");
        find("button[type=submit]").click();

        Checkpoint checkpoint = TestServer.CATALOG.checkpoint("24m").orElseThrow();
        ChecklistForm form = ChecklistForm.of(TestServer.CATALOG, checkpoint);
        Map<String, Answer> given = new LinkedHashMap<>();
        int steps = form.steps().size();
        for (int step = 1; step <= steps; step++) {
            String screen = "/" + step;
            waitFor("screen " + step, () -> browser.driver.getCurrentUrl().endsWith(screen));
            assertThat(find("progress").getAttribute("value")).isEqualTo(String.valueOf(step));
            if (step < steps) {
                assertThat(find(".progress-label").getText()).isEqualTo("Área " + step + " de " + (steps - 1));
                Area area = form.step(step).orElseThrow().area().orElseThrow();
                assertThat(find("h1").getText()).isEqualTo(area.plainName().in("es"));
            }
            List<ChecklistForm.Question> questions = form.step(step).orElseThrow().questions();
            for (int n = 0; n < questions.size(); n++) {
                ChecklistForm.Question q = questions.get(n);
                Answer a = step == steps ? (n == 0 ? Answer.NOT_SURE : Answer.NOT_YET) : pattern(step, n);
                if (step == 2 && n == questions.size() - 1) {
                    continue;  // One question left unanswered, as parents do.
                }
                assertThat(find("fieldset legend").getText()).isNotBlank();
                browser.driver.findElement(By.cssSelector("input[name='" + q.id() + "'][value='" + a.name() + "']"))
                        .findElement(By.xpath("..")).click();
                given.put(q.id(), a);
            }
            if (step == 1) {
                browser.assertAccessible("the first area screen");
                browser.size(360, 880);
                browser.screenshotOfScreen(SHOTS.resolve("web-parent-phone.png"));
                browser.size(360, 740);
            }
            if (step == 3) {
                // Halfway: the script saved each click; a reload before pressing Next loses nothing.
                waitFor("the save message", () -> find(".save-status").getText().equals("Guardado"));
                browser.driver.navigate().refresh();
                for (ChecklistForm.Question q : questions) {
                    assertThat(find("input[name='" + q.id() + "'][value='" + given.get(q.id()).name() + "']")
                            .isSelected()).as("after the reload, " + q.id()).isTrue();
                }
            }
            if (step == steps) {
                browser.assertAccessible("the general questions");
                browser.screenshot(REVIEW.resolve("general-phone.png"));
            }
            find("button[name=go][value=next]").click();
        }
        waitFor("the thank-you page", () -> browser.driver.getCurrentUrl().endsWith("/done"));
        assertThat(find("h1").getText()).isEqualTo("¡Gracias!");
        browser.assertAccessible("the thank-you page");
        browser.screenshot(REVIEW.resolve("thanks-phone.png"));

        ChecklistResult expected = expected(given, checkpoint);
        browser.size(1280, 900);
        browser.go(server.url() + "/staff");
        browser.assertAccessible("the staff sign-in page");
        browser.screenshot(REVIEW.resolve("login.png"));
        find("#password").sendKeys(TestServer.PASSWORD);
        find("button[type=submit]").click();
        waitFor("the staff list", () -> !browser.driver.findElements(By.cssSelector("table.rows")).isEmpty());
        WebElement row = browser.driver.findElement(By.xpath("//tr[td/a[text()='Lucía Prueba']]"));
        List<String> cells = row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        List<String> expectedCells = new ArrayList<>(List.of("Lucía Prueba", cells.get(1), "24m"));
        for (AreaResult area : expected.areas()) {
            expectedCells.add(StaffRows.status(area).word());
        }
        expectedCells.addAll(List.of(expected.nextStep().word(),
                expected.talkToDoctor() ? "YES" : "no", "finished\n2026-12-01"));
        assertThat(cells).isEqualTo(expectedCells);
        assertThat(expected.areas().stream().map(AreaResult::status).distinct().count())
                .as("the answers give more than one status, so the comparison means something").isGreaterThan(1);
        browser.assertAccessible("the staff list");
        browser.screenshot(SHOTS.resolve("web-staff.png"));
        row.findElement(By.tagName("a")).click();
        waitFor("the checklist page", () -> find("h1").getText().startsWith("Lucía Prueba"));
        browser.assertAccessible("a checklist's staff page");
        browser.screenshot(REVIEW.resolve("checklist.png"));
        find("a.button.danger").click();
        waitFor("the delete confirmation", () -> browser.driver.getCurrentUrl().endsWith("/delete"));
        browser.assertAccessible("the delete confirmation");
    }

    private static ChecklistResult expected(Map<String, Answer> given, Checkpoint checkpoint) {
        ChecklistForm form = ChecklistForm.of(TestServer.CATALOG, checkpoint);
        Map<String, Answer> all = new LinkedHashMap<>();
        form.steps().forEach(s -> s.questions().forEach(q -> all.put(q.id(), given.getOrDefault(q.id(), Answer.NO_ANSWER))));
        try {
            return ChecklistScorer.score(TestServer.CATALOG, new Child("x", Optional.of("Lucía Prueba"),
                    LocalDate.of(2024, 10, 10), Optional.empty()), new Answers(all, Optional.empty(), Optional.of("mamá")),
                    LocalDate.of(2026, 12, 1));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void staffImportTheGoogleFormsExampleAndSeeTheTwoFailingRowsWithTheirLines() {
        signIn();
        browser.go(server.url() + "/staff/import");
        browser.assertAccessible("the import page");
        find("#file").sendKeys(Path.of("../examples/google-forms.csv").toAbsolutePath().normalize().toString());
        find("form[enctype] button[type=submit]").click();
        waitFor("the import report", () -> !browser.driver.findElements(By.id("result-heading")).isEmpty());
        assertThat(find("#result-heading").getText()).isEqualTo("google-forms.csv");
        List<String> failedLines = browser.driver.findElements(By.cssSelector("table.failed tbody tr td:first-child"))
                .stream().map(WebElement::getText).toList();
        assertThat(failedLines).containsExactly("7", "8");
        assertThat(find("table.failed").getText()).contains("month first or day first").contains("Maybe");
        assertThat(browser.driver.findElements(By.xpath("//h3[text()='Rows added']/following::table[1]/tbody/tr")))
                .hasSize(5);
        browser.assertAccessible("the import report");
        browser.screenshot(REVIEW.resolve("import-report.png"));

        // The date order choice reads the ambiguous row; the row with the unknown answer still fails.
        find("input[name=dateOrder][value=MDY]").click();
        WebElement firstReport = find("#result-heading");
        find("form[action='/staff/import/again'] button").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(
                org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(firstReport));
        waitFor("the second import report", () -> !browser.driver.findElements(By.id("result-heading")).isEmpty());
        assertThat(browser.driver.findElements(By.cssSelector("table.failed tbody tr td:first-child")).stream()
                .map(WebElement::getText).toList()).containsExactly("8");
        assertThat(find("section.card").getText()).contains("1 row added").contains("already in the list");
    }

    @Test
    void aParentCanFinishTheChecklistWithTheKeyboardAlone() {
        browser.driver.manage().deleteAllCookies();
        browser.size(820, 1100);
        browser.go(server.url() + "/");
        tabTo("name").sendKeys("Kai Keys");
        tabTo("month").sendKeys("9");
        tabTo("day").sendKeys("1");
        tabTo("year").sendKeys("2025");
        active().sendKeys(Keys.ENTER);
        waitFor("the first screen", () -> browser.driver.getCurrentUrl().endsWith("/1"));
        int pages = 0;
        while (!browser.driver.getCurrentUrl().endsWith("/done")) {
            assertThat(pages++).as("screens walked").isLessThan(12);
            String url = browser.driver.getCurrentUrl();
            for (int presses = 0; presses < 200 && browser.driver.getCurrentUrl().equals(url); presses++) {
                // One look at the focused element per key press: what it is, and whether it is chosen.
                String focused = String.valueOf(browser.driver.executeScript("var e = document.activeElement;"
                        + " return e.tagName + ' ' + (e.type || '') + ' ' + (e.checked ? 'checked' : '') + ' ' + (e.value || '');"));
                if (focused.startsWith("INPUT radio  ")) {
                    new Actions(browser.driver).sendKeys(Keys.SPACE).perform();
                } else if (focused.startsWith("BUTTON submit") && focused.endsWith(" next")) {
                    new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
                    String before = url;
                    waitFor("the next screen", () -> !browser.driver.getCurrentUrl().equals(before));
                    break;
                } else {
                    new Actions(browser.driver).sendKeys(Keys.TAB).perform();
                }
            }
        }
        assertThat(find("h1").getText()).isEqualTo("Thank you!");
    }

    private static WebElement active() {
        return browser.driver.switchTo().activeElement();
    }

    private static WebElement tabTo(String id) {
        for (int i = 0; i < 30; i++) {
            WebElement el = active();
            if (id.equals(el.getAttribute("id"))) {
                return el;
            }
            if ("body".equals(el.getTagName())) {
                el.sendKeys(Keys.TAB);
            } else {
                el.sendKeys(Keys.TAB);
            }
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    private void signIn() {
        browser.size(1280, 900);
        browser.go(server.url() + "/staff");
        if (!browser.driver.findElements(By.id("password")).isEmpty()) {
            find("#password").sendKeys(TestServer.PASSWORD);
            find("button[type=submit]").click();
            waitFor("the staff list", () -> browser.driver.findElements(By.id("password")).isEmpty());
        }
    }

    @Test
    void theStaffFormsHaveNoAccessibilityViolations() {
        signIn();
        for (String page : List.of("/staff/start", "/staff/clinic", "/staff?view=all")) {
            browser.go(server.url() + page);
            browser.assertAccessible(page);
        }
        browser.go(server.url() + "/staff/start");
        find("form[action='/staff/start'] button[type=submit]").click();
        waitFor("the form's errors", () -> !browser.driver.findElements(By.cssSelector(".errors")).isEmpty());
        browser.assertAccessible("the start-a-family form with errors");
        find("#name").sendKeys("Ines Inicio");
        find("#dob").sendKeys("2023-06-30");
        find("form[action='/staff/start'] button[type=submit]").click();
        waitFor("the family's link", () -> !browser.driver.findElements(By.cssSelector(".link-box")).isEmpty());
        browser.assertAccessible("the family's link");
        browser.screenshot(REVIEW.resolve("family-link.png"));
        // The QR code is drawn, and the copy button (shown by the script) copies the link or selects it.
        assertThat(find("svg.qr").getAttribute("aria-label")).isEqualTo("QR code of the family's link");
        WebElement copy = find("button[data-copy]");
        assertThat(copy.isDisplayed()).isTrue();
        copy.click();
        waitFor("copied or selected", () -> "Copied".equals(find(".copy-status").getText()) || Boolean.TRUE.equals(
                browser.driver.executeScript("var f = document.getElementById('family-link');"
                        + " return document.activeElement === f && f.selectionEnd - f.selectionStart === f.value.length;")));
        assertThat(find("#family-link").getAttribute("value")).startsWith(server.url() + "/f/");
        browser.go(server.url() + "/f/" + "x".repeat(43) + "/1");
        assertThat(find("h1").getText()).isEqualTo("This link does not work");
        browser.assertAccessible("the page for a link that does not work");
    }

    @Test
    void staffSaveTheClinicProfileAndLetFamiliesSeeTheirHandout() {
        WebClient family = new WebClient(server.url());
        String path = family.startFamily("en", "Hana Handout", "1", "15", "2025");
        String token = WebClient.csrf(family.get(path + "/1").body());
        for (int step = 1; step <= 8 && !family.get(path + "/" + step).body().isEmpty(); step++) {
            family.post(path + "/" + step, Map.of("csrf", token, "go", "next"));
        }
        assertThat(family.getBytes(path + "/handout.pdf").statusCode()).as("off by default").isEqualTo(403);

        signIn();
        browser.go(server.url() + "/staff/clinic");
        find("#f-name").sendKeys("Sunrise Pediatric Therapy");
        find("#f-email").sendKeys("not an address");
        find("form[action='/staff/clinic'] button[type=submit]").click();
        waitFor("the profile's error", () -> !browser.driver.findElements(By.cssSelector(".errors")).isEmpty());
        assertThat(find(".errors").getText()).contains("E-mail").contains("not an e-mail address");
        browser.assertAccessible("the clinic page with an error");
        browser.screenshot(REVIEW.resolve("clinic-error.png"));
        find("#f-email").clear();
        find("#f-email").sendKeys("hello@sunrise.example");
        find("input[name=showHandout]").click();
        find("form[action='/staff/clinic'] button[type=submit]").click();
        waitFor("saved", () -> browser.driver.getCurrentUrl().endsWith("saved=1"));
        assertThat(find(".clinic").getText()).isEqualTo("Sunrise Pediatric Therapy");

        assertThat(family.get(path + "/done").body()).contains("/handout.pdf");
        var handout = family.getBytes(path + "/handout.pdf");
        assertThat(handout.statusCode()).isEqualTo(200);
        assertThat(new String(handout.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        browser.go(server.url() + "/staff/clinic");
        find("input[name=showHandout]").click();
        find("form[action='/staff/clinic'] button[type=submit]").click();
        waitFor("saved again", () -> browser.driver.getCurrentUrl().endsWith("saved=1"));
        assertThat(family.getBytes(path + "/handout.pdf").statusCode()).isEqualTo(403);
    }

    @Test
    void withoutJavaScriptTheFormsStillSaveEachScreen() {
        try (Browser plain = Browser.open(false)) {
            plain.size(360, 740);
            plain.go(server.url() + "/");
            plain.driver.findElement(By.id("name")).sendKeys("Nico Noscript");
            plain.driver.findElement(By.id("month")).sendKeys("4");
            plain.driver.findElement(By.id("day")).sendKeys("2");
            plain.driver.findElement(By.id("year")).sendKeys("2024");
            plain.driver.findElement(By.cssSelector("button[type=submit]")).click();
            new WebDriverWait(plain.driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/1"));
            String first = plain.driver.findElement(By.cssSelector("fieldset input[type=radio]")).getAttribute("name");
            plain.driver.findElement(By.cssSelector("input[name='" + first + "'][value=NOT_YET]")).findElement(By.xpath(".."))
                    .click();
            plain.driver.findElement(By.cssSelector("button[value=next]")).click();
            new WebDriverWait(plain.driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/2"));
            plain.driver.findElement(By.cssSelector("button[value=back]")).click();
            new WebDriverWait(plain.driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/1"));
            assertThat(plain.driver.findElement(By.cssSelector("input[name='" + first + "'][value=NOT_YET]")).isSelected())
                    .isTrue();
            assertThat(plain.driver.findElement(By.cssSelector(".save-status")).getText()).isEmpty();
        }
    }

    @Test
    void theAccessibilityCheckFailsOnAPageWithAViolation() {
        browser.go(server.url() + "/");
        browser.driver.executeScript("var field = document.createElement('input'); field.type = 'text';"
                + " document.querySelector('main').appendChild(field);");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> browser.assertAccessible("a field without a label"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("label");
    }

    @Test
    void anAnswerGivenWhileTheConnectionIsDownIsSavedWhenItComesBack() {
        browser.driver.manage().deleteAllCookies();
        browser.size(360, 740);
        WebClient setup = new WebClient(server.url());
        browser.go(server.url() + "/");
        find("#name").sendKeys("Olga Offline");
        find("#month").sendKeys("8");
        find("#day").sendKeys("20");
        find("#year").sendKeys("2024");
        find("button[type=submit]").click();
        waitFor("the first screen", () -> browser.driver.getCurrentUrl().endsWith("/1"));
        String question = find("fieldset input[type=radio]").getAttribute("name");

        org.openqa.selenium.chromium.ChromiumNetworkConditions offline = new org.openqa.selenium.chromium.ChromiumNetworkConditions();
        offline.setOffline(true);
        browser.driver.setNetworkConditions(offline);
        try {
            find("input[name='" + question + "'][value=SOMETIMES]").findElement(By.xpath("..")).click();
            waitFor("the not-saved message", () -> find(".save-status").getText().startsWith("Not saved yet"));
        } finally {
            browser.driver.deleteNetworkConditions();
        }
        waitFor("the saved message once back online", () -> find(".save-status").getText().equals("Saved"));
        browser.driver.navigate().refresh();
        assertThat(find("input[name='" + question + "'][value=SOMETIMES]").isSelected()).isTrue();
        // The server has it too, not only this page: the same family on another device sees it.
        String path = browser.driver.getCurrentUrl().replace(server.url(), "").replaceAll("/1$", "");
        assertThat(setup.unlock(path, "8", "20", "2024").statusCode()).isEqualTo(303);
        assertThat(setup.get(path + "/1").body()).contains("name=\"" + question + "\" value=\"SOMETIMES\" checked");
    }
}
