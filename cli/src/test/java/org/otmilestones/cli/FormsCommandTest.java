package org.otmilestones.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.catalog.Catalogs;
import org.otmilestones.forms.ExportShapes;
import org.otmilestones.forms.Form;

/** {@code otm template} in every format, the committed example forms, and FHIR in and out of report and score. */
class FormsCommandTest {

    private static final Path FORMS = ReportCommandTest.EXAMPLES.resolve("forms");
    private static final Catalog CATALOG = Catalogs.loadBundled();
    private static final Checkpoint C24 = CATALOG.checkpoint("24m").orElseThrow();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"redcap, checklist-all-redcap.csv, all", "xlsform, checklist-all.xlsx, all",
            "fhir, checklist-24m-questionnaire.json, 24m", "google-apps-script, checklist-all.gs, all"})
    void theExampleFormIsWhatOtmTemplateWritesNow(String format, String example, String checkpoint) throws IOException {
        Path made = dir.resolve(example);
        OtmRunner run = OtmRunner.run("template", "--format", format, "--checkpoint", checkpoint, "-o", made.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Wrote " + made);
        Path committed = FORMS.resolve(example);
        if (example.endsWith(".xlsx")) {
            // The workbook's creation time and zip dates differ on every run; its sheets must not.
            assertThat(sheets(made)).isEqualTo(sheets(committed));
        } else {
            assertThat(Files.readString(made)).as("examples/forms/" + example + " is out of date: regenerate it with "
                    + "otm template --format " + format + " --checkpoint " + checkpoint).isEqualTo(Files.readString(committed));
        }
    }

    @Test
    void anUnknownFormatIsAUsageErrorThatListsTheFormats() {
        OtmRunner run = OtmRunner.run("template", "--format", "pdf", "--checkpoint", "24m", "-o",
                dir.resolve("x").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--format pdf: use csv, redcap, xlsform, fhir or google-apps-script");
    }

    @Test
    void aCsvTemplateForEveryAgeHasEveryQuestionOnceAndItsMapping() throws IOException {
        Path csv = dir.resolve("all.csv");
        OtmRunner run = OtmRunner.run("template", "--checkpoint", "all", "-o", csv.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(csv).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)"))
                .hasSize(6 + CATALOG.milestones().size() + CATALOG.generalQuestions().size()
                        + CATALOG.sensorySigns().signs().size());
        assertThat(dir.resolve("all-mapping.json")).exists();
    }

    @Test
    void reportsFhirResponsesWithTheBadOnesNamedByLineAndPointerAndExitsOne() throws IOException {
        Form form = Form.of(CATALOG, C24, List.of("en"));
        String good = ExportShapes.fhirResponse(form, family("MRN-1"), "en");
        String unknownCode = ExportShapes.fhirResponse(form, family("MRN-2"), "en").replaceFirst("\"code\":\"yes\"",
                "\"code\":\"maybe\"");
        Path input = dir.resolve("responses.ndjson");
        Files.writeString(input, good + "\n" + unknownCode + "\n");

        OtmRunner run = OtmRunner.run("score", input.toString(), "--format", "json", "--today", "2026-11-26");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).containsPattern("responses.ndjson:2: at /item/\\d+/item/\\d+/answer/0/valueCoding/code: "
                + "the answer code is not one of yes, sometimes, not-yet, not-sure \\(value 'maybe'\\)")
                .contains("1 row scored, 1 failed");
        assertThat(run.out()).contains("\"id\" : \"MRN-1\"").doesNotContain("MRN-2");
        assertThat(run.out() + run.err()).doesNotContain("Ana").doesNotContain("2024-10-01");
    }

    @Test
    void scoresToAFhirBundleWithEachChildsResponseAndHandoutPdf() throws IOException {
        Form form = Form.of(CATALOG, C24, List.of("en"));
        Path input = dir.resolve("bundle.json");
        Files.writeString(input, "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":"
                + ExportShapes.fhirResponse(form, family("MRN-1"), "en") + "},{\"resource\":"
                + ExportShapes.fhirResponse(form, family("MRN-2"), "es") + "}]}");
        Path output = dir.resolve("for-the-record.json");

        OtmRunner run = OtmRunner.run("score", input.toString(), "--format", "fhir", "-o", output.toString(),
                "--today", "2026-11-26");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String bundle = Files.readString(output);
        assertThat(bundle).startsWith("{\"resourceType\":\"Bundle\",\"type\":\"batch\"");
        assertThat(count(bundle, "\"resourceType\":\"QuestionnaireResponse\"")).isEqualTo(2);
        assertThat(count(bundle, "\"resourceType\":\"DocumentReference\"")).isEqualTo(2);
        assertThat(bundle).contains("\"identifier\":{\"value\":\"MRN-2\"}").contains("\"language\":\"es\"");
        Matcher pdf = Pattern.compile("\"data\":\"([A-Za-z0-9+/=]+)\"").matcher(bundle);
        assertThat(pdf.find()).isTrue();
        assertThat(new String(Base64.getDecoder().decode(pdf.group(1)), 0, 5, StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        assertThat(run.out() + run.err()).doesNotContain("Ana").doesNotContain("2024-10-01");
    }

    @Test
    void readsARedcapRawExportOfTheGeneratedProjectWithAndWithoutItsDictionary() throws IOException {
        Form form = Form.everyCheckpoint(CATALOG, List.of("en"));
        Path dictionary = dir.resolve("dictionary.csv");
        assertThat(OtmRunner.run("template", "--format", "redcap", "--checkpoint", "all", "-o", dictionary.toString())
                .exitCode()).isZero();
        Path export = dir.resolve("export.csv");
        Files.writeString(export, ExportShapes.redcapRaw(form, List.of(family("1001"))));

        OtmRunner plain = OtmRunner.run("score", export.toString(), "--format", "csv", "--today", "2026-11-26");
        OtmRunner withDictionary = OtmRunner.run("score", export.toString(), "--format", "csv", "--today", "2026-11-26",
                "--redcap-dictionary", dictionary.toString());

        assertThat(plain.exitCode()).as(plain.err()).isZero();
        assertThat(withDictionary.exitCode()).as(withDictionary.err()).isZero();
        assertThat(plain.out()).isEqualTo(withDictionary.out()).contains("1001").contains("24m");
    }

    private static ExportShapes.Family family(String id) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        List<Milestone> milestones = CATALOG.milestones(C24);
        for (int i = 0; i < milestones.size(); i++) {
            answers.put(milestones.get(i).id(), i % 4 == 0 ? Answer.NOT_YET : Answer.YES);
        }
        answers.put("general-worried", Answer.NOT_YET);
        return new ExportShapes.Family(id, "Ana", LocalDate.of(2024, 10, 1), Optional.empty(),
                LocalDate.of(2026, 11, 20), C24, answers);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    /** The sheets and shared strings of a workbook, by entry name. */
    private static Map<String, String> sheets(Path xlsx) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        // Read through the central directory, as spreadsheet programs and Python's zipfile do.
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().startsWith("xl/")) {
                    entries.put(entry.getName(), new String(zip.getInputStream(entry).readAllBytes(),
                            StandardCharsets.UTF_8));
                }
            }
        }
        return entries;
    }
}
