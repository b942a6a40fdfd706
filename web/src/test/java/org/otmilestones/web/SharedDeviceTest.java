package org.otmilestones.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A waiting-room tablet, over HTTP: after "start over", after the idle time, after a restart and on any
 * other device, a family link shows nothing of the child until the child's birth date is given; five
 * wrong dates close it; a start form sent twice makes one checklist. (The browser's Back, reload and idle
 * timer are in {@link SharedTabletBrowserTest}.)
 */
class SharedDeviceTest {

    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String finish(WebClient family, String path) {
        String csrf = WebClient.csrf(family.get(path + "/1").body());
        for (int step = 1; step <= 6; step++) {
            family.post(path + "/" + step, Map.of("csrf", csrf, "go", "next", "general-worried", "YES"));
        }
        return csrf;
    }

    private static void assertShowsNothingOfTheChild(HttpResponse<String> page) {
        assertThat(page.statusCode()).isEqualTo(403);
        // The birth-date question, in the family's language, and nothing of the child.
        assertThat(page.body()).contains("/unlock\"").containsAnyOf("This checklist is private", "Esta lista es privada")
                .doesNotContain("Tomás").doesNotContain("checked").doesNotContain("handout.pdf")
                .doesNotContain("type=\"radio\"");
    }

    @Test
    void startOverEndsTheChecklistOnTheTabletAndBackShowsOnlyTheBirthDateQuestion() {
        server.server.close();
        try (TestServer shown = TestServer.start()) {
            WebClient staff = shown.client();
            String staffCsrf = staff.login(TestServer.PASSWORD);
            staff.upload("/staff/clinic", Map.of("csrf", staffCsrf, "showHandout", "yes"), "logo", "", new byte[0]);
            WebClient tablet = shown.client();
            String path = tablet.startFamily("es", "Tomás Tableta", "3", "9", "2024");
            String csrf = finish(tablet, path);
            assertThat(tablet.get(path + "/done").body()).contains("handout.pdf").contains("Empezar de nuevo");
            assertThat(tablet.getBytes(path + "/handout.pdf").statusCode()).isEqualTo(200);

            HttpResponse<String> over = tablet.post("/end", Map.of("csrf", csrf));
            assertThat(over.statusCode()).isEqualTo(303);
            assertThat(WebClient.location(over)).isEqualTo("/");
            assertThat(over.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                    .startsWith(FamilySessions.COOKIE + "=;").contains("Max-Age=0"));

            // The next family presses Back, or someone reopens the link from the history: nothing shows.
            for (String page : List.of(path + "/done", path + "/1", path + "/6", path)) {
                assertShowsNothingOfTheChild(tablet.get(page));
            }
            assertThat(tablet.getBytes(path + "/handout.pdf").statusCode()).isEqualTo(403);
            assertThat(new String(tablet.getBytes(path + "/handout.pdf").body(), java.nio.charset.StandardCharsets.UTF_8))
                    .doesNotStartWith("%PDF");
            // The family itself, with the birth date, sees its thank-you and handout again.
            assertThat(tablet.unlock(path, "3", "9", "2024").statusCode()).isEqualTo(303);
            assertThat(tablet.get(path + "/done").body()).contains("handout.pdf");
        }
    }

    @Test
    void anAbandonedChecklistClosesAfterTheIdleTimeAndItsAnswersShowOnlyAfterTheBirthDate() {
        WebClient tablet = server.client();
        String path = tablet.startFamily("en", "Tomás Idle", "3", "9", "2024");
        String csrf = WebClient.csrf(tablet.get(path + "/1").body());
        String question = tablet.get(path + "/1").body().replaceAll("(?s).*type=\"radio\" name=\"([^\"]+)\".*", "$1");
        assertThat(tablet.post(path + "/answer", Map.of("csrf", csrf, "question", question, "answer", "NOT_YET"))
                .statusCode()).isEqualTo(204);
        server.clock.advance(ServerConfig.DEFAULT_FAMILY_IDLE.minusSeconds(5));
        assertThat(tablet.get(path + "/1").statusCode()).as("still open just before the idle time").isEqualTo(200);
        server.clock.advance(ServerConfig.DEFAULT_FAMILY_IDLE.plusSeconds(1));

        assertShowsNothingOfTheChild(tablet.get(path + "/1"));
        HttpResponse<String> script = tablet.post(path + "/answer", Map.of("csrf", csrf, "question", question,
                "answer", "YES"));
        assertThat(script.statusCode()).as("the page's script is told to reload").isEqualTo(401);
        assertThat(tablet.post(path + "/alive", Map.of("csrf", csrf)).statusCode()).isEqualTo(401);

        assertThat(tablet.unlock(path, "3", "9", "2024").statusCode()).isEqualTo(303);
        assertThat(tablet.get(path + "/1").body()).contains("name=\"" + question + "\" value=\"NOT_YET\" checked");
    }

    @Test
    void anotherDeviceNeedsTheBirthDateAndFiveWrongDatesCloseTheLinkForGood() {
        WebClient tablet = server.client();
        String path = tablet.startFamily("en", "Tomás Other", "3", "9", "2024");
        WebClient phone = server.client();
        assertShowsNothingOfTheChild(phone.get(path + "/1"));
        HttpResponse<String> unclear = phone.unlock(path, "13", "40", "2024");
        assertThat(unclear.statusCode()).as("not a date: asked again, not counted").isEqualTo(400);
        for (int i = 1; i < FamilyPages.UNLOCK_TRIES; i++) {
            HttpResponse<String> wrong = phone.unlock(path, "3", String.valueOf(10 + i), "2024");
            assertThat(wrong.statusCode()).isEqualTo(403);
            assertThat(wrong.body()).contains("That date does not match").doesNotContain("Tomás");
        }
        HttpResponse<String> last = phone.unlock(path, "3", "20", "2024");
        assertThat(last.body()).contains("This link is closed");
        // Closed for everyone, even with the right date, and on the tablet too.
        assertThat(phone.get(path + "/1").body()).contains("This link does not work").doesNotContain("/unlock");
        assertThat(tablet.get(path + "/1").statusCode()).isEqualTo(403);
        assertThat(tablet.get(path + "/1").body()).doesNotContain("Tomás");
    }

    @Test
    void aNewLinkFromStaffEndsTheOldLinksSessions() {
        WebClient tablet = server.client();
        String path = tablet.startFamily("en", "Tomás Relink", "3", "9", "2024");
        assertThat(tablet.get(path + "/1").statusCode()).isEqualTo(200);
        WebClient staff = server.client();
        String csrf = staff.login(TestServer.PASSWORD);
        HttpResponse<String> relinked = staff.post("/staff/checklists/1/link", Map.of("csrf", csrf));
        String newPath = relinked.body().replaceAll("(?s).*value=\"http://[^/\"]+(/f/[A-Za-z0-9_-]{43})\".*", "$1");
        assertThat(newPath).startsWith("/f/");
        assertThat(tablet.get(path + "/1").body()).contains("This link does not work");
        WebClient phone = server.client();
        assertShowsNothingOfTheChild(phone.get(newPath + "/1"));
        assertThat(phone.unlock(newPath, "3", "9", "2024").statusCode()).isEqualTo(303);
        assertThat(phone.get(newPath + "/1").statusCode()).isEqualTo(200);
    }

    @Test
    void theStartFormSentTwiceAtOnceMakesOneChecklistAndBothAnswersOpenIt() throws Exception {
        WebClient tablet = server.client();
        String page = tablet.get("/").body();
        Map<String, String> form = Map.of("csrf", WebClient.csrf(page), "once", WebClient.once(page), "lang", "en",
                "name", "Tomás Twice", "month", "3", "day", "9", "year", "2024");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> sent = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                sent.add(pool.submit(() -> {
                    go.await(30, TimeUnit.SECONDS);
                    return tablet.post("/start", form);
                }));
            }
            go.countDown();
            List<String> locations = new ArrayList<>();
            for (Future<HttpResponse<String>> f : sent) {
                HttpResponse<String> r = f.get(60, TimeUnit.SECONDS);
                assertThat(r.statusCode()).isEqualTo(303);
                locations.add(WebClient.location(r));
            }
            assertThat(locations).as("the same checklist every time").containsOnly(locations.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(tablet.post("/start", form).statusCode()).as("and once more, later").isEqualTo(303);
        WebClient staff = server.client();
        staff.login(TestServer.PASSWORD);
        String list = staff.get("/staff?view=all").body();
        assertThat(list.split("Tomás Twice", -1)).as("one row").hasSize(2);
        // A new form (a reload of the start page) is a new checklist, as it should be.
        tablet.startFamily("en", "Tomás Twice", "3", "9", "2024");
        assertThat(staff.get("/staff?view=all").body().split("Tomás Twice", -1)).hasSize(3);
    }

    @Test
    void theStaffStartFormSentTwiceMakesOneChecklistAndShowsItsLinkBothTimes() {
        WebClient staff = server.client();
        String csrf = staff.login(TestServer.PASSWORD);
        String page = staff.get("/staff/start").body();
        Map<String, String> form = Map.of("csrf", csrf, "once", WebClient.once(page), "name", "Tomás Desk",
                "dob", "2024-03-09");
        HttpResponse<String> first = staff.post("/staff/start", form);
        HttpResponse<String> second = staff.post("/staff/start", form);
        String link = "value=\"(http://[^\"]+/f/[^\"]+)\"";
        assertThat(first.body().replaceAll("(?s).*" + link + ".*", "$1"))
                .isEqualTo(second.body().replaceAll("(?s).*" + link + ".*", "$1")).contains("/f/");
        assertThat(staff.get("/staff?view=all").body().split("Tomás Desk", -1)).hasSize(2);
    }

    @Test
    void theFamilyIdleTimeIsTheServersAndThePageTellsItsTimer() {
        server.server.close();
        try (TestServer quick = TestServer.start(c -> c.withFamilyIdle(Duration.ofSeconds(90)))) {
            WebClient tablet = quick.client();
            String path = tablet.startFamily("en", "Tomás Quick", "3", "9", "2024");
            assertThat(tablet.get(path + "/1").body()).contains("data-idle-ms=\"90000\"");
            quick.clock.advance(Duration.ofSeconds(91));
            assertShowsNothingOfTheChild(tablet.get(path + "/1"));
        }
    }
}
