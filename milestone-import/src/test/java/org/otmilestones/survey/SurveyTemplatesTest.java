package org.otmilestones.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.GeneralQuestion;

class SurveyTemplatesTest {

    private static final Checkpoint C24 = Fixtures.CATALOG.checkpoint("24m").orElseThrow();
    private static final List<Answer> CYCLE = List.of(Answer.YES, Answer.SOMETIMES, Answer.NOT_YET, Answer.NOT_SURE,
            Answer.NO_ANSWER);

    @TempDir
    Path dir;

    private static List<String> questionIds() {
        List<String> ids = new ArrayList<>();
        Fixtures.CATALOG.areas().forEach(a -> Fixtures.CATALOG.milestones(a, C24).forEach(m -> ids.add(m.id())));
        Fixtures.CATALOG.generalQuestions().stream().map(GeneralQuestion::id).forEach(ids::add);
        // The signs of how a child handles the senses go round the template too.
        Fixtures.CATALOG.sensorySigns().askedAt(C24).forEach(sign -> ids.add(sign.id()));
        return ids;
    }

    @Test
    void headsOneColumnPerQuestionWithItsTextAfterTheChildColumns() throws Exception {
        StringWriter out = new StringWriter();
        SurveyTemplates.write(Fixtures.CATALOG, C24, "en", out);

        List<String> headers = SurveyTemplates.headers(Fixtures.CATALOG, C24, "en");
        assertThat(headers).hasSize(6 + questionIds().size());
        assertThat(headers.subList(0, 6)).containsExactly("Child ID", "Child's name", "Date of birth", "Weeks at birth",
                "Assessment date", "Completed by");
        assertThat(headers.get(6)).isEqualTo(Fixtures.CATALOG.milestone(questionIds().get(0)).orElseThrow()
                .question().in("en"));
        assertThat(out.toString()).endsWith("\r\n").doesNotContain("\n\"").startsWith("Child ID,Child's name,");
        assertThat(out.toString().lines().count()).isEqualTo(1);
        assertThat(SurveyTemplates.headers(Fixtures.CATALOG, C24, "es").get(2)).isEqualTo("Fecha de nacimiento");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void readsAFilledInTemplateBackWithEveryQuestionFound(String language) throws Exception {
        Path file = filledTemplate(language);
        ColumnMapping mapping = SurveyTemplates.mapping(Fixtures.CATALOG, C24, language);

        for (ColumnMapping used : List.of(ColumnMapping.NONE, mapping)) {
            ImportResult result = SurveyImports.read(file, Fixtures.CATALOG, Fixtures.options().withMapping(used));

            assertThat(result.questionIdsFound()).containsExactlyElementsOf(questionIds());
            assertThat(result.unmappedColumns()).isEmpty();
            assertThat(result.errors()).isEmpty();
            assertThat(result.rows()).hasSize(2);
            ImportedRow row = result.rows().get(1);
            assertThat(row.child().id()).isEqualTo("T2");
            assertThat(row.child().weeksAtBirth()).contains(33);
            assertThat(row.answers().completedBy()).contains("Grandmother");
            List<String> ids = questionIds();
            for (int i = 0; i < ids.size(); i++) {
                assertThat(row.answers().get(ids.get(i))).as(ids.get(i)).contains(CYCLE.get((i + 1) % CYCLE.size()));
            }
        }
    }

    @Test
    void mapsTheBirthDateAndQuestionsAsRequiredAndOtherChildColumnsAsOptional() {
        ColumnMapping mapping = SurveyTemplates.mapping(Fixtures.CATALOG, C24, "en");

        assertThat(mapping.columns()).hasSize(6 + questionIds().size());
        assertThat(mapping.columns()).filteredOn(r -> r.presence() == ColumnRule.Presence.OPTIONAL)
                .extracting(r -> r.target().toString())
                .containsExactly("child_id", "child_name", "weeks_at_birth", "assessment_date", "completed_by");
    }

    @Test
    void refusesALanguageOrCheckpointTheCatalogDoesNotHave() {
        assertThatThrownBy(() -> SurveyTemplates.headers(Fixtures.CATALOG, C24, "fr"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("language must be one of [en, es]");
        Checkpoint foreign = new Checkpoint("99m", 99, org.otmilestones.core.LocalizedText.of("en", "x"));
        assertThatThrownBy(() -> SurveyTemplates.headers(Fixtures.CATALOG, foreign, "en"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("99m");
    }

    private Path filledTemplate(String language) throws Exception {
        StringWriter out = new StringWriter();
        SurveyTemplates.write(Fixtures.CATALOG, C24, language, out);
        StringBuilder text = new StringBuilder(out.toString());
        for (int n = 1; n <= 2; n++) {
            List<String> cells = new ArrayList<>(List.of("T" + n, "Kid " + n, "2024-10-0" + n, n == 2 ? "33" : "",
                    "2026-11-20", n == 2 ? "Grandmother" : "Mother"));
            for (int i = 0; i < questionIds().size(); i++) {
                cells.add(spelling(CYCLE.get((i + n - 1) % CYCLE.size()), language));
            }
            text.append(Csv.line(cells.toArray(String[]::new))).append("\r\n");
        }
        return Csv.write(dir, "filled-" + language + ".csv", text.toString());
    }

    private static String spelling(Answer answer, String language) {
        boolean es = language.equals("es");
        return switch (answer) {
            case YES -> es ? "Sí" : "Yes";
            case SOMETIMES -> es ? "A veces" : "Sometimes";
            case NOT_YET -> es ? "Todavía no" : "Not yet";
            case NOT_SURE -> es ? "No sé" : "Not sure";
            case NO_ANSWER -> "";
        };
    }
}
