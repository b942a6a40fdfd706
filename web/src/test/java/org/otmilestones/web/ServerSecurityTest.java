package org.otmilestones.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What keeps families and staff apart, and children's data out of logs, checked over HTTP. Each test has
 * a server, a data folder and a clock of its own.
 */
class ServerSecurityTest {

    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private WebClient client() {
        return new WebClient(server.url());
    }

    private static Map<String, String> form(String... pairs) {
        Map<String, String> form = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() {
        WebClient family = client();
        String path = family.startFamily("en", "Noa Csrf", "1", "5", "2024");
        String token = WebClient.csrf(family.get(path + "/1").body());

        assertThat(family.post(path + "/1", form("go", "next")).statusCode()).isEqualTo(403);
        assertThat(family.post(path + "/1", form("go", "next", "csrf", "forged")).statusCode()).isEqualTo(403);
        assertThat(family.post(path + "/answer", form("question", "general-worried", "answer", "YES")).statusCode())
                .isEqualTo(403);
        assertThat(client().post("/start", form("lang", "en", "name", "X", "month", "1", "day", "1", "year", "2024"))
                .statusCode()).isEqualTo(403);
        WebClient staff = client();
        String staffToken = staff.login(TestServer.PASSWORD);
        assertThat(staff.post("/staff/logout", form()).statusCode()).isEqualTo(403);
        // With the token, the same posts go through: the refusals above are the token's doing.
        assertThat(family.post(path + "/1", form("go", "next", "csrf", token)).statusCode()).isEqualTo(303);
        assertThat(staff.post("/staff/logout", form("csrf", staffToken)).statusCode()).isEqualTo(303);
    }

    @Test
    void aFamilyLinkOpensNeitherTheStaffPagesNorAnotherFamilysChecklist() {
        WebClient a = client();
        String pathA = a.startFamily("en", "Ana Apart", "2", "1", "2024");
        WebClient b = client();
        String pathB = b.startFamily("en", "Ben Apart", "3", "1", "2024");
        String tokenA = WebClient.csrf(a.get(pathA + "/1").body());

        assertThat(a.get(pathA + "/1").statusCode()).isEqualTo(200);
        assertThat(a.get("/staff").statusCode()).isEqualTo(403);
        assertThat(a.get("/staff/checklists/1").statusCode()).isEqualTo(403);
        assertThat(a.get("/staff/checklists/1/handout.pdf").statusCode()).isEqualTo(403);
        assertThat(a.get("/staff/export/answers.csv?all=1").statusCode()).isEqualTo(403);
        // B's checklist is not open on A's device: A's form token does nothing there (the page's script is
        // told 401, and reloads to the birth-date question), and a made-up link opens nothing.
        assertThat(a.post(pathB + "/1", form("csrf", tokenA, "go", "next")).statusCode()).isEqualTo(403);
        HttpResponse<String> answer = a.post(pathB + "/answer", form("csrf", tokenA, "question", "general-worried",
                "answer", "YES"));
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).doesNotContain("Ben Apart");
        assertThat(b.get(pathB + "/6").body()).doesNotContain("checked");
        assertThat(a.get("/f/" + "A".repeat(43) + "/1").statusCode()).isEqualTo(403);
        assertThat(a.get("/f/../staff").statusCode()).isIn(403, 404);
        assertThat(a.get(pathA + "/1").body()).doesNotContain("Ben Apart");
    }

    @Test
    void wrongPasswordsAreSlowedDownAfterTheFreeTries() {
        WebClient guesser = client();
        for (int i = 1; i < LoginThrottle.FREE_TRIES; i++) {
            String token = WebClient.csrf(guesser.get("/staff/login").body());
            HttpResponse<String> wrong = guesser.post("/staff/login", form("csrf", token, "password", "guess " + i));
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(wrong.body()).doesNotContain("Wait");
        }
        String token = WebClient.csrf(guesser.get("/staff/login").body());
        HttpResponse<String> last = guesser.post("/staff/login", form("csrf", token, "password", "guess 3"));
        assertThat(last.statusCode()).isEqualTo(401);
        assertThat(last.body()).contains("Wait 5 seconds before the next try");

        // While it waits, even the right password is refused unchecked...
        token = WebClient.csrf(guesser.get("/staff/login").body());
        HttpResponse<String> waiting = guesser.post("/staff/login", form("csrf", token, "password", TestServer.PASSWORD));
        assertThat(waiting.statusCode()).isEqualTo(429);
        assertThat(waiting.body()).contains("Too many wrong passwords");
        // ...and once the wait is over, it works.
        server.clock.advance(Duration.ofSeconds(6));
        token = WebClient.csrf(guesser.get("/staff/login").body());
        assertThat(guesser.post("/staff/login", form("csrf", token, "password", TestServer.PASSWORD)).statusCode())
                .isEqualTo(303);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndSessionCookiesAreHttpOnlyAndStrict() {
        WebClient staff = client();
        HttpResponse<String> start = staff.get("/");
        assertThat(start.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'none'").contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(start.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(start.body()).doesNotContain("<script>").doesNotContain(" style=").doesNotContain("http://")
                .doesNotContain("https://");
        String token = WebClient.csrf(staff.get("/staff/login").body());
        HttpResponse<String> signedIn = staff.post("/staff/login", form("csrf", token, "password", TestServer.PASSWORD));
        List<String> cookies = signedIn.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith(StaffSessions.COOKIE + "=")
                .contains("HttpOnly").contains("SameSite=Strict"));
        assertThat(staff.get("/static/app.css").headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void aFinishedChecklistsLinkOpensOnlyTheThankYouAndTheHandoutOnlyWhenTheClinicAllowsIt() {
        WebClient family = client();
        String path = family.startFamily("en", "Finn Done", "4", "1", "2024");
        String token = WebClient.csrf(family.get(path + "/1").body());
        int steps = ChecklistForm.of(TestServer.CATALOG, TestServer.CATALOG.checkpoint("24m").orElseThrow()).steps().size();
        for (int step = 1; step <= steps; step++) {
            assertThat(family.post(path + "/" + step, form("csrf", token, "go", "next")).statusCode()).isEqualTo(303);
        }
        assertThat(WebClient.location(family.get(path + "/1"))).endsWith("/done");
        assertThat(family.post(path + "/answer", form("csrf", token, "question", "general-worried", "answer", "YES"))
                .statusCode()).isEqualTo(409);
        assertThat(family.get(path + "/done").body()).doesNotContain("handout.pdf");
        assertThat(family.getBytes(path + "/handout.pdf").statusCode()).isEqualTo(403);
    }

    @Test
    void theLogNamesRoutesButNoLinkNameBirthDateOrAnswer() {
        WebClient family = client();
        String path = family.startFamily("es", "Zoë Secretname", "7", "11", "2024");
        String token = WebClient.csrf(family.get(path + "/1").body());
        family.post(path + "/answer", form("csrf", token, "question", "general-worried", "answer", "NOT_SURE"));
        family.post(path + "/1", form("csrf", token, "go", "next",
                "fine_motor-19-24m-tower_4", "SOMETIMES"));
        WebClient staff = client();
        staff.login(TestServer.PASSWORD);
        staff.get("/staff?view=all&q=Secretname");
        staff.get("/staff/export/results.json?all=1");

        List<String> log = server.logLines();
        assertThat(log).anySatisfy(l -> assertThat(l).contains("POST /f/{token}/answer 204"));
        assertThat(log).anySatisfy(l -> assertThat(l).contains("GET /staff 200"));
        String linkToken = path.substring(3);
        assertThat(String.join("\n", log)).doesNotContain("Secretname").doesNotContain("Zo")
                .doesNotContain("2024-11-07").doesNotContain("11/7/2024").doesNotContain("7/11/2024")
                .doesNotContain(linkToken).doesNotContain("NOT_SURE").doesNotContain("SOMETIMES")
                .doesNotContain("tower_4").doesNotContain("worried");
    }

    @Test
    void aDeletedChecklistIsGoneFromTheDatabaseFiles() throws Exception {
        WebClient family = client();
        String path = family.startFamily("en", "Quentin Erasable", "5", "5", "2024");
        String token = WebClient.csrf(family.get(path + "/1").body());
        family.post(path + "/1", form("csrf", token, "go", "next"));
        WebClient staff = client();
        String staffToken = staff.login(TestServer.PASSWORD);
        String list = staff.get("/staff?view=all&q=Erasable").body();
        String id = list.replaceAll("(?s).*href=\"/staff/checklists/(\\d+)\".*", "$1");
        assertThat(bytesOf("Quentin Erasable")).as("the name is in the files before the delete").isTrue();

        assertThat(staff.post("/staff/checklists/" + id + "/delete", form("csrf", staffToken)).statusCode()).isEqualTo(303);

        assertThat(staff.get("/staff/checklists/" + id).statusCode()).isEqualTo(404);
        assertThat(family.get(path + "/1").statusCode()).isEqualTo(403);
        assertThat(bytesOf("Quentin Erasable")).as("the name is in no database file after the delete").isFalse();
    }

    private boolean bytesOf(String text) throws Exception {
        byte[] needle = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (String name : List.of("otm.db", "otm.db-wal")) {
            var file = server.dataDir.resolve(name);
            if (Files.exists(file) && indexOf(Files.readAllBytes(file), needle) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void aStaffSessionEndsAfterHalfAnHourWithoutUse() {
        WebClient staff = client();
        staff.login(TestServer.PASSWORD);
        server.clock.advance(Duration.ofMinutes(29));
        assertThat(staff.get("/staff").statusCode()).as("29 minutes later").isEqualTo(200);
        server.clock.advance(Duration.ofMinutes(29));
        assertThat(staff.get("/staff").statusCode()).as("used 29 minutes ago").isEqualTo(200);
        server.clock.advance(StaffSessions.IDLE.plusMinutes(1));
        assertThat(staff.get("/staff").statusCode()).as("31 minutes without use").isEqualTo(403);
    }

    @Test
    void aNameWithMarkupIsShownAsTextNeverRunAsAPage() {
        WebClient family = client();
        family.startFamily("en", "<script>alert(1)</script><b>Bo</b>", "6", "1", "2024");
        WebClient staff = client();
        staff.login(TestServer.PASSWORD);
        String list = staff.get("/staff?view=all").body();
        assertThat(list).contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;Bo&lt;/b&gt;")
                .doesNotContain("<script>alert").doesNotContain("<b>Bo");
    }

    @Test
    void anUploadThatIsNoSurveyExportGetsAClearMessageAndChangesNothing() throws Exception {
        WebClient staff = client();
        String token = staff.login(TestServer.PASSWORD);
        String before = staff.get("/staff?view=all").body();
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        HttpResponse<String> r = staff.upload("/staff/import", Map.of("csrf", token), "file", "photo.jpg", binary);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("This file could not be read");
        HttpResponse<String> empty = staff.upload("/staff/import", Map.of("csrf", token), "file", "empty.csv", new byte[0]);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("is empty");
        assertThat(staff.upload("/staff/import", Map.of(), "file", "x.csv", "a,b\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .statusCode()).as("no form token").isEqualTo(403);
        assertThat(staff.get("/staff?view=all").body()).isEqualTo(before);
        try (var uploads = Files.list(server.dataDir.resolve("uploads"))) {
            assertThat(uploads.filter(p -> p.getFileName().toString().startsWith("import-")).toList())
                    .as("no upload is kept once read").isEmpty();
        }
    }

    @Test
    void anUploadKeptForADateOrderIsDeletedAfterAnHour() throws Exception {
        WebClient staff = client();
        String token = staff.login(TestServer.PASSWORD);
        byte[] export = Files.readAllBytes(java.nio.file.Path.of("../examples/google-forms.csv"));
        HttpResponse<String> report = staff.upload("/staff/import", Map.of("csrf", token), "file", "google-forms.csv", export);
        assertThat(report.body()).contains("Import again with this date order");
        assertThat(kept()).hasSize(1);
        server.clock.advance(Duration.ofMinutes(61));
        token = staff.login(TestServer.PASSWORD);
        staff.upload("/staff/import", Map.of("csrf", token), "file", "empty.csv", new byte[0]);
        assertThat(kept()).as("the hour-old upload is gone").isEmpty();
    }

    private List<java.nio.file.Path> kept() throws Exception {
        try (var uploads = Files.list(server.dataDir.resolve("uploads"))) {
            return uploads.filter(p -> p.getFileName().toString().startsWith("import-")).toList();
        }
    }
}
