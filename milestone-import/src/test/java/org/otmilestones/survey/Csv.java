package org.otmilestones.survey;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.otmilestones.core.Milestone;

/** Builds small CSV files for tests, with the bundled catalog's real 24-month question texts. */
final class Csv {

    /** The first four 24-month milestones. */
    static final List<Milestone> FOUR = Fixtures.CATALOG.milestones(Fixtures.CATALOG.checkpoint("24m").orElseThrow())
            .subList(0, 4);

    /** A header: child id, name, date of birth, assessment date, then the four questions in English. */
    static final String HEADER = line(Stream.concat(Stream.of("Child ID", "Child's name", "Date of birth",
            "Assessment date"), FOUR.stream().map(m -> m.question().in("en"))).toArray(String[]::new));

    private Csv() {
    }

    /** One CSV line, quoting cells that need it, without the line end. */
    static String line(String... cells) {
        return Arrays.stream(cells).map(Csv::quote).collect(Collectors.joining(","));
    }

    /** A data row for {@link #HEADER}: four answers. */
    static String row(String id, String name, String born, String... answers) {
        String[] cells = new String[4 + answers.length];
        cells[0] = id;
        cells[1] = name;
        cells[2] = born;
        cells[3] = "2026-11-20";
        System.arraycopy(answers, 0, cells, 4, answers.length);
        return line(cells);
    }

    static String quote(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }

    static Path write(Path dir, String name, String text) throws IOException {
        return write(dir, name, text, StandardCharsets.UTF_8);
    }

    static Path write(Path dir, String name, String text, Charset charset) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }
}
