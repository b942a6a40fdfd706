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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.Milestone;
import org.otmilestones.forms.ExportShapes.Family;
import org.otmilestones.forms.ExportShapes.Headers;
import org.otmilestones.forms.ExportShapes.Layout;
import org.otmilestones.survey.Fixtures;
import org.otmilestones.survey.ImportResult;
import org.otmilestones.survey.ImportedRow;
import org.otmilestones.survey.RealSamples;
import org.otmilestones.survey.SurveyImports;
import org.otmilestones.survey.SurveyTool;

/**
 * The generated forms' exports built in the exact layout of the real exports kept beside the repository: their
 * delimiter, quoting, line ends, metadata columns and values, and timestamp formats are taken from the real
 * files, our form's columns put where the tool puts them, and the result read back with no mapping. Reported as
 * skipped, with the reason, without the real exports (a plain clone); CI gives them.
 */
@ExtendWith(RealSamples.class)
class GeneratedFormExportsTest {

    private static final Form FORM = Form.everyCheckpoint(Fixtures.CATALOG, List.of("es"));

    @TempDir
    Path dir;

    private static List<String> sampleRecords(String name, int record) throws Exception {
        return RealSamples.cells(name, record);
    }

    private static String sample(String name) throws Exception {
        return Files.readString(RealSamples.folder().orElseThrow().resolve(name), StandardCharsets.UTF_8);
    }

    /** Two families, of 9 months and 4 years, one with a worry. */
    private static List<Family> families() {
        List<Family> families = new ArrayList<>();
        for (String id : List.of("9m", "4y")) {
            Checkpoint c = Fixtures.CATALOG.checkpoint(id).orElseThrow();
            Map<String, Answer> answers = new LinkedHashMap<>();
            List<Milestone> milestones = Fixtures.CATALOG.milestones(c);
            for (int i = 0; i < milestones.size(); i++) {
                answers.put(milestones.get(i).id(), i % 3 == 0 ? Answer.NOT_YET : Answer.YES);
            }
            answers.put("general-worried", id.equals("4y") ? Answer.YES : Answer.NOT_YET);
            families.add(new Family("F" + id, "Niño", LocalDate.of(2026, 11, 20).minusMonths(c.ageMonths() + 1), Optional.empty(),
                    LocalDate.of(2026, 11, 20), c, answers));
        }
        return families;
    }

    private ImportResult read(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return SurveyImports.read(file, Fixtures.CATALOG, Fixtures.options());
    }

    private List<String> statuses(ImportResult result) throws Exception {
        List<String> statuses = new ArrayList<>();
        for (ImportedRow row : result.rows()) {
            var scored = org.otmilestones.core.scoring.ChecklistScorer.score(Fixtures.CATALOG, row.child(), row.answers(),
                    row.assessedOn());
            statuses.add(scored.checkpoint().id() + " " + scored.areas().stream().map(a -> a.status()).toList() + " "
                    + scored.talkToDoctor());
        }
        return statuses;
    }

    private List<String> expected() throws Exception {
        ImportResult template = read("template.csv", ExportShapes.csvTemplate(FORM, families(), "es"));
        assertThat(template.rows()).hasSize(2);
        return statuses(template);
    }

    /** A layout from a real export: its metadata columns before and after the form's, and its first row's values. */
    private static Layout layout(String sample, char delimiter, boolean quoteAll, String lineEnd, int firstData,
            List<String> before, String firstAfter) throws Exception {
        List<String> header = sampleRecords(sample, 0);
        List<String> values = sampleRecords(sample, firstData);
        Map<String, String> leading = new LinkedHashMap<>();
        Map<String, String> trailing = new LinkedHashMap<>();
        int after = header.indexOf(firstAfter);
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            if (before.contains(column)) {
                leading.put(column, values.get(i));
            } else if (i >= after) {
                trailing.put(column, values.get(i));
            }
        }
        return new Layout(delimiter, quoteAll, lineEnd, leading, trailing);
    }

    @Test
    void koboExportsInTheRealLayoutAreReadWithNoMapping() throws Exception {
        String real = sample("kobo_csv_labels_semicolon_hxl.csv");
        assertThat(real).startsWith("\"start\";\"end\";").contains("\r\n");
        Layout kobo = layout("kobo_csv_labels_semicolon_hxl.csv", ';', true, "\r\n", 2, List.of("start", "end"), "_id");
        assertThat(kobo.after()).containsKeys("_id", "_uuid", "_submission_time", "_index");

        for (Headers headers : Headers.values()) {
            for (Optional<String> groups : List.of(Optional.<String>empty(), Optional.of("/"))) {
                ImportResult result = read("kobo.csv", ExportShapes.xlsFormExport(FORM, families(), kobo, headers, "es",
                        groups));
                assertThat(result.format().tool()).isEqualTo(SurveyTool.KOBOTOOLBOX);
                assertThat(result.errors()).isEmpty();
                assertThat(result.unmappedColumns()).isEmpty();
                assertThat(statuses(result)).as(headers + " " + groups).isEqualTo(expected());
            }
        }
    }

    @Test
    void odkCentralExportsInTheRealLayoutAreReadWithNoMapping() throws Exception {
        String real = sample("odk_central_csv_basic.csv");
        assertThat(real).startsWith("SubmissionDate,").doesNotContain("\r\n");
        Layout odk = layout("odk_central_csv_basic.csv", ',', false, "\n", 1, List.of("SubmissionDate"), "KEY");
        assertThat(odk.after()).containsKeys("KEY", "SubmitterID", "FormVersion");

        ImportResult result = read("odk.csv", ExportShapes.xlsFormExport(FORM, families(), odk, Headers.NAMES, "es",
                Optional.of("-")));

        assertThat(result.format().tool()).isEqualTo(SurveyTool.ODK);
        assertThat(result.errors()).isEmpty();
        assertThat(result.unmappedColumns()).isEmpty();
        assertThat(statuses(result)).isEqualTo(expected());
    }

    @Test
    void redcapAndGoogleFormsExportsWithTheRealTimestampsAreReadWithNoMapping() throws Exception {
        List<String> redcapHeader = sampleRecords("redcap_raw_survey_data.csv", 0);
        String redcapStamp = sampleRecords("redcap_raw_survey_data.csv", 1).get(redcapHeader.indexOf(
                "prescreening_survey_timestamp"));
        String googleStamp = sampleRecords("googleforms_direct_download_aoc2022.csv", 1).get(0);
        assertThat(redcapStamp).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(googleStamp).matches("\\d{4}/\\d{2}/\\d{2} .* GMT\\+1");

        ImportResult redcap = read("redcap.csv", ExportShapes.redcapRaw(FORM, families(),
                "{date}" + redcapStamp.substring(10)));
        ImportResult google = read("google.csv", ExportShapes.googleForms(FORM, families(), "es",
                "{date}" + googleStamp.substring(10)));

        for (ImportResult result : List.of(redcap, google)) {
            assertThat(result.errors()).isEmpty();
            assertThat(result.unmappedColumns()).isEmpty();
            assertThat(statuses(result)).isEqualTo(expected());
        }
        assertThat(redcap.format().tool()).isEqualTo(SurveyTool.REDCAP);
        assertThat(google.format().tool()).isEqualTo(SurveyTool.GOOGLE_FORMS);
    }
}
