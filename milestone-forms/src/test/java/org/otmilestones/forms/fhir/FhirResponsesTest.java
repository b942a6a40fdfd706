package org.otmilestones.forms.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.catalog.Catalogs;
import org.otmilestones.forms.ExportShapes;
import org.otmilestones.forms.Form;
import org.otmilestones.survey.AssessmentDateSource;
import org.otmilestones.survey.ImportException;
import org.otmilestones.survey.ImportOptions;
import org.otmilestones.survey.ImportResult;
import org.otmilestones.survey.ImportedRow;
import org.otmilestones.survey.RowError;
import org.otmilestones.survey.SurveyTool;
import org.otmilestones.survey.fhir.FhirResponses;

class FhirResponsesTest {

    private static final Catalog CATALOG = Catalogs.loadBundled();
    private static final Checkpoint C24 = CATALOG.checkpoint("24m").orElseThrow();
    private static final Form FORM = Form.of(CATALOG, C24, List.of("en"));
    private static final ImportOptions OPTIONS = ImportOptions.defaults(LocalDate.of(2026, 11, 26));

    @TempDir
    Path dir;

    private static ExportShapes.Family family(String id) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Milestone m : CATALOG.milestones(C24)) {
            answers.put(m.id(), Answer.YES);
        }
        answers.put("general-worried", Answer.NOT_YET);
        return new ExportShapes.Family(id, "Ana", LocalDate.of(2024, 10, 1), Optional.of(39),
                LocalDate.of(2026, 11, 20), C24, answers);
    }

    private static String response(String id) {
        return ExportShapes.fhirResponse(FORM, family(id), "en");
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private ImportResult read(String name, String text) throws Exception {
        return FhirResponses.read(write(name, text), CATALOG, OPTIONS);
    }

    @Test
    void readsOneResponseWithItsContainedPatientAuthoredDateAndWeeks() throws Exception {
        ImportResult result = read("one.json", response("A-1"));

        assertThat(result.errors()).isEmpty();
        assertThat(result.format().tool()).isEqualTo(SurveyTool.FHIR);
        assertThat(result.format().describe()).isEqualTo("UTF-8 JSON, 1 response (FHIR QuestionnaireResponse)");
        ImportedRow row = result.rows().get(0);
        assertThat(row.child().id()).isEqualTo("A-1");
        assertThat(row.child().name()).contains("Ana Test");
        assertThat(row.child().dateOfBirth()).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(row.child().weeksAtBirth()).contains(39);
        assertThat(row.assessedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(row.assessedOnSource()).isEqualTo(AssessmentDateSource.COMPLETION_TIME);
        assertThat(row.language()).contains("en");
        assertThat(row.answers().completedBy()).contains("mother");
        assertThat(row.answers().get("general-worried")).contains(Answer.NOT_YET);
        // Questions the response leaves out were asked and not answered, as a blank CSV cell.
        assertThat(row.answers().get("general-eye_signs")).contains(Answer.NO_ANSWER);
        assertThat(row.answers().byQuestionId()).hasSize(CATALOG.milestones(C24).size() + 5
                + CATALOG.sensorySigns().askedAt(C24).size());
    }

    @Test
    void findsAPatientTheBundleHoldsAfterTheResponseThatPointsAtIt() throws Exception {
        String qr = response("B-1").replaceFirst("\"contained\":\\[.*?\\]\\}\\],", "")
                .replace("\"reference\":\"#child\"", "\"reference\":\"urn:uuid:7f2c\"");
        String bundle = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":" + qr + "},"
                + "{\"fullUrl\":\"urn:uuid:7f2c\",\"resource\":{\"resourceType\":\"Patient\",\"id\":\"p9\","
                + "\"identifier\":[{\"value\":\"MRN-9\"}],\"birthDate\":\"2024-09-30\"}}]}";

        ImportResult result = read("bundle.json", bundle);

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).singleElement().satisfies(row -> {
            assertThat(row.child().id()).isEqualTo("MRN-9");
            assertThat(row.child().dateOfBirth()).isEqualTo(LocalDate.of(2024, 9, 30));
            assertThat(row.child().name()).isEmpty();
        });
    }

    @Test
    void reportsEachBadResponseWithItsLineAndPointerAndStillReadsTheOthers() throws Exception {
        String otherQuestionnaire = response("X-1").replace("Questionnaire/otm-default-24m", "Questionnaire/phq-9");
        String unknownCode = response("X-2").replaceFirst("\"code\":\"yes\"", "\"code\":\"maybe\"");
        String noBirthDate = response("X-3").replace(",\"birthDate\":\"2024-10-01\"", "");
        String broken = "{\"resourceType\":\"QuestionnaireResponse\",";
        String ndjson = String.join("\n", response("OK-1"), otherQuestionnaire, unknownCode, noBirthDate, broken,
                response("OK-2")) + "\n";

        ImportResult result = read("mixed.ndjson", ndjson);

        assertThat(result.rows()).extracting(r -> r.child().id()).containsExactly("OK-1", "OK-2");
        assertThat(result.rows()).extracting(ImportedRow::line).containsExactly(1, 6);
        assertThat(result.errors()).extracting(RowError::line).containsExactly(2, 3, 4, 5);
        assertThat(result.errors().get(0).problem()).startsWith("at /questionnaire: ")
                .contains("another questionnaire");
        assertThat(result.errors().get(1).problem()).matches("at /item/\\d+/item/0/answer/0/valueCoding/code: .*")
                .contains("yes, sometimes, not-yet, not-sure");
        assertThat(result.errors().get(1).value()).contains("maybe");
        assertThat(result.errors().get(2).problem()).isEqualTo("at /contained/0/birthDate: the child's birth date is missing");
        assertThat(result.errors().get(3).problem()).contains("line 5 is not valid JSON");
        // No name or birth date in any message: they are health data.
        assertThat(result.errors()).allSatisfy(e -> assertThat(e.toString()).doesNotContain("Ana").doesNotContain("2024-10-01"));
    }

    @Test
    void aBrokenBundleKeepsTheResponsesBeforeTheBreakAndSaysWhere() throws Exception {
        String bundle = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[\n{\"resource\":"
                + response("K-1") + "},\n{\"resource\":" + response("K-2") + "},\n{\"resource\": {\"resourceType\" \"Qu";

        ImportResult result = read("broken.json", bundle);

        assertThat(result.rows()).extracting(r -> r.child().id()).containsExactly("K-1", "K-2");
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.column()).isPresent();
            assertThat(e.problem()).contains("not valid JSON").contains("the rest of the file was not");
        });
    }

    @Test
    void givesEveryRowOfABundleTheLineItStartsOn() throws Exception {
        String bundle = "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"entry\":[\n{\"resource\":"
                + response("L-1") + "},\n{\"resource\":" + response("L-2").replace("\"code\":\"yes\"", "\"code\":\"no\"")
                + "}\n]}";

        ImportResult result = read("lines.json", bundle);

        assertThat(result.rows()).extracting(ImportedRow::line).containsExactly(2);
        assertThat(result.errors()).extracting(RowError::line).containsOnly(3);
        assertThat(result.errors().get(0).problem()).startsWith("at /entry/1/resource/item/");
    }

    @Test
    void refusesAFileThatIsNoResponseOrBundleAsAWhole() throws Exception {
        Path patient = write("patient.json", "{\"resourceType\":\"Patient\",\"id\":\"p\"}");
        assertThatThrownBy(() -> FhirResponses.read(patient, CATALOG, OPTIONS)).isInstanceOf(ImportException.class)
                .hasMessageContaining("is a FHIR Patient, not a QuestionnaireResponse or a Bundle");
        Path csv = write("answers.json", "Child ID,Date of birth\n");
        assertThatThrownBy(() -> FhirResponses.read(csv, CATALOG, OPTIONS)).isInstanceOf(ImportException.class)
                .hasMessageContaining("does not start with '{'");
    }

    @Test
    void skipsResponsesEnteredInErrorAndCountsThem() throws Exception {
        ImportResult result = read("two.ndjson", response("S-1") + "\n"
                + response("S-2").replace("\"status\":\"completed\"", "\"status\":\"entered-in-error\"") + "\n");

        assertThat(result.rows()).hasSize(1);
        assertThat(result.skippedRows()).isEqualTo(1);
        assertThat(result.warnings()).anyMatch(w -> w.contains("entered-in-error"));
    }

    @Test
    void streamsEveryResponseOfALargeBundleOneByOne() throws Exception {
        Path file = dir.resolve("big.json");
        String one = response("N");
        try (var out = Files.newBufferedWriter(file)) {
            out.write("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[");
            for (int i = 0; i < 2_000; i++) {
                out.write((i == 0 ? "" : ",") + "\n{\"resource\":" + one.replace("\"value\":\"N\"", "\"value\":\"N" + i + "\"")
                        + "}");
            }
            out.write("]}");
        }
        // FhirResponsesBenchmark streams 10,000 in a 32 MB heap and prints the figures; this checks that none is lost.
        AtomicInteger rows = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        FhirResponses.Summary summary = FhirResponses.stream(file, CATALOG, OPTIONS, r -> rows.incrementAndGet(),
                e -> errors.incrementAndGet());

        assertThat(summary.responses()).isEqualTo(2_000);
        assertThat(rows.get()).isEqualTo(2_000);
        assertThat(errors.get()).isZero();
    }

    @Test
    void looksLikeFhirByNameOrByAnOpeningBrace() throws Exception {
        assertThat(FhirResponses.looksLikeFhir(write("a.ndjson", "x"))).isTrue();
        assertThat(FhirResponses.looksLikeFhir(write("a.txt", "\uFEFF  \n{\"resourceType\":1}"))).isTrue();
        assertThat(FhirResponses.looksLikeFhir(write("a.csv", "Child ID,Date of birth\n"))).isFalse();
    }
}
