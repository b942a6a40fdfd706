package org.otmilestones.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Answers;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Child;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.catalog.Catalogs;
import org.otmilestones.core.scoring.ChecklistResult;
import org.otmilestones.core.scoring.ChecklistScorer;
import org.otmilestones.report.ReportOptions;
import org.otmilestones.report.Paper;

/**
 * Texts at the catalog's caps made of one word each (the catalog's name, an area's name, a question): the word
 * breaks across lines and never runs past the frame, in both languages and on both papers.
 */
class LongWordsTest {

    @TempDir
    static Path dir;

    static Stream<Arguments> cases() {
        return Stream.of(Arguments.of("en", Paper.LETTER), Arguments.of("en", Paper.A4), Arguments.of("es", Paper.LETTER),
                Arguments.of("es", Paper.A4));
    }

    private static String word(int length) {
        return "W".repeat(length);
    }

    /** The bundled catalog with its name, the first area's name and every 24-month question one word at the cap. */
    private static Catalog longWords() throws Exception {
        String json;
        try (InputStream in = Catalogs.class.getResourceAsStream("default-catalog.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String str = "\"(?:[^\"\\\\]|\\\\.)*\"";
        json = json.replaceFirst("\"name\": \\{\\s*\"en\": " + str + ",\\s*\"es\": " + str + "\\s*\\}",
                "\"name\": {\"en\": \"" + word(80) + "\", \"es\": \"" + word(80) + "\"}");
        json = json.replaceFirst("\"plainName\": \\{\\s*\"en\": " + str + ",\\s*\"es\": " + str + "\\s*\\}",
                "\"plainName\": {\"en\": \"" + word(40) + "\", \"es\": \"" + word(40) + "\"}");
        json = json.replaceAll("(\"checkpoint\": \"24m\",\\s*\"question\": \\{\\s*\"en\": )" + str + "(,\\s*\"es\": )" + str,
                "$1\"" + word(159) + "?\"$2\"" + word(159) + "?\"");
        Path file = Files.writeString(dir.resolve("long-words.json"), json, StandardCharsets.UTF_8);
        Catalog catalog = Catalogs.load(file);
        assertThat(catalog.name().in("en")).isEqualTo(word(80));
        assertThat(catalog.milestones(catalog.checkpoint("24m").orElseThrow())).allSatisfy(
                m -> assertThat(m.question().in("es")).hasSize(160));
        return catalog;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void aWordAtTheCapBreaksAndNeverRunsOffThePage(String language, Paper paper) throws Exception {
        Catalog catalog = longWords();
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Milestone m : catalog.milestones(catalog.checkpoint("24m").orElseThrow())) {
            answers.put(m.id(), Answer.NOT_YET);
        }
        ChecklistResult result = ChecklistScorer.score(catalog, Child.of("s-long", "Ana", LocalDate.of(2024, 3, 1)),
                Answers.of(answers), LocalDate.of(2026, 3, 20));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfHandouts.render(result, catalog, ReportOptions.defaults().withLanguage(language).withPaper(paper), out);
        byte[] pdf = out.toByteArray();
        assertThat(LayoutProbe.glyphsOutsideTheFrame(pdf)).isEmpty();
        assertThat(PdfChecks.text(pdf).replaceAll("\\s+", "")).contains(word(159));
    }
}
