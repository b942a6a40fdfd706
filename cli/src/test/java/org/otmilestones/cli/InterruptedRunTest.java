package org.otmilestones.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stops a real otm process in the middle of a batch, as Ctrl+C would, and checks what it leaves behind. */
class InterruptedRunTest {

    @TempDir
    Path dir;

    @Test
    void leavesOnlyWholeHandoutsWhenARunIsStoppedHalfway() throws Exception {
        Path csv = dir.resolve("many.csv");
        List<String> example = Files.readAllLines(ReportCommandTest.EXAMPLES.resolve("surveymonkey.csv"));
        StringBuilder rows = new StringBuilder(example.get(0)).append('\n').append(example.get(1)).append('\n');
        String[] cells = example.get(2).split(",", -1);
        for (int i = 0; i < 3000; i++) {
            cells[0] = String.valueOf(900000 + i);
            cells[9] = "Child " + i;
            rows.append(String.join(",", cells)).append('\n');
        }
        Files.writeString(csv, rows);
        Path out = dir.resolve("out");

        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Otm.class.getName(),
                "report", csv.toString(), "-o", out.toString(), "--today", ReportCommandTest.TODAY)
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (pdfCount(out) < 20 && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(process.isAlive()).as("the run must still be going when it is stopped").isTrue();
        process.destroy(); // SIGTERM, as Ctrl+C or a closed terminal would send
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

        List<Path> left;
        try (Stream<Path> files = Files.list(out)) {
            left = files.toList();
        }
        assertThat(left).as("no temporary files left behind").noneMatch(p -> p.getFileName().toString().endsWith(".part"));
        assertThat(left).hasSizeLessThan(3000);
        for (Path pdf : left) {
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                assertThat(document.getNumberOfPages()).as(pdf.toString()).isPositive();
            }
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
