package org.otmilestones.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otmilestones.core.testing.DocExamples;

/** The README's quick start prints exactly what the README shows, and makes the handouts it promises. */
class QuickStartTest {

    @TempDir
    Path dir;

    @Test
    void theQuickStartPrintsWhatTheReadmeShows() throws Exception {
        Path reports = dir.resolve("reports");
        Path example = DocExamples.root().resolve("examples/google-forms.csv");
        StringWriter terminal = new StringWriter();
        // One writer for both streams: the order a person sees in a terminal.
        PrintWriter both = new PrintWriter(terminal, true);
        int code = Otm.run(new String[] {"report", example.toString(), "-o", reports.toString()}, both, both);

        String shown = terminal.toString().replace(example.toString(), "examples/google-forms.csv")
                .replace(reports.toString(), "reports");
        String readme = DocExamples.page("README.md");
        assertThat(readme).contains("./otm report examples/google-forms.csv -o reports/");
        assertThat(shown).isEqualTo(DocExamples.block(readme, "## Quick start", "text", 0));
        assertThat(code).isEqualTo(1);
        try (Stream<Path> files = Files.list(reports)) {
            assertThat(files.filter(p -> p.toString().endsWith(".pdf"))).hasSize(5);
        }
    }
}
