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
import java.util.List;
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
        // The row keeps its child id, which was fine, on the screen and in the summary.
        assertThat(run.out()).contains("3      T2             FAILED: " + export + ":3:2: the date")
                .contains("also:   " + export + ":3:4: the answer is not one this importer knows")
                .contains("also:   " + export + ":3:5:")
                .contains("2 rows: 1 handout written").contains("1 row failed (line 3); the other rows were still done.");
        assertThat(score.err()).contains("1 row scored, 1 failed");
        assertThat(Files.readAllLines(dir.resolve("r/summary.csv"))).hasSize(3).element(2).asString().startsWith("3,T2,");
        assertThat(added(before)).containsOnlyKeys("r", "r/summary.csv", "r/t1-24m-2026-11-20.pdf");
    }

    // 9. Answers only as spelled: no sign or prefix is taken away, no full-width digit read as a digit.

    @Test
    void failsEachRowWhoseAnswerHasASignAPrefixOrAFullWidthDigitAndNamesColumnValueAndSpellings() throws Exception {
        String question = "Does your child stack 4 or more blocks into a tower?";
        Path export = Files.writeString(dir.resolve("signs.csv"), "Child ID,Date of birth,Assessment date," + question
                + "\nA1,2024-10-01,2026-11-20,-1\nA2,2024-10-01,2026-11-20,+1\nA3,2024-10-01,2026-11-20,\uff11\n"
                + "A4,2024-10-01,2026-11-20,=1\nA5,2024-10-01,2026-11-20,@Yes\nA6,2024-10-01,2026-11-20,-0\n"
                + "A7,2024-10-01,2026-11-20,  Yes  \n", StandardCharsets.UTF_8);
        Map<String, String> before = snapshot();

        OtmRunner run = OtmRunner.run("report", export.toString(), "-o", dir.resolve("r").toString(), "--today", TODAY);
        OtmRunner score = OtmRunner.run("score", export.toString(), "--format", "csv", "--today", TODAY);

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.SOME_FAILED);
        for (String[] bad : new String[][] {{"2", "-1"}, {"3", "+1"}, {"4", "\uff11"}, {"5", "=1"}, {"6", "@Yes"},
                {"7", "-0"}}) {
            assertThat(run.out()).contains(export + ":" + bad[0] + ":4: the answer is not one this importer knows (value '"
                    + bad[1] + "' in column '" + question + "'); use yes, sometimes, not yet, not sure");
        }
        assertThat(run.out()).contains("6 rows failed (lines 2, 3, 4, 5, 6, 7)").contains("7 rows: 1 handout written");
        assertThat(score.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(score.err()).contains("1 row scored, 6 failed");
        assertThat(score.out()).contains("\r\n8,A7,2026-11-20,").contains("\r\n2,A1,,");
        assertThat(added(before)).containsOnlyKeys("r", "r/summary.csv", "r/a7-24m-2026-11-20.pdf");
    }

    @Test
    void failsARedcapCodeOutsideTheDictionaryAndTwoTickedBoxesAndListsAnUnmappedCheckboxAsUnused() throws Exception {
        Path dictionary = Files.writeString(dir.resolve("dictionary.csv"), "Variable / Field Name,Form Name,Field Type,"
                + "Field Label,\"Choices, Calculations, OR Slider Labels\"\n"
                + "record_id,child,text,Record ID,\nchild_dob,child,text,Date of birth,\n"
                + "fine_motor_19_24m_tower_4,m24,radio,Tower,\"1, Yes | 2, Sometimes | 3, Not yet | 4, Not sure\"\n"
                + "fine_motor_19_24m_rings_on_pole,m24,checkbox,Rings,\"1, Yes | 2, Sometimes | 3, Not yet\"\n"
                + "pets,m24,checkbox,Pets,\"1, Dog | 2, Cat\"\n");
        Path export = Files.writeString(dir.resolve("redcap.csv"), "record_id,child_dob,fine_motor_19_24m_tower_4,"
                + "fine_motor_19_24m_rings_on_pole___1,fine_motor_19_24m_rings_on_pole___2,"
                + "fine_motor_19_24m_rings_on_pole___3,pets___1,pets___2,m24_complete\n"
                + "101,2024-10-01,0,1,0,0,1,0,2\n"
                + "102,2024-10-01,5,0,1,0,0,1,2\n"
                + "103,2024-10-01,1,1,0,1,0,0,2\n"
                + "104,2024-10-01,2,0,0,1,1,1,2\n"
                + "105,2024-10-01,-1,0,0,0,0,0,2\n");
        Map<String, String> before = snapshot();

        OtmRunner run = OtmRunner.run("score", export.toString(), "--redcap-dictionary", dictionary.toString(),
                "--format", "csv", "--today", TODAY);

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.SOME_FAILED);
        String codes = "use one of the codes 1 (yes), 2 (sometimes), 3 (not yet), 4 (not sure), or leave it blank";
        assertThat(run.err()).contains(export + ":2:3: the answer is not one of this question's codes (value '0' in column"
                        + " 'fine_motor_19_24m_tower_4'); " + codes)
                .contains(export + ":3:3: the answer is not one of this question's codes (value '5'")
                .contains(export + ":6:3: the answer is not one of this question's codes (value '-1'")
                .contains(export + ":4:6: more than one box is ticked for this question (this column and column 4)")
                .contains("1 row scored, 4 failed");
        OtmRunner dry = OtmRunner.run("report", export.toString(), "--redcap-dictionary", dictionary.toString(),
                "--dry-run", "--today", TODAY);
        assertThat(dry.out()).contains("Columns not used (2): pets___1 (column 7), pets___2 (column 8)");
        // Row 104: one box ticked, "not yet"; the unmapped pets boxes change nothing.
        assertThat(run.out()).contains("\r\n5,104,");
        assertThat(added(before)).isEmpty();
    }

    // 10. Invisible characters: two ids that look the same never look the same; a BOM at a line start is dropped.

    @Test
    void showsEveryInvisibleCharacterInAChildIdAsAnEscapeOnTheScreenAndInTheSummary() throws Exception {
        String question = "Does your child stack 4 or more blocks into a tower?";
        String[] ids = {"A12", "A\u200b12", "A\u00ad12", "A\u206012", "A1\ufeff2", "A12\udb40\udc41", "A1\ufe0f2",
            "A\ue00012", "A\u200d12"};
        StringBuilder csv = new StringBuilder("Child ID,Date of birth,Assessment date," + question + "\n");
        for (String id : ids) {
            csv.append(id).append(",2024-10-01,2026-11-20,Yes\n");
        }
        Path export = Files.writeString(dir.resolve("invisible.csv"), csv, StandardCharsets.UTF_8);
        Map<String, String> before = snapshot();

        OtmRunner run = OtmRunner.run("report", export.toString(), "-o", dir.resolve("r").toString(), "--today", TODAY);

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        String summary = Files.readString(dir.resolve("r/summary.csv"));
        for (String shown : new String[] {"A\\u200b12", "A\\u00ad12", "A\\u206012", "A1\\ufeff2", "A12\\U000e0041",
                "A1\\ufe0f2", "A\\ue00012", "A\\u200d12"}) {
            assertThat(run.out()).contains(shown);
            assertThat(summary).contains("," + shown + ",");
        }
        for (String id : ids) {
            if (!id.equals("A12")) {
                assertThat(run.out() + summary).doesNotContain(id);
            }
        }
        // Nine handouts: the file names fold the invisible characters away, so they are numbered apart.
        assertThat(added(before)).hasSize(2 + ids.length).containsKeys("r/summary.csv", "r/a12-24m-2026-11-20.pdf");
    }

    @Test
    void dropsAByteOrderMarkAtTheStartOfAnyLineWithANoteAndKeepsAFailingRowsId() throws Exception {
        String header = "Child ID,Date of birth,Assessment date,Does your child stack 4 or more blocks into a tower?";
        // Two exports pasted together: the second's byte order mark starts line 4, its header.
        Path export = Files.writeString(dir.resolve("pasted.csv"), "\ufeff" + header + "\nB1,2024-10-01,2026-11-20,Yes\n"
                + "B2,2024-10-01,2026-11-20,Maybe\n\ufeff" + header + "\n\ufeffB3,2024-10-01,2026-11-20,Yes\n"
                + "B\ufeff4,2024-10-01,2026-11-20,Yes\n", StandardCharsets.UTF_8);
        Map<String, String> before = snapshot();

        OtmRunner run = OtmRunner.run("report", export.toString(), "-o", dir.resolve("r").toString(), "--today", TODAY);

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(run.out()).contains("dropped the byte order mark (U+FEFF) at the start of lines 4, 5, as when two"
                        + " exports are pasted together")
                .contains("skipped 1 repeated header row (line 4)")
                .contains("3      B2             FAILED: " + export + ":3:4: the answer is not one this importer knows")
                .contains("5      B3 ").contains("6      B\\ufeff4 ").contains("1 row failed (line 3)");
        List<String> summary = Files.readAllLines(dir.resolve("r/summary.csv"));
        assertThat(summary).hasSize(5);
        assertThat(summary.get(2)).startsWith("3,B2,");
        assertThat(summary.get(3)).startsWith("5,B3,");
        assertThat(summary.get(4)).startsWith("6,B\\ufeff4,");
        assertThat(added(before)).containsOnlyKeys("r", "r/summary.csv", "r/b1-24m-2026-11-20.pdf",
                "r/b3-24m-2026-11-20.pdf", "r/b-4-24m-2026-11-20.pdf");
    }

    // 11. A delimiter that cannot be one is a usage error, before anything is read or written.

    @Test
    void refusesAQuoteALetterADigitOrALineBreakAsTheDelimiterAsAUsageError() throws Exception {
        Path export = ReportCommandTest.EXAMPLES.resolve("surveymonkey.csv");
        Map<String, String> before = snapshot();

        for (String delimiter : new String[] {"\"", "a", "Z", "7", "\n", "\r", "\u00e9", "\u0661"}) {
            OtmRunner report = OtmRunner.run("report", export.toString(), "--delimiter", delimiter, "-o",
                    dir.resolve("r").toString(), "--today", TODAY);
            OtmRunner score = OtmRunner.run("score", export.toString(), "--delimiter", delimiter, "-o",
                    dir.resolve("s/results.json").toString(), "--today", TODAY);

            for (OtmRunner run : new OtmRunner[] {report, score}) {
                assertThat(run.exitCode()).as(delimiter + run.err()).isEqualTo(ExitCodes.USAGE);
                assertThat(run.err()).as(delimiter).contains("--delimiter '" + org.otmilestones.core.VisibleText.of(delimiter)
                        + "': a quote, a letter, a digit or a line break cannot separate values; use comma, semicolon,"
                        + " tab, pipe, or another single character").doesNotContain("bug").doesNotContain("Exception");
                assertThat(run.out()).doesNotContain("Read ");
            }
        }
        assertThat(added(before)).isEmpty();
    }

    // 12. FHIR: every resource accounted for in score as in report; nesting too deep fails one entry only.

    private static String response(String id) {
        return "{\"resourceType\":\"QuestionnaireResponse\",\"id\":\"" + id + "\",\"status\":\"completed\","
                + "\"questionnaire\":\"https://otmilestones.github.io/fhir/Questionnaire/otm-default\",\"authored\":\"2026-11-20\",\"contained\":[{\"resourceType\":\"Patient\",\"id\":\"p\","
                + "\"birthDate\":\"2024-10-01\"}],\"subject\":{\"reference\":\"#p\"},\"item\":[{\"linkId\":"
                + "\"fine_motor-19-24m-tower_4\",\"answer\":[{\"valueCoding\":{\"system\":"
                + "\"https://otmilestones.github.io/fhir/CodeSystem/answer\",\"code\":\"yes\"}}]}]}";
    }

    /** A response whose items nest 600 levels deep: valid JSON, deeper than the reader's limit. */
    private static String deepResponse() {
        return "{\"resourceType\":\"QuestionnaireResponse\",\"id\":\"deep\",\"item\":"
                + "[{\"item\":".repeat(300) + "[]" + "}]".repeat(300) + "}";
    }

    private static final String[] PARSER_WORDS = {"Jackson", "jackson", "JsonToken", "START_", "END_", "VALUE_",
        "PROPERTY_NAME", "Exception", "java.", "`"};

    @Test
    void accountsForEveryBundleEntryInScoreAsInReportAndReadsOnAfterOneNestedTooDeep() throws Exception {
        Path bundle = Files.writeString(dir.resolve("bundle.json"), "{\"resourceType\":\"Bundle\",\"type\":\"collection\","
                + "\"entry\":[\n{\"resource\":" + response("q1") + "},\n{\"resource\":{\"resourceType\":\"Observation\"}},\n"
                + "{\"resource\":" + deepResponse() + "},\n{\"resource\":" + response("q2") + "},\n{\"fullUrl\":\"x\"},\n"
                + "{\"resource\":" + response("q3").replace("\"completed\"", "\"entered-in-error\"") + "}\n]}");
        Map<String, String> before = snapshot();

        OtmRunner score = OtmRunner.run("score", bundle.toString(), "--format", "csv", "--today", TODAY);
        OtmRunner report = OtmRunner.run("report", bundle.toString(), "-o", dir.resolve("r").toString(), "--today", TODAY);

        String nested = "entry /entry/2 is nested deeper than 500 levels (at /entry/2/resource/item/0/item/0/";
        String leftOut = "left out, as they are not QuestionnaireResponses: 1 Observation (/entry/1),"
                + " 1 entries without a resource (/entry/4)";
        assertThat(score.exitCode()).as(score.err()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(score.err()).contains(nested).contains("fix or remove this entry; the entries after it were read")
                .contains("note: " + leftOut).contains("note: skipped 1 response marked entered-in-error (/entry/5)")
                .contains("2 rows scored, 1 failed");
        assertThat(score.out()).contains(",q1,2026-11-20,").contains(",q2,2026-11-20,");
        assertThat(report.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(report.out()).contains(nested).contains(leftOut).contains("3 rows: 2 handouts written");
        for (String word : PARSER_WORDS) {
            assertThat(score.out() + score.err() + report.out() + report.err()).doesNotContain(word);
        }
        assertThat(added(before)).containsOnlyKeys("r", "r/summary.csv", "r/q1-24m-2026-11-20.pdf", "r/q2-24m-2026-11-20.pdf");
    }

    @Test
    void accountsForEveryNdjsonLineInScoreAndNamesTheLineNestedTooDeep() throws Exception {
        Path ndjson = Files.writeString(dir.resolve("responses.ndjson"), response("n1") + "\n{\"resourceType\":\"Observation\"}\n"
                + deepResponse() + "\n" + response("n2") + "\n{\"resourceType\":\"Device\"}\n");
        Map<String, String> before = snapshot();

        OtmRunner score = OtmRunner.run("score", ndjson.toString(), "--today", TODAY);

        assertThat(score.exitCode()).as(score.err()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(score.err()).contains("line 3 is nested deeper than 500 levels (at /item/0/item/0/")
                .contains("note: left out, as they are not QuestionnaireResponses: 1 Device (line 5), 1 Observation (line 2)")
                .contains("2 rows scored, 1 failed");
        for (String word : PARSER_WORDS) {
            assertThat(score.err()).doesNotContain(word);
        }
        assertThat(added(before)).isEmpty();
    }

    @Test
    void namesNoParserInternalsInACatalogOrMappingMessage() throws Exception {
        Path export = ReportCommandTest.EXAMPLES.resolve("surveymonkey.csv");
        Map<String, Path> mappings = new java.util.LinkedHashMap<>();
        mappings.put("has the wrong kind of value; expected a list in [ ]",
                Files.writeString(dir.resolve("wrong-kind.json"), "{\"formatVersion\": 1, \"columns\": \"Q1\"}"));
        mappings.put("is not valid JSON: the file ends before every bracket and quote is closed",
                Files.writeString(dir.resolve("cut.json"), "{\"formatVersion\": 1, \"columns\": ["));
        mappings.put("is nested deeper than 500 levels",
                Files.writeString(dir.resolve("deep.json"), "{\"formatVersion\": 1, \"x\": " + "[".repeat(600) + "]".repeat(600) + "}"));
        Path deepCatalog = Files.writeString(dir.resolve("deep-catalog.json"), "{\"formatVersion\": 3, \"x\": "
                + "[".repeat(600) + "]".repeat(600) + "}");
        Map<String, String> before = snapshot();

        for (Map.Entry<String, Path> mapping : mappings.entrySet()) {
            OtmRunner run = OtmRunner.run("report", export.toString(), "--mapping", mapping.getValue().toString(),
                    "--dry-run", "--today", TODAY);

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).contains(mapping.getKey());
            for (String word : PARSER_WORDS) {
                assertThat(run.err()).as(mapping.getKey()).doesNotContain(word);
            }
        }
        OtmRunner catalog = OtmRunner.run("catalog", "validate", deepCatalog.toString());
        assertThat(catalog.exitCode()).isNotZero();
        assertThat(catalog.out() + catalog.err()).contains("is nested deeper than 500 levels");
        for (String word : PARSER_WORDS) {
            assertThat(catalog.out() + catalog.err()).doesNotContain(word);
        }
        assertThat(added(before)).isEmpty();
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
