package org.otmilestones.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Headless Chromium (Debian's chromium and chromium-driver), one per test class; test classes that use
 * it run under {@link BrowserTests}, which skips or fails them when it is missing.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("otm.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("otm.chromedriver", "/usr/bin/chromedriver"));
    /** axe-core from the npm registry, installed by {@code npm ci --prefix web/src/test/axe}. */
    static final Path AXE = Path.of("src/test/axe/node_modules/axe-core/axe.min.js");

    /** Selenium warns on stderr that it has no DevTools bindings for this Chromium; the tests use none. */
    private static final java.util.logging.Logger SELENIUM_LOG = quiet();

    final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    private static java.util.logging.Logger quiet() {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("org.openqa.selenium");
        log.setLevel(java.util.logging.Level.SEVERE);
        return log;
    }

    /** What is missing for the browser tests, if anything. */
    static Optional<String> missing() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(CHROMIUM)) {
            missing.add(CHROMIUM + " (apt-get install -y chromium)");
        }
        if (!Files.isExecutable(CHROMEDRIVER)) {
            missing.add(CHROMEDRIVER + " (apt-get install -y chromium-driver)");
        }
        if (!Files.isRegularFile(AXE)) {
            missing.add(AXE.toAbsolutePath() + " (npm ci --prefix web/src/test/axe)");
        }
        return missing.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", missing));
    }

    static Browser open() {
        return open(true);
    }

    /** A browser with JavaScript on or off. */
    static Browser open(boolean javaScript) {
        missing().ifPresent(m -> {
            throw new IllegalStateException("browser tests need " + m);
        });
        try {
            Path profile = Files.createTempDirectory("otm-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--hide-scrollbars", "--lang=en-US", "--user-data-dir=" + profile);
            if (!javaScript) {
                options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().withSilent(true).build();
            ChromeDriver driver = new ChromeDriver(service, options);
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Forgets cookies, stored answers and open windows, as a new device would have, and shows a blank page
     * of this server (where its storage can be cleared).
     */
    void forgetEverything(String serverUrl) {
        String main = driver.getWindowHandle();
        for (String handle : driver.getWindowHandles()) {
            if (!handle.equals(main)) {
                driver.switchTo().window(handle).close();
            }
        }
        driver.switchTo().window(main);
        driver.get(serverUrl + "/static/icon.svg");
        driver.executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
        driver.manage().deleteAllCookies();
    }

    /** Phone (360 wide), tablet or desktop. */
    void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    void go(String url) {
        driver.get(url);
    }

    /** Runs axe-core (WCAG 2.0, 2.1 and 2.2, A and AA) on the page; fails with every violation found. */
    void assertAccessible(String page) {
        String axe;
        try {
            axe = Files.readString(AXE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JavascriptExecutor js = driver;
        js.executeScript(axe);
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',"
                + " 'wcag22aa']}}).then(function (r) { done(JSON.stringify({violations: r.violations.map(function (v) {"
                + " return {id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(function (n) {"
                + " return n.target.join(' ') + ': ' + n.failureSummary; })}; }), passes: r.passes.length})); },"
                + " function (e) { done(JSON.stringify({error: String(e)})); });");
        JsonNode report = new ObjectMapper().readTree(String.valueOf(result));
        assertThat(report.has("error")).as("axe ran on " + page + ": " + report).isFalse();
        assertThat(report.get("passes").asInt()).as("axe checked something on " + page).isPositive();
        assertThat(report.get("violations").size()).as("axe violations on " + page + ": " + report.get("violations"))
                .isZero();
    }

    /** A screenshot of what the screen shows (the top of the page), for the README. */
    void screenshotOfScreen(Path file) {
        driver.executeScript("window.scrollTo(0, 0)");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A screenshot of the whole page at the current width, for the README. */
    void screenshot(Path file) {
        Dimension before = driver.manage().window().getSize();
        Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
        int innerDiff = ((Number) driver.executeScript("return window.outerHeight - window.innerHeight")).intValue();
        driver.manage().window().setSize(new Dimension(before.getWidth(), height.intValue() + Math.max(0, innerDiff)));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    Optional<String> cookie(String name) {
        return Optional.ofNullable(driver.manage().getCookieNamed(name)).map(c -> c.getValue());
    }

    Map<String, Object> caps() {
        return driver.getCapabilities().asMap();
    }

    @Override
    public void close() {
        driver.quit();
        try (var walk = Files.walk(profile)) {
            walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // A temp folder.
        }
    }
}
