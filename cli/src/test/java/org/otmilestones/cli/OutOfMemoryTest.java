package org.otmilestones.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs a real otm process with too little memory for its export, as a clinic's small machine would. */
class OutOfMemoryTest {

    @TempDir
    Path dir;

    @Test
    void saysInOneLineHowToGiveJavaMoreMemoryAndExitsWithThree() throws Exception {
        // Eight megabytes of answers: the file and its text alone are more than the 16 MB heap holds.
        List<String> example = Files.readAllLines(ReportCommandTest.EXAMPLES.resolve("google-forms.csv"));
        StringBuilder rows = new StringBuilder(example.get(0)).append('\n');
        while (rows.length() < 8 * 1024 * 1024) {
            rows.append(example.get(1)).append('\n');
        }
        Path csv = Files.writeString(dir.resolve("large.csv"), rows);
        Path out = dir.resolve("out");

        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx16m", "-cp", System.getProperty("java.class.path"), Otm.class.getName(),
                "report", csv.toString(), "-o", out.toString(), "--today", ReportCommandTest.TODAY)
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(err).isEqualTo(ExitCodes.INTERNAL);
        assertThat(err.lines().toList()).as(err).singleElement().satisfies(line -> assertThat(line)
                .startsWith("otm: out of memory:").contains("OTM_JAVA_OPTS=-Xmx2g"));
        assertThat(csv).hasContent(rows.toString());
    }
}
