package org.otmilestones.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.otmilestones.core.catalog.Catalogs;
import org.otmilestones.core.results.ResultJson;
import org.otmilestones.core.scoring.AreaResult;
import org.otmilestones.core.scoring.ChecklistResult;
import org.otmilestones.core.scoring.ChecklistScorer;

/** Runs the README's library example as written, through the public API only, and keeps the two in step. */
class ReadmeExampleTest {

    private static void readmeExample(PrintStream System_out) throws Exception {
        // README-BEGIN
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
        System_out.println(ResultJson.toJson(result));
        // README-END
    }

    @Test
    void runsAndScoresTheWayTheReadmeSays() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        readmeExample(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String printed = bytes.toString(StandardCharsets.UTF_8);

        assertThat(printed).contains("fine_motor: KEEP_PRACTICING (1 of 4 skills: not yet)")
                .contains("self_care: NOT_ASKED")
                .contains("\"checkpoint\" : \"24m\"");
    }

    @Test
    void readmeShowsExactlyThisCode() throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent();
        String readme = Files.readString(root.resolve("README.md"));
        String source = Files.readString(Path.of("src/test/java/org/otmilestones/core/ReadmeExampleTest.java"));
        String snippet = source.substring(source.indexOf("// README-BEGIN") + 15, source.indexOf("        // README-END"));

        List<String> lines = snippet.lines().map(String::strip).filter(l -> !l.isEmpty())
                .map(l -> l.replace("System_out", "System.out")).toList();
        String readmeCode = readme.substring(readme.indexOf("Catalog catalog = Catalogs.loadBundled();"));
        List<String> readmeLines = readmeCode.substring(0, readmeCode.indexOf("```")).lines()
                .map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertThat(readmeLines).containsExactlyElementsOf(lines);
    }

    @Test
    void readmeImportsOnlyWhatThisTestImports() throws Exception {
        // The snippet's imports must name the classes where they are, or a reader's copy will not compile.
        Path root = Path.of("").toAbsolutePath().getParent();
        String readme = Files.readString(root.resolve("README.md"));
        String source = Files.readString(Path.of("src/test/java/org/otmilestones/core/ReadmeExampleTest.java"));
        String block = readme.substring(readme.indexOf("```java"), readme.indexOf("Catalog catalog = Catalogs.loadBundled();"));
        List<String> readmeImports = block.lines().filter(l -> l.startsWith("import ")).toList();
        List<String> testImports = source.lines().filter(l -> l.startsWith("import ")).toList();

        assertThat(readmeImports).isNotEmpty();
        assertThat(testImports).containsAll(readmeImports.stream()
                .filter(l -> !l.matches("import org\\.otmilestones\\.core\\.[A-Z]\\w*;")).toList());
        assertThat(readmeImports).filteredOn(l -> l.matches("import org\\.otmilestones\\.core\\.[A-Z]\\w*;"))
                .allSatisfy(l -> assertThat(Path.of("src/main/java/" + l.substring(7, l.length() - 1).replace('.', '/')
                        + ".java")).exists());
    }
}
