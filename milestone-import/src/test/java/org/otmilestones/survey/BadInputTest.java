package org.otmilestones.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otmilestones.core.Answer;

/** Bad input gets a clear message, and nothing is lost: every row is either read or reported. */
class BadInputTest {

    @TempDir
    Path dir;

    private ImportResult read(Path file) throws ImportException {
        return SurveyImports.read(file, Fixtures.CATALOG, Fixtures.options());
    }

    private String ok(String id) {
        return Csv.row(id, "Kid " + id, "2024-10-01", "yes", "sometimes", "not yet", "");
    }

    @Test
    void readsOnPastTextAfterAClosingQuote() throws Exception {
        String text = String.join("\n", Csv.HEADER, ok("A1"),
                "A2,\"Emma\"x,2024-10-01,2026-11-20,yes,yes,yes,yes",
                ok("A3")) + "\n";

        ImportResult result = read(Csv.write(dir, "quotes.csv", text));

        assertThat(result.rows()).extracting(r -> r.child().id()).containsExactly("A1", "A3");
        assertThat(result.rows()).extracting(ImportedRow::line).containsExactly(2, 4);
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).hasValue(2);
            assertThat(e.header()).contains("Child's name");
            assertThat(e.problem()).contains("does not end properly");
            assertThat(e.fix()).contains("two quotes");
        });
    }

    @Test
    void readsOnPastAQuoteThatIsNeverClosed() throws Exception {
        String text = String.join("\n", Csv.HEADER, ok("A1"),
                "A2,\"Liam,2024-10-01,2026-11-20,yes,yes,yes,yes",
                ok("A3"), ok("A4")) + "\n";

        ImportResult result = read(Csv.write(dir, "quotes.csv", text));

        assertThat(result.rows()).extracting(r -> r.child().id()).containsExactly("A1", "A3", "A4");
        assertThat(result.rows()).extracting(ImportedRow::line).containsExactly(2, 4, 5);
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).hasValue(2);
            assertThat(e.problem()).contains("never closed");
        });
    }

    @Test
    void refusesAHeaderWithABrokenQuote() throws Exception {
        Path file = Csv.write(dir, "header.csv", "Child ID,\"Date of birth\n" + ok("A1") + "\n");

        assertThatThrownBy(() -> read(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("header at line 1").hasMessageContaining("never closed");
    }

    @Test
    void refusesAnEmptyFileABlankFileAndAByteOrderMarkAlone() throws Exception {
        for (byte[] bytes : List.of(new byte[0], "\r\n\r\n  \n".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
            Path file = dir.resolve("empty.csv");
            Files.write(file, bytes);
            assertThatThrownBy(() -> read(file)).isInstanceOf(ImportException.class)
                    .hasMessage(file + ": is empty; export the responses again; the file should start with a header row");
        }
    }

    @Test
    void readsAHeaderOnlyFileAsNoRowsWithAWarning() throws Exception {
        ImportResult result = read(Csv.write(dir, "header-only.csv", Csv.HEADER + "\r\n"));

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).contains("the file has a header but no answer rows");
        assertThat(result.questionIdsFound()).hasSize(4);
    }

    @Test
    void readsAFiveMegabyteNoteAndReportsAFiveMegabyteNameShortened() throws Exception {
        String huge = "x".repeat(5 * 1024 * 1024);
        String header = Csv.HEADER + ",Notes";
        String text = String.join("\n", header, ok("B1") + "," + huge,
                Csv.row("B2", huge, "2024-10-01", "yes", "yes", "yes", "yes") + ",",
                ok("B3") + ",short note") + "\n";

        ImportResult result = read(Csv.write(dir, "huge.csv", text));

        assertThat(result.rows()).extracting(r -> r.child().id()).containsExactly("B1", "B3");
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.header()).contains("Child's name");
            assertThat(e.problem()).contains("5242880 characters long");
            assertThat(e.value().orElseThrow()).hasSizeLessThan(120).endsWith("… (5242880 characters)");
        });
    }

    @Test
    void refusesBinaryGarbageAndSpreadsheetFilesWithAPlainMessage() throws Exception {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        Path binary = dir.resolve("garbage.csv");
        Files.write(binary, garbage);
        assertThatThrownBy(() -> read(binary)).isInstanceOf(ImportException.class)
                .hasMessageContaining("does not look like a CSV text file");

        Path xlsx = dir.resolve("responses.csv");
        Files.write(xlsx, new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0});
        assertThatThrownBy(() -> read(xlsx)).isInstanceOf(ImportException.class)
                .hasMessageContaining("Excel workbook").hasMessageContaining("CSV UTF-8");
    }

    @Test
    void readsExcelUnicodeTextAsUtf16TabSeparated() throws Exception {
        String text = tabbed(Csv.row("U1", "Zoë Núñez", "2024-10-01", "sí", "a veces", "todavía no", ""), "\r\n");
        for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.write(charset == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                    : new byte[] {(byte) 0xFE, (byte) 0xFF});
            bytes.write(text.getBytes(charset));
            Path file = dir.resolve("unicode-text.txt");
            Files.write(file, bytes.toByteArray());

            ImportResult result = read(file);

            assertThat(result.format().charset()).isEqualTo(charset);
            assertThat(result.format().delimiter()).isEqualTo('\t');
            assertThat(result.errors()).isEmpty();
            assertThat(result.rows()).singleElement().satisfies(r -> {
                assertThat(r.child().name()).contains("Zoë Núñez");
                assertThat(r.answers().get(Csv.FOUR.get(0).id())).contains(Answer.YES);
                assertThat(r.answers().get(Csv.FOUR.get(2).id())).contains(Answer.NOT_YET);
            });
        }
    }

    /** The header and one row as tab-separated text: commas inside question texts stay. */
    private static String tabbed(String row, String lineEnd) throws Exception {
        StringBuilder text = new StringBuilder();
        for (String line : List.of(Csv.HEADER, row)) {
            try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.parse(new java.io.StringReader(line))) {
                text.append(String.join("\t", parser.getRecords().get(0).toList())).append(lineEnd);
            }
        }
        return text.toString();
    }

    @Test
    void readsUtf16WithoutAByteOrderMarkAndSaysItGuessed() throws Exception {
        String text = tabbed(ok("U2"), "\n");
        ImportResult result = read(Csv.write(dir, "no-bom.txt", text, StandardCharsets.UTF_16LE));

        assertThat(result.format().charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(result.rows()).hasSize(1);
        assertThat(result.warnings()).anyMatch(w -> w.contains("no byte order mark") && w.contains("UTF-16LE"));
    }

    @Test
    void fallsBackToWindows1252ForAnsiNamesWithAWarningNamingTheLine() throws Exception {
        String text = Csv.HEADER + "\r\n" + ok("W1") + "\r\n" + Csv.row("W2", "José Müller", "2024-10-01", "yes", "no", "", "")
                + "\r\n";
        ImportResult result = read(Csv.write(dir, "ansi.csv", text, Charset.forName("windows-1252")));

        assertThat(result.format().charset().name()).isEqualTo("windows-1252");
        assertThat(result.warnings()).anyMatch(w -> w.contains("not UTF-8 (first on line 3)") && w.contains("Windows-1252"));
        assertThat(result.rows()).extracting(r -> r.child().name().orElseThrow()).containsExactly("Kid W1", "José Müller");
    }

    @Test
    void letsAGivenEncodingWinAndRefusesBytesThatDoNotFitIt() throws Exception {
        Path file = Csv.write(dir, "latin.csv", Csv.HEADER + "\n" + Csv.row("L1", "Ana Peña", "2024-10-01", "yes")
                + ",,,\n", StandardCharsets.ISO_8859_1);

        ImportResult given = SurveyImports.read(file, Fixtures.CATALOG,
                Fixtures.options().withEncoding(StandardCharsets.ISO_8859_1));
        assertThat(given.warnings()).noneMatch(w -> w.contains("UTF-8"));
        assertThat(given.rows()).singleElement().satisfies(r -> assertThat(r.child().name()).contains("Ana Peña"));

        assertThatThrownBy(() -> SurveyImports.read(file, Fixtures.CATALOG,
                Fixtures.options().withEncoding(StandardCharsets.UTF_8)))
                .isInstanceOf(ImportException.class).hasMessageContaining("is not valid UTF-8 (at line 2)");
    }

    @Test
    void keepsNamesWithSlashesDotsColonsAndEmojiExactlyAsWritten() throws Exception {
        List<String> names = List.of("../../etc/passwd", "Ana/Bea", "C:\\Kids\\Dan", "Zoë 👶🏽", ".hidden");
        StringBuilder text = new StringBuilder(Csv.HEADER).append('\n');
        for (int i = 0; i < names.size(); i++) {
            text.append(Csv.row("id:" + i + "/..", names.get(i), "2024-10-01", "yes", "yes", "yes", "yes")).append('\n');
        }

        ImportResult result = read(Csv.write(dir, "names.csv", text.toString()));

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(r -> r.child().name().orElseThrow()).containsExactlyElementsOf(names);
        assertThat(result.rows()).extracting(r -> r.child().id()).containsExactly("id:0/..", "id:1/..", "id:2/..",
                "id:3/..", "id:4/..");
    }

    @Test
    void readsDuplicateChildIdsAsSeparateAssessmentsAndSaysSo() throws Exception {
        String text = String.join("\n", Csv.HEADER, ok("D1"), ok("D2"), ok("D1"), ok("D1")) + "\n";

        ImportResult result = read(Csv.write(dir, "dupes.csv", text));

        assertThat(result.rows()).extracting(r -> r.child().id()).containsExactly("D1", "D2", "D1", "D1");
        assertThat(result.warnings()).contains("child id 'D1' is on lines 2, 4, 5; each row is read as a separate assessment");
    }

    @Test
    void ignoresEmptyLinesAndKeepsRealLineNumbersAfterAMultiLineCell() throws Exception {
        String text = Csv.HEADER + ",Notes\r\n\r\n" + ok("E1") + ",\"first line\r\nsecond line\"\r\n\r\n\r\n"
                + ok("E2") + ",\r\n,,,,,,,,\r\n" + Csv.row("E3", "Kid", "2024-10-01", "maybe", "", "", "") + ",\r\n\r\n";

        ImportResult result = read(Csv.write(dir, "blank-lines.csv", text));

        assertThat(result.rows()).extracting(ImportedRow::line).containsExactly(3, 7);
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(9);
            assertThat(e.column()).hasValue(5);
        });
    }

    @Test
    void skipsAHeaderRowRepeatedWhereTwoExportsWerePastedTogether() throws Exception {
        String text = String.join("\n", Csv.HEADER, ok("R1"), Csv.HEADER, ok("R2")) + "\n";

        ImportResult result = read(Csv.write(dir, "pasted.csv", text));

        assertThat(result.rows()).extracting(r -> r.child().id()).containsExactly("R1", "R2");
        assertThat(result.skippedRows()).isEqualTo(1);
        assertThat(result.warnings()).anyMatch(w -> w.contains("1 repeated header row (line 3)"));
    }

    @Test
    void acceptsTrailingEmptyCellsButNotExtraValues() throws Exception {
        String text = String.join("\n", Csv.HEADER, ok("T1") + ",,", ok("T2") + ",oops") + "\n";

        ImportResult result = read(Csv.write(dir, "trailing.csv", text));

        assertThat(result.rows()).extracting(r -> r.child().id()).containsExactly("T1");
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).hasValue(9);
            assertThat(e.problem()).isEqualTo("the row has 9 values but the header has 8 columns");
        });
    }

    @Test
    void refusesAMissingFileAndAFolderWithoutAStackTrace() {
        Path missing = dir.resolve("nope.csv");
        assertThatThrownBy(() -> read(missing)).isInstanceOf(ImportException.class)
                .hasMessage(missing + ": does not exist; check the path and the file name");
        assertThatThrownBy(() -> read(dir)).isInstanceOf(ImportException.class).hasMessageContaining("is a folder");
    }

    @Test
    void reportsEveryProblemOfOneRowAtOnce() throws Exception {
        String text = Csv.HEADER + "\n" + Csv.row("M1", "Kid", "31/31/2024", "yes", "perhaps", "nope", "") + "\n";

        ImportResult result = read(Csv.write(dir, "many.csv", text));

        assertThat(result.errors()).extracting(e -> e.column().getAsInt()).containsExactly(3, 6, 7);
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void neverPutsCellValuesInTheMessagesOfFileLevelErrors() throws Exception {
        String text = "Date of birth,Date of birth\n2024-10-01,Jane Secret-Name\n";
        Path file = Csv.write(dir, "secret.csv", text);

        assertThatThrownBy(() -> read(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("column 1 'Date of birth', column 2 'Date of birth'")
                .hasMessageNotContaining("Jane").hasMessageNotContaining("2024-10-01");
    }

    @Test
    void letsAGivenDelimiterWin() throws Exception {
        Path file = Csv.write(dir, "pipes.csv", (Csv.HEADER + "\n" + ok("P1") + "\n").replace("\"", ""));

        ImportResult result = SurveyImports.read(file, Fixtures.CATALOG, Fixtures.options().withDelimiter('|'));

        assertThat(result.format().delimiter()).isEqualTo('|');
        assertThat(result.format().columns()).isEqualTo(1);
        assertThat(result.warnings()).anyMatch(w -> w.contains("only one column"));
    }

    @Test
    void refusesADelimiterThatCannotWork() {
        assertThatThrownBy(() -> Fixtures.options().withDelimiter('"')).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("delimiter");
    }
}
