package org.otmilestones.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otmilestones.core.VisibleText;

/**
 * Every character that can control a terminal or hide text, fed through every way a value from a file reaches
 * the screen or summary.csv: a child id, a column header, an answer, a repeated id, the file's own name, a
 * mapping, a clinic profile, a catalog and the command line.
 */
class ControlCharactersTest {

    /** C0 (NUL included), DEL, C1, the bidi controls and the line and paragraph separators. */
    static final String HIDDEN = hidden();

    @TempDir
    Path dir;

    /**
     * Every hidden character of the Basic Multilingual Plane but the thousands of private-use and unassigned
     * ones (a child id may be 200 characters long), one of each of those, and a tag character and a variation
     * selector from beyond it.
     */
    private static String hidden() {
        StringBuilder all = new StringBuilder();
        for (int c = 0; c <= 0xFFFF; c++) {
            int type = Character.getType(c);
            if (VisibleText.isHidden(c) && type != Character.PRIVATE_USE && type != Character.UNASSIGNED
                    && type != Character.SURROGATE) {
                all.append((char) c);
            }
        }
        return all.append("\ue000\ufdd0").appendCodePoint(0xE0041).appendCodePoint(0xE0100).toString();
    }

    /** The hidden characters in {@code text}, other than line ends and tabs (which only move to a column). */
    static List<String> hiddenIn(String text) {
        String withoutLineEnds = text.replace("\r\n", "").replace("\n", "").replace("\t", "");
        List<String> found = new ArrayList<>();
        withoutLineEnds.codePoints().filter(VisibleText::isHidden).distinct()
                .forEach(c -> found.add(String.format("U+%04X", c)));
        return found;
    }

    /** Lines a value's line break would have started. */
    static List<String> forged(String text) {
        return Arrays.stream(text.split("\r?\n")).filter(l -> l.startsWith("FORGED")).toList();
    }

    private static String csv(String... cells) {
        return Arrays.stream(cells).map(c -> "\"" + c.replace("\"", "\"\"") + "\"").collect(Collectors.joining(","));
    }

    /**
     * An export whose control characters sit past the first 64 KB (where a NUL would make the whole file look
     * binary): a child id, a repeated id, two answers and a column header hold all of them.
     */
    private Path hostileExport() throws Exception {
        String questions = "Does your child stack 4 or more blocks into a tower?";
        String header = csv("Child ID", "Child's name", "Date of birth", "Assessment date", questions, "Notes",
                "Extra" + HIDDEN.replace("\u0000", "") + "\nFORGED header");
        String id = "C" + HIDDEN + "\nFORGED id";
        String half1 = "bad" + HIDDEN.substring(0, HIDDEN.length() / 2) + "\nFORGED value";
        String half2 = "bad" + HIDDEN.substring(HIDDEN.length() / 2);
        String text = String.join("\r\n",
                header,
                csv("pad", "Pad", "2024-10-01", "2026-11-20", "Yes", "x".repeat(70_000), ""),
                csv(id, "Kid", "2024-10-01", "2026-11-20", "Yes", "", ""),
                csv(id, "Kid", "2024-10-01", "2026-11-21", "Yes", "", ""),
                csv("D", "Dee", "2024-10-01", "2026-11-20", half1, "", ""),
                csv("E", "Eve", "2024-10-01", "2026-11-20", half2, "", "")) + "\r\n";
        // The file's own name holds an escape sequence too: it is printed in every message about the file.
        Path file = dir.resolve("export\u001b]0;retitled\u0007.csv");
        Files.writeString(file, text);
        return file;
    }

    private static void assertClean(String what, String text) {
        assertThat(hiddenIn(text)).as(what + ":\n" + text).isEmpty();
        assertThat(forged(text)).as(what).isEmpty();
    }

    @Test
    void showsEveryControlCharacterOfAnExportAsAVisibleEscapeOnTheScreenAndInTheSummary() throws Exception {
        Path export = hostileExport();
        Path out = dir.resolve("reports");

        OtmRunner run = OtmRunner.run("report", export.toString(), "-o", out.toString(), "--today", "2026-11-26");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(run.out()).contains("C\\u0000\\u0001").contains("\\u001b").contains("\\u202e").contains("\\u009b")
                .contains("\\nFORGED id").contains("Columns not used").contains("is on lines 6, 10")
                .contains("value 'bad\\u0000");
        assertClean("report output", run.out() + run.err());
        String summary = Files.readString(out.resolve("summary.csv"));
        assertThat(summary).contains("C\\u0000\\u0001");
        assertClean("summary.csv", summary);
    }

    @Test
    void scoresWithoutPassingAControlCharacterToTheScreen() throws Exception {
        Path export = hostileExport();

        OtmRunner csv = OtmRunner.run("score", export.toString(), "--format", "csv", "--today", "2026-11-26");
        OtmRunner json = OtmRunner.run("score", export.toString(), "--format", "json", "--today", "2026-11-26");

        assertThat(csv.out()).contains("C\\u0000\\u0001");
        assertClean("score csv", csv.out() + csv.err());
        // In JSON a visible escape is the same string: \u202e in a JSON string is U+202E.
        assertThat(json.out()).containsIgnoringCase("\\u001b").contains("\\u202e");
        assertClean("score json", json.out() + json.err());
    }

    @Test
    void showsControlCharactersInAMappingAProfileACatalogAndTheCommandLineAsVisibleEscapes() throws Exception {
        Path export = dir.resolve("plain.csv");
        Files.writeString(export, "Date of birth,Does your child stack 4 or more blocks into a tower?\n2024-10-01,Yes\n");
        String escaped = "\\u001b[2J\\u0007\\u202e\\u0085";
        Path mapping = Files.writeString(dir.resolve("mapping.json"), "{\"formatVersion\": 1, \"columns\": [{\"header\": \"Nope"
                + escaped + "\", \"field\": \"child_name\"}]}");
        Path profile = Files.writeString(dir.resolve("clinic.properties"), "name=Clinic\nnot a pair \u001b[2J\u202e\n");
        Path catalog = Files.writeString(dir.resolve("catalog.json"), "{\"formatVersion\": 2, \"oops" + escaped
                + "\": 1}");

        List<OtmRunner> runs = List.of(
                OtmRunner.run("report", export.toString(), "--mapping", mapping.toString(), "-o", dir.resolve("a").toString()),
                OtmRunner.run("report", export.toString(), "--clinic", profile.toString(), "-o", dir.resolve("b").toString()),
                OtmRunner.run("catalog", "validate", catalog.toString()),
                OtmRunner.run("report", "--oops\u001b[2J\u202e\nFORGED", export.toString()));

        for (OtmRunner run : runs) {
            assertThat(run.exitCode()).as(run.err()).isIn(ExitCodes.SOME_FAILED, ExitCodes.USAGE);
            assertThat(run.err()).contains("\\u001b");
            assertClean("error output", run.out() + run.err());
        }
    }

    @Test
    void passesLineEndsAndTabsAndEscapesALoneCarriageReturnOnTheWayToTheTerminal() throws Exception {
        StringWriter written = new StringWriter();
        try (TerminalWriter terminal = new TerminalWriter(written)) {
            terminal.write("a\r\nb\rc\u001b[31m\n\tat");
            terminal.write("d\r");
            terminal.write("\ne\r");
        }

        assertThat(written.toString()).isEqualTo("a\r\nb\\rc\\u001b[31m\n\tatd\r\ne\\r");
    }

    @Test
    void readsStandardInputGivenAsDash() {
        byte[] export = "Date of birth,Does your child stack 4 or more blocks into a tower?\n2024-10-01,Yes\n"
                .getBytes(StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Otm.run(new String[] {"score", "-", "--today", "2026-11-26"}, new ByteArrayInputStream(export),
                new PrintWriter(out), new PrintWriter(err));

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("\"checkpoint\" : \"24m\"");
    }
}
