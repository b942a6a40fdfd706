package org.otmilestones.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.catalog.Catalogs;
import org.otmilestones.survey.fhir.FhirResponses;
import org.otmilestones.forms.ExportShapes.Family;
import org.otmilestones.forms.ExportShapes.Headers;
import org.otmilestones.core.scoring.AreaResult;
import org.otmilestones.core.scoring.ChecklistResult;
import org.otmilestones.core.scoring.ChecklistScorer;
import org.otmilestones.survey.ImportOptions;
import org.otmilestones.survey.ImportResult;
import org.otmilestones.survey.ImportedRow;
import org.otmilestones.survey.SurveyImports;

/**
 * For every checkpoint (and the form with a section per age) and both languages: answers exported the way each
 * tool exports a form we generated are read back with no mapping, and give the same statuses, red flags and
 * checklist as the same answers in our CSV template.
 */
class FormRoundTripTest {

    private static final Catalog CATALOG = Catalogs.loadBundled();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final LocalDate ASSESSED = LocalDate.of(2026, 11, 20);

    @TempDir
    Path dir;

    static Stream<Arguments> formsAndLanguages() {
        List<Arguments> cases = new ArrayList<>();
        for (String language : List.of("en", "es")) {
            for (Checkpoint c : CATALOG.checkpoints()) {
                cases.add(Arguments.of(c.id(), language));
            }
            cases.add(Arguments.of("all", language));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("formsAndLanguages")
    void everyToolsExportOfTheGeneratedFormScoresLikeTheCsvTemplate(String checkpoint, String language)
            throws Exception {
        Form form = checkpoint.equals("all") ? Form.everyCheckpoint(CATALOG, List.of(language))
                : Form.of(CATALOG, CATALOG.checkpoint(checkpoint).orElseThrow(), List.of(language));
        List<Family> families = new ArrayList<>();
        for (Checkpoint c : form.checkpoints()) {
            families.addAll(families(c));
        }
        List<String> expected = outcomes(read("template.csv", ExportShapes.csvTemplate(form, families, language)));
        if (!form.sensorySigns().isEmpty()) {
            assertThat(expected).anyMatch(s -> s.contains("senses=[YES, YES, YES"));
        }
        // The mostly "not yet" family is at least "check again" (an evaluation where its answers stand well below).
        assertThat(expected).hasSize(families.size())
                .anyMatch(s -> s.contains("next=CHECK_AGAIN") || s.contains("next=OT_EVALUATION"))
                .anyMatch(s -> s.contains("NOT_ENOUGH_ANSWERS")).anyMatch(s -> s.contains("doctor=true"));

        Map<String, String> exports = new LinkedHashMap<>();
        exports.put("redcap-raw.csv", ExportShapes.redcapRaw(form, families));
        for (Headers headers : Headers.values()) {
            for (char delimiter : new char[] {';', ','}) {
                exports.put("kobo-" + headers + "-" + (delimiter == ';' ? "semicolon" : "comma") + ".csv",
                        ExportShapes.xlsFormExport(form, families, ExportShapes.kobo(delimiter), headers, language,
                                Optional.empty()));
            }
            exports.put("kobo-" + headers + "-groups.csv", ExportShapes.xlsFormExport(form, families,
                    ExportShapes.kobo(';'), headers, language, Optional.of("/")));
        }
        exports.put("odk-central.csv", ExportShapes.xlsFormExport(form, families, ExportShapes.odkCentral(),
                Headers.NAMES, language, Optional.of("-")));
        exports.put("google-forms.csv", ExportShapes.googleForms(form, families, language));
        StringBuilder ndjson = new StringBuilder();
        families.forEach(f -> ndjson.append(ExportShapes.fhirResponse(form, f, language)).append('\n'));
        exports.put("responses.ndjson", ndjson.toString());
        exports.put("bundle.json", "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":["
                + String.join(",", families.stream().map(f -> "{\"resource\":"
                        + ExportShapes.fhirResponse(form, f, language) + "}").toList()) + "]}");

        for (Map.Entry<String, String> export : exports.entrySet()) {
            ImportResult result = read(export.getKey(), export.getValue());
            assertThat(result.errors()).as(export.getKey()).isEmpty();
            assertThat(result.unmappedColumns()).as(export.getKey()).isEmpty();
            assertThat(outcomes(result)).as(export.getKey()).containsExactlyElementsOf(expected);
        }
    }

    /** Four families of one checkpoint: all yes, a mix with a worry, mostly not yet, and too few answers. */
    private static List<Family> families(Checkpoint c) {
        List<Milestone> milestones = CATALOG.milestones(c);
        List<Family> families = new ArrayList<>();
        Answer[] mix = {Answer.YES, Answer.SOMETIMES, Answer.NOT_YET, Answer.NOT_SURE, Answer.NO_ANSWER};
        for (int f = 0; f < 4; f++) {
            Map<String, Answer> answers = new LinkedHashMap<>();
            for (int i = 0; i < milestones.size(); i++) {
                Answer a = switch (f) {
                    case 0 -> Answer.YES;
                    case 1 -> mix[i % mix.length];
                    case 2 -> i % 3 == 0 ? Answer.YES : Answer.NOT_YET;
                    default -> i < 2 ? Answer.YES : Answer.NO_ANSWER;
                };
                answers.put(milestones.get(i).id(), a);
            }
            answers.put("general-worried", f == 1 ? Answer.YES : Answer.NOT_YET);
            answers.put("general-lost_skill", Answer.NOT_YET);
            // Signs of how the child handles the senses: the second family sees three of one kind often.
            List<org.otmilestones.core.SensorySign> signs = CATALOG.sensorySigns().askedAt(c);
            for (int i = 0; i < signs.size(); i++) {
                answers.put(signs.get(i).id(), f == 1 && i < 3 ? Answer.YES : f == 3 ? Answer.NOT_SURE : Answer.NOT_YET);
            }
            boolean early = f == 1 && c.ageMonths() <= 18;
            LocalDate born = ASSESSED.minusMonths(c.ageMonths()).minusDays(10).minusWeeks(early ? 6 : 0);
            families.add(new Family("c" + c.id() + "-" + f, "Kid " + f, born, early ? Optional.of(34) : Optional.empty(),
                    ASSESSED, c, answers));
        }
        return families;
    }

    private ImportResult read(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        ImportOptions options = ImportOptions.defaults(TODAY);
        return FhirResponses.looksLikeFhir(file) ? FhirResponses.read(file, CATALOG, options)
                : SurveyImports.read(file, CATALOG, options);
    }

    /** Per row: the checklist, every area's status, and whether a red flag sends the family to the doctor. */
    private static List<String> outcomes(ImportResult result) throws Exception {
        List<String> outcomes = new ArrayList<>();
        for (ImportedRow row : result.rows()) {
            ChecklistResult scored = ChecklistScorer.score(CATALOG, row.child(), row.answers(), row.assessedOn());
            outcomes.add(scored.checkpoint().id() + " " + scored.areas().stream().map(AreaResult::status).toList()
                    + " doctor=" + scored.talkToDoctor() + " weeks=" + row.child().weeksAtBirth().orElse(0)
                    + " next=" + scored.nextStep() + " senses=" + scored.judgement().sensorySigns().values());
        }
        return outcomes;
    }
}
