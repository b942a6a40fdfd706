package org.otmilestones.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otmilestones.core.testing.BadImages;

/**
 * One case per way hostile or careless input went wrong, each from a small file in {@code bad-input/} or one
 * the test makes: the exit code, the message, and that nothing changed but what the run should write.
 */
class BadInputCorpusTest {

    private static final String TODAY = ReportCommandTest.TODAY;

    @TempDir
    Path dir;

    /** A corpus file copied into the test's folder. */
    private Path corpus(String name) throws IOException {
        try (InputStream in = BadInputCorpusTest.class.getResourceAsStream("bad-input/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing corpus file bad-input/" + name);
            }
            return Files.write(dir.resolve(name), in.readAllBytes());
        }
    }

    /**
     * Every entry under the test's folder, links not followed, as its kind and size and, for files, a hash of
     * the content: two snapshots differ when anything was added, removed or changed.
     */
    private Map<String, String> snapshot() throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path path : all.toList()) {
                BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                String kind = a.isSymbolicLink() ? "link to " + Files.readSymbolicLink(path) : a.isDirectory() ? "folder"
                        : a.isOther() ? "other" : "file " + a.size() + " " + (a.size() < 50_000_000 ? hash(path) : "big");
                entries.put(dir.relativize(path).toString(), kind);
            }
        }
        return entries;
    }

    private static String hash(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The entries added since {@code before}; fails when one that was there changed or went. */
    private Map<String, String> added(Map<String, String> before) throws IOException {
        Map<String, String> after = snapshot();
        before.forEach((path, kind) -> {
            if (!path.isEmpty()) {
                assertThat(after.get(path)).as("unchanged: " + path).isEqualTo(kind);
            }
        });
        Map<String, String> added = new TreeMap<>(after);
        added.keySet().removeAll(before.keySet());
        return added;
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    // 1. Encoding: a few bytes that are not UTF-8 fail their own row only; no name is garbled.

    @Test
    void readsAnExportWithAStrayWindows1252ByteAsUtf8AndFailsOnlyTheRowThatUsesIt() throws Exception {
        Path export = corpus("garbled-utf8.csv");
        Map<String, String> before = snapshot();

        OtmRunner run = OtmRunner.run("report", export.toString(), "-o", dir.resolve("r").toString(), "--today", TODAY);

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(run.out()).contains("Read " + export + ": UTF-8").contains("the file is UTF-8, but 2 bytes in it are not")
                .contains("garbled-utf8.csv:3:5: the value holds bytes that are not valid UTF-8")
                .contains("1 row holds bytes that are not valid UTF-8 only in columns that are not used (line 4)")
                .contains("1 row failed (line 3)").doesNotContain("WARNING");
        assertThat(added(before)).containsOnlyKeys("r", "r/summary.csv", "r/ana-lopez-24m-2026-11-20.pdf",
                "r/soren-orsted-24m-2026-11-20.pdf", "r/lucja-wojcik-24m-2026-11-20.pdf");
        assertThat(text(dir.resolve("r/soren-orsted-24m-2026-11-20.pdf"))).contains("Søren Ørsted");
        assertThat(text(dir.resolve("r/lucja-wojcik-24m-2026-11-20.pdf"))).contains("Łucja Wójcik");
    }

    @Test
    void readsAnExportWithNoUtf8LetterAsWindows1252AndSaysSoAsAWarning() throws Exception {
        Path export = corpus("windows-1252.csv");
        Map<String, String> before = snapshot();

        OtmRunner run = OtmRunner.run("report", export.toString(), "-o", dir.resolve("r").toString(), "--today", TODAY);

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("Read " + export + ": windows-1252")
                .contains("  WARNING: the file is not UTF-8 (first on line 2) and has no UTF-8 letter at all");
        assertThat(added(before)).containsOnlyKeys("r", "r/summary.csv", "r/jose-pena-24m-2026-11-20.pdf",
                "r/ana-24m-2026-11-20.pdf");
        assertThat(text(dir.resolve("r/jose-pena-24m-2026-11-20.pdf"))).contains("José Peña");
    }

    // 2. Control characters: shown as visible escapes (every character and path: ControlCharactersTest).

    @Test
    void showsAnEscapeSequenceAndACarriageReturnInAChildIdAsVisibleEscapes() throws Exception {
        Path export = corpus("control-characters.csv");
        Map<String, String> before = snapshot();

        OtmRunner run = OtmRunner.run("report", export.toString(), "-o", dir.resolve("r").toString(), "--today", TODAY);

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(run.out()).contains("E\\u001b]0;ret…").contains("value 'No\\u001b[2K'").contains("1 row failed (line 19)")
                .doesNotContain("\u001b").doesNotContain("\r").doesNotContain("\u202e");
        String summary = Files.readString(dir.resolve("r/summary.csv"));
        assertThat(summary).contains("E\\u001b]0;retitled\\u0007\\rFAILED? no").doesNotContain("\u001b");
        assertThat(added(before)).hasSize(2 + 16);
    }

    // 3. The result JSON and CSV give no birth date back (the proof over every birth date: ResultJsonTest).

    @Test
    void scoresWithTheChecklistsAgeInWholeMonthsAndNoBirthDate() throws Exception {
        Path export = Files.writeString(dir.resolve("preterm.csv"), "Child ID,Date of birth,Weeks at birth,"
                + "Assessment date,Does your child stack 4 or more blocks into a tower?\nP1,2025-10-01,30,2026-11-20,Yes\n");
        Map<String, String> before = snapshot();

        OtmRunner json = OtmRunner.run("score", export.toString(), "--today", TODAY);
        OtmRunner csv = OtmRunner.run("score", export.toString(), "--format", "csv", "--today", TODAY);

        assertThat(json.exitCode()).isZero();
        // Born 10 weeks early 13 months ago: the corrected age, 11 months, is the one the checklist went by.
        assertThat(json.out()).contains("\"formatVersion\" : 4").contains("\"checklistAge\" : {\n    \"months\" : 11\n  }")
                .doesNotContain("days").doesNotContain("2025-10-01").doesNotContain("weeksEarly").doesNotContain("corrected");
        assertThat(csv.out()).startsWith("line,child_id,assessed_on,checklist_age_months,checkpoint,")
                .contains("\r\n2,P1,2026-11-20,11,").doesNotContain("2025-10-01");
        assertThat(added(before)).isEmpty();
    }

    // 4. Whatever sits at a handout's name is compared only when it is a plain file of the same size.

    @Test
    void reportsAPipeALinkToDevZeroAndAHugeFileAtAHandoutsNameWithoutReadingThem() throws Exception {
        Path export = Files.writeString(dir.resolve("three.csv"), "Child's name,Date of birth,Assessment date,"
                + "Does your child stack 4 or more blocks into a tower?\nPip,2024-10-01,2026-11-20,Yes\n"
                + "Zed,2024-10-01,2026-11-20,Yes\nBig,2024-10-01,2026-11-20,Yes\n");
        Path out = Files.createDirectories(dir.resolve("r"));
        Process mkfifo = new ProcessBuilder("mkfifo", out.resolve("pip-24m-2026-11-20.pdf").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        Files.createSymbolicLink(out.resolve("zed-24m-2026-11-20.pdf"), Path.of("/dev/zero"));
        try (RandomAccessFile sparse = new RandomAccessFile(out.resolve("big-24m-2026-11-20.pdf").toFile(), "rw")) {
            sparse.setLength(1L << 30);
        }
        Map<String, String> before = snapshot();

        OtmRunner run = assertTimeoutPreemptively(Duration.ofSeconds(60), () ->
                OtmRunner.run("report", export.toString(), "-o", out.toString(), "--today", TODAY));

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(run.out()).contains("3 rows failed (lines 2, 3, 4)")
                .contains("2      row-2          FAILED: something that is not a plain file (a link, a folder, a pipe or a device)")
                .contains("3      row-3          FAILED: something that is not a plain file")
                .contains("4      row-4          FAILED: a different handout with this row's file name already exists");
        assertThat(added(before)).containsOnlyKeys("r/summary.csv");
        // Removed here, so the clean-up of the test folder has no link out of it to warn about.
        Files.delete(out.resolve("zed-24m-2026-11-20.pdf"));
    }

    // 5. A clinic logo that is cut off, damaged or an image bomb stops the run before any row: exit 2.

    @Test
    void refusesACutOffOrHugeLogoAsAProfileErrorBeforeAnyRow() throws Exception {
        Path export = ReportCommandTest.EXAMPLES.resolve("surveymonkey.csv").toAbsolutePath();
        Files.write(dir.resolve("cut.jpg"), BadImages.truncated("jpeg"));
        Files.write(dir.resolve("bomb.png"), BadImages.pngBomb(20_000));
        Files.writeString(dir.resolve("cut.properties"), "name=Sol\nlogo=cut.jpg\n");
        Files.writeString(dir.resolve("bomb.properties"), "name=Sol\nlogo=bomb.png\n");
        Map<String, String> before = snapshot();

        OtmRunner cut = OtmRunner.run("report", export.toString(), "--clinic", dir.resolve("cut.properties").toString(),
                "-o", dir.resolve("r").toString(), "--today", TODAY);
        OtmRunner bomb = OtmRunner.run("report", export.toString(), "--clinic", dir.resolve("bomb.properties").toString(),
                "-o", dir.resolve("r").toString(), "--today", TODAY);

        assertThat(cut.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cut.err()).contains("cut.properties, line 2 (logo): the file").contains("cut.jpg is damaged")
                .doesNotContain("bug");
        assertThat(bomb.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bomb.err()).contains("bomb.png is 20000 x 20000 pixels; a logo may be at most 4000 x 4000");
        assertThat(cut.out() + bomb.out()).doesNotContain("Read ");
        assertThat(added(before)).isEmpty();
    }

    // 6. Memory: a real process with a small heap (OutOfMemoryTest); 32 MB inputs in benchmarks/memory.sh.

    // 7. No output ever replaces an input, even with --force.

    @Test
    void neverReplacesTheInputByItsNameALinkOrAHardLinkEvenWithForce() throws Exception {
        Path export = Files.copy(ReportCommandTest.EXAMPLES.resolve("surveymonkey.csv"), dir.resolve("export.csv"));
        Files.createSymbolicLink(dir.resolve("link.csv"), export);
        Files.createLink(dir.resolve("hard.csv"), export);
        Map<String, String> before = snapshot();

        for (String target : new String[] {"export.csv", "link.csv", "hard.csv"}) {
            OtmRunner run = OtmRunner.run("score", export.toString(), "--format", "csv", "-o",
                    dir.resolve(target).toString(), "--force", "--today", TODAY);

            assertThat(run.exitCode()).as(target).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).as(target).contains(target + " is one of this run's input files")
                    .contains("never replaces an input, even with --force");
        }
        assertThat(added(before)).isEmpty();
    }

    @Test
    void keepsASummaryThatIsTheInputAndNamesTheOneItWrites() throws Exception {
        Path out = Files.createDirectories(dir.resolve("r"));
        Path export = Files.copy(ReportCommandTest.EXAMPLES.resolve("surveymonkey.csv"), out.resolve("summary.csv"));
        Map<String, String> before = snapshot();

        OtmRunner run = OtmRunner.run("report", export.toString(), "-o", out.toString(), "--force", "--today", TODAY);

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out().strip()).endsWith("Summary of every row, with its handout file: " + out.resolve("summary-2.csv")
                + " (summary.csv is an input of this run, so it was kept)");
        assertThat(added(before)).containsOnlyKeys("r/summary-2.csv", "r/mia-johnson-18m-2026-11-20.pdf",
                "r/oliver-smith-18m-2026-11-21.pdf");
    }

    // 8. Counts: a row with three problems is one failed row.

    @Test
    void countsARowWithThreeProblemsOnceAndListsEachProblem() throws Exception {
        Path export = corpus("three-problems.csv");
        Map<String, String> before = snapshot();

        OtmRunner run = OtmRunner.run("report", export.toString(), "-o", dir.resolve("r").toString(), "--today", TODAY);
        OtmRunner score = OtmRunner.run("score", export.toString(), "--today", TODAY);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(run.out()).contains("3      -              FAILED: " + export + ":3:2: the date")
                .contains("also:   " + export + ":3:4: the answer is not one this importer knows")
                .contains("also:   " + export + ":3:5:")
                .contains("2 rows: 1 handout written").contains("1 row failed (line 3); the other rows were still done.");
        assertThat(score.err()).contains("1 row scored, 1 failed");
        assertThat(Files.readAllLines(dir.resolve("r/summary.csv"))).hasSize(3);
        assertThat(added(before)).containsOnlyKeys("r", "r/summary.csv", "r/t1-24m-2026-11-20.pdf");
    }

    // Smaller ones.

    @Test
    void makesEveryMissingOutputFolderReadableOnlyByYouAndNamesNoTemporaryFile() throws Exception {
        Path export = ReportCommandTest.EXAMPLES.resolve("surveymonkey.csv");
        OtmRunner report = OtmRunner.run("report", export.toString(), "-o", dir.resolve("a/b").toString(), "--today", TODAY);
        OtmRunner checklist = OtmRunner.run("checklist", "--checkpoint", "24m", "-o", dir.resolve("c/d/list.pdf").toString());
        OtmRunner template = OtmRunner.run("template", "--checkpoint", "24m", "-o", dir.resolve("e/form.csv").toString());
        OtmRunner score = OtmRunner.run("score", export.toString(), "-o", dir.resolve("f/results.json").toString(),
                "--today", TODAY);

        for (OtmRunner run : new OtmRunner[] {report, checklist, template, score}) {
            assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
            assertThat(run.out() + run.err()).doesNotContain(".part");
        }
        for (String folder : new String[] {"a", "a/b", "c", "c/d", "e", "f"}) {
            assertThat(Files.getPosixFilePermissions(dir.resolve(folder))).as(folder)
                    .isEqualTo(PosixFilePermissions.fromString("rwx------"));
        }
        assertThat(checklist.out()).contains("Wrote " + dir.resolve("c/d/list.pdf"));
    }

    @Test
    void namesTheSummaryItWroteWhenAnEarlierOneIsThere() throws Exception {
        Path out = dir.resolve("r");
        Path export = ReportCommandTest.EXAMPLES.resolve("surveymonkey.csv");
        OtmRunner.run("report", export.toString(), "-o", out.toString(), "--today", TODAY);
        Map<String, String> before = snapshot();

        OtmRunner again = OtmRunner.run("report", export.toString(), "-o", out.toString(), "--today", TODAY);

        assertThat(again.out().strip().lines().reduce((a, b) -> b).orElseThrow()).isEqualTo(
                "Summary of every row, with its handout file: " + out.resolve("summary-2.csv")
                        + " (summary.csv is from an earlier run)");
        assertThat(added(before)).containsOnlyKeys("r/summary-2.csv");
    }

    @Test
    void capsTheUnusedColumnsAndTheFailedLinesWithAndNMore() throws Exception {
        StringBuilder csv = new StringBuilder("Date of birth,Does your child stack 4 or more blocks into a tower?");
        for (int i = 1; i <= 25; i++) {
            csv.append(",Extra ").append(i);
        }
        csv.append('\n');
        for (int i = 0; i < 30; i++) {
            csv.append("2024-10-01,Maybe").append(",".repeat(25)).append('\n');
        }
        Path export = Files.writeString(dir.resolve("wide.csv"), csv);

        OtmRunner run = OtmRunner.run("report", export.toString(), "-o", dir.resolve("r").toString(), "--today", TODAY);

        assertThat(run.out()).contains("Columns not used (25): Extra 1 (column 3)").contains("Extra 20 (column 22) and 5 more")
                .doesNotContain("Extra 21").contains("30 rows failed (lines 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,"
                        + " 16, 17, 18, 19, 20, 21 and 10 more)");
    }

    @Test
    void refusesThreadCountsOutsideOneToFourPerCore() throws Exception {
        Path export = ReportCommandTest.EXAMPLES.resolve("surveymonkey.csv");
        Map<String, String> before = snapshot();
        int most = Runtime.getRuntime().availableProcessors() * 4;

        for (String threads : new String[] {"0", "-1", String.valueOf(most + 1), "100000"}) {
            OtmRunner run = OtmRunner.run("report", export.toString(), "-o", dir.resolve("r").toString(),
                    "--threads", threads);

            assertThat(run.exitCode()).as(threads).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).contains("--threads " + threads + ": give a number from 1 to " + most);
        }
        assertThat(added(before)).isEmpty();
    }

    @Test
    void readsStandardInputGivenAsDashOrDevStdin() throws Exception {
        byte[] export = Files.readAllBytes(ReportCommandTest.EXAMPLES.resolve("surveymonkey.csv"));
        for (String name : new String[] {"-", "/dev/stdin"}) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();

            int code = Otm.run(new String[] {"report", name, "-o", dir.resolve("r" + name.length()).toString(),
                "--today", TODAY}, new ByteArrayInputStream(export), new PrintWriter(out), new PrintWriter(err));

            assertThat(code).as(name + err).isZero();
            assertThat(out.toString()).contains("Read " + (name.equals("-") ? "<stdin>" : name) + ": UTF-8")
                    .contains("2 rows: 2 handouts written");
        }
    }

    @Test
    void saysOneRowAndOneHandoutInTheSingular() throws Exception {
        Path export = Files.writeString(dir.resolve("one.csv"),
                "Date of birth,Does your child stack 4 or more blocks into a tower?\n2024-10-01,Yes\n",
                StandardCharsets.UTF_8);

        OtmRunner run = OtmRunner.run("report", export.toString(), "-o", dir.resolve("r").toString(), "--today", TODAY);
        OtmRunner score = OtmRunner.run("score", export.toString(), "--today", TODAY);

        assertThat(run.out()).contains("  1 catalog question found (24m: 1)").contains("1 row: 1 handout written")
                .contains("1 row has no assessment date or completion time, so it was assessed as of today");
        assertThat(score.err()).contains("1 row scored, 0 failed");
    }

    // Length caps (issues 19.5 and 20.6): a text past its cap stops the run before any row, exit 2, naming where it
    // is and how long it is, never echoing it; nothing is written.

    private Path bundledCatalogWith(String field, String value) throws IOException {
        String json;
        try (InputStream in = org.otmilestones.core.catalog.Catalogs.class
                .getResourceAsStream("default-catalog.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String changed = json.replaceFirst("\"" + field + "\"\\s*:\\s*\\{\\s*\"en\"\\s*:\\s*\"[^\"]*\"",
                java.util.regex.Matcher.quoteReplacement("\"" + field + "\": {\"en\": \"" + value + "\""));
        assertThat(changed).isNotEqualTo(json);
        return Files.writeString(dir.resolve("long-" + field + ".json"), changed, StandardCharsets.UTF_8);
    }

    @Test
    void aCatalogNameOf200000CharactersOrAQuestionPastItsCapStopsTheRunBeforeAnyRow() throws Exception {
        Path export = ReportCommandTest.EXAMPLES.resolve("surveymonkey.csv");
        for (Path catalog : new Path[] {bundledCatalogWith("name", "N".repeat(200_000)),
                bundledCatalogWith("question", "Does your child " + "stack blocks and ".repeat(12) + "more?")}) {
            Map<String, String> before = snapshot();
            OtmRunner run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> OtmRunner.run("report",
                    export.toString(), "--catalog", catalog.toString(), "-o", dir.resolve("out").toString(),
                    "--today", TODAY));
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).contains("characters long; expected at most").doesNotContain("NNNNNNNNNN")
                    .doesNotContain("Exception").hasSizeLessThan(3_000);
            assertThat(added(before)).isEmpty();
        }
    }

    @Test
    void aClinicProfileValuePastItsCapOrALinkThatRunsSomethingStopsTheRunBeforeAnyRow() throws Exception {
        Path export = ReportCommandTest.EXAMPLES.resolve("surveymonkey.csv");
        String[][] cases = {{"name=" + "Sunrise ".repeat(11), "line 1 (name)", "expected at most 80"},
            {"closingMessage.es=" + "Gracias. ".repeat(30), "line 1 (closingMessage.es)", "expected at most 240"},
            {"website=javascript:alert(1)", "line 1 (website)", "http, https, tel and mailto"},
            {"phone=JavaScript:alert(1)", "line 1 (phone)", "http, https, tel and mailto"}};
        for (String[] c : cases) {
            Path profile = Files.writeString(dir.resolve("clinic.properties"), c[0] + "\n", StandardCharsets.UTF_8);
            Map<String, String> before = snapshot();
            OtmRunner run = OtmRunner.run("report", export.toString(), "--clinic", profile.toString(), "-o",
                    dir.resolve("out").toString(), "--today", TODAY);
            assertThat(run.exitCode()).as(c[0]).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).as(c[0]).contains(c[1], c[2]).doesNotContain("Exception");
            assertThat(added(before)).as(c[0]).isEmpty();
        }
    }
}
