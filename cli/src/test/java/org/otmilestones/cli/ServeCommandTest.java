package org.otmilestones.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code otm serve} and {@code otm backup}, run in-process, against {@code otm report} and {@code otm score}. */
class ServeCommandTest {

    private static final String PASSWORD = "waiting room tablet";

    @TempDir
    Path tmp;

    @Test
    void serveWithoutAPasswordOrATerminalExitsWithTwoAndSaysHowToGiveOne() {
        OtmRunner r = OtmRunner.run("serve", "--data", tmp.resolve("data").toString(), "--port", "0");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("no staff password is set").contains("--password-file");
    }

    @Test
    void aShortStaffPasswordIsRefused() throws IOException {
        Path pw = Files.writeString(tmp.resolve("pw.txt"), "short\n");
        OtmRunner r = OtmRunner.run("serve", "--data", tmp.resolve("data").toString(), "--port", "0", "--password-file",
                pw.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("use at least 10");
    }

    @Test
    void aPortInUseIsToldInOtmsOwnWordsFirstWithNoLineOfTheWebFrameworkBeforeIt() throws Exception {
        Path pw = Files.writeString(tmp.resolve("pw.txt"), PASSWORD + "\n");
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process otm = new ProcessBuilder(javaCommand, "-cp", System.getProperty("java.class.path"), Otm.class.getName(),
                    "serve", "--data", tmp.resolve("data").toString(), "--port", String.valueOf(taken.getLocalPort()),
                    "--password-file", pw.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            otm.getOutputStream().close();
            java.util.concurrent.CompletableFuture<String> err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return new String(otm.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            assertThat(otm.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).as("otm serve stopped").isTrue();
            String stderr = err.get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(otm.exitValue()).as(stderr).isEqualTo(2);
            assertThat(stderr.lines().toList()).as(stderr).hasSize(1);
            assertThat(stderr).startsWith("otm: cannot listen on 127.0.0.1:" + taken.getLocalPort())
                    .contains("is another otm serve running?");
        }
    }

    @Test
    void theDefaultDataFolderAndOutputsAreLeftOutOfGit() throws IOException {
        List<String> ignored = Files.readAllLines(org.otmilestones.core.testing.DocExamples.root().resolve(".gitignore"));
        assertThat(ignored).contains(org.otmilestones.web.ServerConfig.DEFAULT_DATA_DIR + "/", "/reports/", "/checklist-*");
        assertThat(new ServeCommand().data).isEqualTo(Path.of(org.otmilestones.web.ServerConfig.DEFAULT_DATA_DIR));
        assertThat(new BackupCommand().data).isEqualTo(Path.of(org.otmilestones.web.ServerConfig.DEFAULT_DATA_DIR));
        assertThat(new ReportCommand().outputDir).isEqualTo(Path.of("reports"));
    }

    @Test
    void backupOfAFolderWithoutOtmDataExitsWithTwo() {
        OtmRunner r = OtmRunner.run("backup", tmp.resolve("b").toString(), "--data", tmp.resolve("nothing").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("there is no otm data here");
    }

    @Test
    void theHandoutFromThePageIsByteIdenticalToOtmReportOnTheExportedAnswersAndOtmScoreAgrees() throws Exception {
        Path data = tmp.resolve("data");
        Path pw = Files.writeString(tmp.resolve("pw.txt"), PASSWORD + "\n");
        StringWriter out = new StringWriter();
        PrintWriter outWriter = new PrintWriter(out, true);
        AtomicInteger code = new AtomicInteger(-1);
        Thread serving = new Thread(() -> code.set(Otm.run(new String[] {"serve", "--data", data.toString(), "--port", "0",
                "--password-file", pw.toString()}, outWriter, new PrintWriter(new StringWriter(), true))), "serve");
        serving.start();
        try {
            String base = awaitUrl(out);
            Client family = new Client(base);
            // A baby born early, in Spanish: the corrected age picks the checklist. The page dates the checklist
            // today, so the birth date moves with the calendar: 16 months ago, always under the corrected-age limit.
            java.time.LocalDate born = java.time.LocalDate.now().minusMonths(16).withDayOfMonth(1);
            String page = family.get("/?lang=es").body();
            HttpResponse<String> started = family.post("/start", form("csrf", csrf(page), "once", once(page), "lang", "es",
                    "name", "Sofía Prueba",
                    "month", String.valueOf(born.getMonthValue()), "day", "1", "year", String.valueOf(born.getYear()),
                    "weeks", "33", "by", "mamá"));
            assertThat(started.statusCode()).isEqualTo(303);
            String path = started.headers().firstValue("Location").orElseThrow().replaceAll("/1$", "");
            String[] answers = {"YES", "SOMETIMES", "NOT_YET", "NOT_SURE"};
            for (int step = 1; step < 20; step++) {
                HttpResponse<String> screen = family.get(path + "/" + step);
                if (screen.statusCode() != 200) {
                    break;
                }
                Map<String, String> posted = form("csrf", csrf(screen.body()), "go", "next");
                Matcher names = Pattern.compile("type=\"radio\" name=\"([^\"]+)\" value=\"([A-Z_]+)\"").matcher(screen.body());
                int n = 0;
                while (names.find()) {
                    if (!posted.containsKey(names.group(1)) && n++ % 5 != 4) {
                        String answer = answers[(n + step) % answers.length];
                        posted.put(names.group(1), screen.body().contains("name=\"" + names.group(1) + "\" value=\""
                                + answer + "\"") ? answer : "NOT_YET");
                    }
                }
                HttpResponse<String> next = family.post(path + "/" + step, posted);
                assertThat(next.statusCode()).isEqualTo(303);
                if (next.headers().firstValue("Location").orElseThrow().endsWith("/done")) {
                    break;
                }
            }
            assertThat(family.get(path + "/done").body()).contains("¡Gracias!");

            Client staff = new Client(base);
            HttpResponse<String> signedIn = staff.post("/staff/login", form("csrf", csrf(staff.get("/staff/login").body()),
                    "password", PASSWORD));
            assertThat(signedIn.statusCode()).isEqualTo(303);
            String list = staff.get("/staff?view=all").body();
            String id = list.replaceAll("(?s).*href=\"/staff/checklists/(\\d+)\".*", "$1");
            byte[] handout = staff.bytes("/staff/checklists/" + id + "/handout.pdf?download=1");
            byte[] answersCsv = staff.bytes("/staff/checklists/" + id + "/answers.csv");
            byte[] resultJson = staff.bytes("/staff/checklists/" + id + "/results.json");
            assertThat(new String(handout, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

            Path csv = Files.write(tmp.resolve("answers.csv"), answersCsv);
            OtmRunner report = OtmRunner.run("report", csv.toString(), "-o", tmp.resolve("reports").toString());
            assertThat(report.exitCode()).as(report.out() + report.err()).isZero();
            List<Path> pdfs;
            try (Stream<Path> files = Files.list(tmp.resolve("reports"))) {
                pdfs = files.filter(p -> p.toString().endsWith(".pdf")).toList();
            }
            assertThat(pdfs).hasSize(1);
            assertThat(Files.readAllBytes(pdfs.get(0))).as("the handout otm report makes from the exported answers")
                    .isEqualTo(handout);

            OtmRunner score = OtmRunner.run("score", csv.toString(), "--format", "json");
            assertThat(score.exitCode()).isZero();
            JsonNode fromScore = new ObjectMapper().readTree(score.out()).get(0);
            JsonNode fromPage = new ObjectMapper().readTree(resultJson);
            assertThat(fromPage).isEqualTo(fromScore);
            // The result gives only the checklist's age; born 7 weeks early, it is the corrected one, under the age since birth.
            long sinceBirth = java.time.Period.between(born,
                    java.time.LocalDate.parse(fromPage.get("assessedOn").asString())).toTotalMonths();
            assertThat(fromPage.get("checklistAge").get("months").asLong()).as("the corrected age was used")
                    .isLessThan(sinceBirth);

            // A backup while serving is a consistent, owner-only copy with the checklist in it.
            OtmRunner backup = OtmRunner.run("backup", tmp.resolve("backups").toString(), "--data", data.toString());
            assertThat(backup.exitCode()).as(backup.err()).isZero();
            Path copy;
            try (Stream<Path> files = Files.list(tmp.resolve("backups"))) {
                copy = files.findFirst().orElseThrow();
            }
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy))).isEqualTo("rw-------");
            try (var c = DriverManager.getConnection("jdbc:sqlite:" + copy);
                    ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM checklists")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        } finally {
            serving.interrupt();
            serving.join(30_000);
        }
        assertThat(code.get()).isZero();
    }

    private static String awaitUrl(StringWriter out) throws InterruptedException {
        Pattern url = Pattern.compile("serving the checklist page at (http://[0-9.:]+)/");
        for (int i = 0; i < 300; i++) {
            Matcher m = url.matcher(out.toString());
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("otm serve printed no address:\n" + out);
    }

    private static Map<String, String> form(String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    private static String once(String html) {
        Matcher m = Pattern.compile("name=\"once\" value=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no form id in:\n" + html);
        }
        return m.group(1);
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no form token in:\n" + html);
        }
        return m.group(1);
    }

    /** Cookies kept, redirects not followed. */
    private static final class Client {
        private final String base;
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

        Client(String base) {
            this.base = base;
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        byte[] bytes(String path) {
            HttpResponse<byte[]> r = send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            return r.body();
        }

        HttpResponse<String> post(String path, Map<String, String> form) {
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
            try {
                return http.send(request, handler);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
