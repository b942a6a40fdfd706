package org.otmilestones.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.otmilestones.core.catalog.Catalogs;
import org.otmilestones.core.scoring.AreaResult;
import org.otmilestones.core.scoring.ChecklistResult;
import org.otmilestones.core.scoring.ChecklistScorer;
import org.otmilestones.core.testing.DocExamples;

/** Runs the library guide's example as written, through the public API only, and keeps page and code in step. */
class LibraryGuideExampleTest {

    private static final String MARKER = "<!-- example: LibraryGuideExampleTest -->";
    private static final Path SOURCE = Path.of("src/test/java/org/otmilestones/core/LibraryGuideExampleTest.java");

    private static void example(PrintStream System_out) throws Exception {
        // DOC-BEGIN
        Catalog catalog = Catalogs.loadBundled();
        Child child = Child.of("child-42", "Ana", LocalDate.of(2024, 10, 1));
        Answers answers = Answers.of(Map.of(
                "fine_motor-19-24m-hold_and_open", Answer.YES,
                "fine_motor-19-24m-knobs_buttons", Answer.YES,
                "fine_motor-19-24m-tower_4", Answer.NOT_YET,
                "fine_motor-19-24m-rings_on_pole", Answer.SOMETIMES,
                "general-worried", Answer.NOT_YET));

        ChecklistResult result = ChecklistScorer.score(catalog, child, answers, LocalDate.of(2026, 11, 2));
        for (AreaResult area : result.areas()) {
            System_out.println(area.area().id() + ": " + area.status() + " (" + area.explanation() + ")");
        }
        // DOC-END
    }

    private static String printed() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        example(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theGuideShowsExactlyThisCode() throws Exception {
        String page = DocExamples.page("docs/library.md");
        List<String> code = DocExamples.statements(DocExamples.snippet(SOURCE)).stream()
                .map(l -> l.replace("System_out", "System.out")).toList();

        assertThat(DocExamples.statements(DocExamples.block(page, MARKER, "java", 0))).containsExactlyElementsOf(code);
    }

    @Test
    void theGuideImportsWhatTheCodeNeedsWhereItIs() throws Exception {
        // The snippet's imports must name the classes where they are, or a reader's copy will not compile.
        String page = DocExamples.page("docs/library.md");
        List<String> shown = DocExamples.imports(DocExamples.block(page, MARKER, "java", 0));
        List<String> ours = DocExamples.imports(java.nio.file.Files.readString(SOURCE));

        assertThat(shown).isNotEmpty();
        assertThat(ours).containsAll(shown.stream()
                .filter(l -> !l.matches("import org\\.otmilestones\\.core\\.[A-Z]\\w*;")).toList());
        for (String type : List.of("Answer", "Answers", "Catalog", "Child")) {
            assertThat(shown).contains("import org.otmilestones.core." + type + ";");
        }
    }

    @Test
    void theGuideShowsExactlyWhatTheExamplePrints() throws Exception {
        String page = DocExamples.page("docs/library.md");

        assertThat(DocExamples.block(page, MARKER, "text", 0)).isEqualTo(printed());
    }

    @Test
    void theExampleScoresTheWayTheGuideSays() throws Exception {
        assertThat(printed()).contains("fine_motor: KEEP_PRACTICING (1 of 3 skills: not yet)")
                .contains("self_care: NOT_ASKED");
    }
}
