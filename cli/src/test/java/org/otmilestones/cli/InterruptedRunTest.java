package org.otmilestones.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stops a real otm process in the middle of a batch, as Ctrl+C, a closed terminal or {@code kill} would, and
 * checks what it leaves behind and what it says. Every wait has a deadline.
 */
class InterruptedRunTest {

    private static final int ROWS = 3000;

    @TempDir
    Path dir;

    private Path manyRows() throws Exception {
        return manyRows(ROWS);
    }

    private Path manyRows(int count) throws Exception {
        Path csv = dir.resolve("many.csv");
        List<String> example = Files.readAllLines(ReportCommandTest.EXAMPLES.resolve("surveymonkey.csv"));
        StringBuilder rows = new StringBuilder(example.get(0)).append('\n').append(example.get(1)).append('\n');
        String[] cells = example.get(2).split(",", -1);
        for (int i = 0; i < count; i++) {
            cells[0] = String.valueOf(900000 + i);
            cells[9] = "Child " + i;
            rows.append(String.join(",", cells)).append('\n');
        }
        return Files.writeString(csv, rows);
    }

    /** Starts otm on many rows and returns once it has written 20 handouts, still running. */
    private Process startedRun(Path out, String... command) throws Exception {
        Process process = new ProcessBuilder(Stream.concat(Stream.of(Path.of(System.getProperty("java.home"), "bin",
                "java").toString(), "-cp", System.getProperty("java.class.path"), Otm.class.getName()),
                Stream.of(command)).toList())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (pdfCount(out) < 20 && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(process.isAlive()).as("the run must still be going when it is stopped").isTrue();
        return process;
    }

    private static void signal(Process process, String... signals) throws Exception {
        StringBuilder kills = new StringBuilder();
        for (String signal : signals) {
            kills.append("kill -").append(signal).append(' ').append(process.pid()).append("; ");
        }
        assertThat(new ProcessBuilder("sh", "-c", kills.toString()).start().waitFor()).isZero();
    }

    private List<Path> left(Path out) throws Exception {
        try (Stream<Path> files = Files.list(out)) {
            List<Path> left = files.toList();
            assertThat(left).as("no temporary files left behind").noneMatch(p -> p.getFileName().toString().endsWith(".part"));
            for (Path pdf : left.stream().filter(p -> p.toString().endsWith(".pdf")).toList()) {
                try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                    assertThat(document.getNumberOfPages()).as(pdf.toString()).isPositive();
                }
            }
            return left;
        }
    }

    @Test
    void finishesTheRowsInFlightOnSigtermAndListsEveryOtherRowAsNotDoneInTheSummary() throws Exception {
        Path csv = manyRows();
        Path out = dir.resolve("out");
        Process process = startedRun(out, "report", csv.toString(), "-o", out.toString(), "--today", ReportCommandTest.TODAY);

        process.destroy(); // SIGTERM, as a closed terminal or kill would send

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String log = Files.readString(dir.resolve("log.txt"));
        assertThat(process.exitValue()).as(log).isEqualTo(143);
        List<Path> left = left(out);
        long pdfs = left.stream().filter(p -> p.toString().endsWith(".pdf")).count();
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"), StandardCharsets.UTF_8);
        assertThat(summary).hasSize(ROWS + 1);
        long notDone = summary.stream().filter(l -> l.contains(RunStop.NOT_DONE)).count();
        long withHandout = summary.stream().skip(1).filter(l -> l.endsWith(".pdf")).count();
        assertThat(notDone).isPositive().isEqualTo(ROWS - withHandout);
        assertThat(withHandout).isEqualTo(pdfs).isGreaterThanOrEqualTo(20);
        assertThat(log).containsOnlyOnce("otm: the run was stopped (SIGTERM): " + withHandout + " rows done, " + notDone
                + " rows not done (lines ").contains(" on); the summary lists every row")
                .doesNotContain("FAILED").doesNotContain("Exception");
    }

    @Test
    void scoresTheRowsBeforeASigintAndListsTheRestAsNotDoneInTheResultsCsv() throws Exception {
        // Scoring is quick: enough rows that the signal comes long before the last one.
        int count = 40_000;
        Path csv = manyRows(count);
        Path results = dir.resolve("results.csv");
        // score has no handouts to watch, so it is stopped as soon as it has started; SIGINT is Ctrl+C.
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Otm.class.getName(), "score", csv.toString(),
                "--format", "csv", "-o", results.toString(), "--today", ReportCommandTest.TODAY)
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!hasPart(dir) && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        signal(process, "INT");

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String log = Files.readString(dir.resolve("log.txt"));
        left(dir);
        assertThat(process.exitValue()).as(log).isEqualTo(130);
        List<String> lines = Files.readAllLines(results);
        assertThat(lines).hasSize(count + 1);
        long notDone = lines.stream().filter(l -> l.contains(RunStop.NOT_DONE)).count();
        assertThat(notDone).isPositive();
        assertThat(log).contains("otm: the run was stopped (SIGINT): " + notDone + " rows not done (lines ");
    }

    @Test
    void stopsAtOnceOnASecondSignalAndLeavesOnlyWholeFiles() throws Exception {
        Path csv = manyRows();
        Path out = dir.resolve("out");
        Process process = startedRun(out, "report", csv.toString(), "-o", out.toString(), "--today", ReportCommandTest.TODAY);

        signal(process, "TERM", "INT");

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String log = Files.readString(dir.resolve("log.txt"));
        // The JVM hands each signal to a thread of its own, so either may count as the first.
        assertThat(process.exitValue()).as(log).isIn(130, 143);
        assertThat(log).contains("otm: stopped at once by a second signal");
        assertThat(left(out)).hasSizeLessThan(ROWS).noneMatch(p -> p.getFileName().toString().startsWith("summary"));
    }

    private static boolean hasPart(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".part"));
        }
    }

    private static long pdfCount(Path out) throws Exception {
        if (!Files.isDirectory(out)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(p -> p.toString().endsWith(".pdf")).count();
        }
    }
}
