package org.otmilestones.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.catalog.Catalogs;
import org.otmilestones.core.scoring.NextStep;
import org.otmilestones.core.testing.DocExamples;
import org.otmilestones.report.Block;
import org.otmilestones.report.Handouts;
import org.otmilestones.report.ReportOptions;
import org.otmilestones.survey.ImportOptions;
import org.otmilestones.survey.ImportResult;
import org.otmilestones.survey.SurveyImports;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * For every example export, every child's one next step is the same in the handout's page 1, in
 * {@code otm score} as JSON, CSV and FHIR: each lists the rows in the file's order.
 */
class NextStepEverywhereTest {

    private static final Catalog CATALOG = Catalogs.loadBundled();
    private static final String TODAY = "2026-11-26";
    private static final Map<NextStep, String> LEADS = Map.of(
            NextStep.DOCTOR_SOON, "Please talk to your child's doctor soon.",
            NextStep.OT_EVALUATION, "Ask your child's doctor about an OT evaluation.",
            NextStep.CHECK_AGAIN, "Practice with the ideas in this handout, and answer this checklist again",
            NextStep.ANSWER_REST, "Please answer the questions left blank.",
            NextStep.KEEP_PLAYING, "Keep playing and practicing together.");

    private static String[] args(String example, String... more) {
        List<String> args = new ArrayList<>(List.of("score", DocExamples.root().resolve("examples/" + example).toString(),
                "--today", TODAY));
        if (example.equals("custom-form.csv")) {
            args.addAll(List.of("--mapping", DocExamples.root().resolve("examples/custom-form-mapping.json").toString()));
        }
        if (example.equals("redcap.csv")) {
            args.addAll(List.of("--redcap-dictionary", DocExamples.root().resolve("examples/redcap-dictionary.csv").toString()));
        }
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @ParameterizedTest
    @ValueSource(strings = {"google-forms.csv", "microsoft-forms-excel.csv", "qualtrics.csv", "redcap.csv",
        "surveymonkey.csv", "custom-form.csv"})
    void givesEveryChildTheSameNextStepInTheHandoutAndEveryScoreFormat(String example) throws Exception {
        List<String> fromJson = new ArrayList<>();
        JsonMapper json = JsonMapper.builder().build();
        OtmRunner jsonRun = OtmRunner.run(args(example, "--format", "json"));
        JsonNode parsed = json.readTree("[" + jsonRun.out().strip().replaceAll("}\\s*\\n\\{", "},{") + "]");
        JsonNode results = parsed.size() == 1 && parsed.get(0).isArray() ? parsed.get(0) : parsed;
        results.forEach(r -> fromJson.add(r.get("child").get("id").asString() + " " + r.get("nextStep").asString()));

        List<String> fromCsv = new ArrayList<>();
        OtmRunner csvRun = OtmRunner.run(args(example, "--format", "csv"));
        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csvRun.out()))) {
            for (CSVRecord r : parser) {
                if (r.get("error").isEmpty()) {
                    fromCsv.add(r.get("child_id") + " " + r.get("next_step").toUpperCase());
                }
            }
        }

        List<String> fromFhir = new ArrayList<>();
        OtmRunner fhirRun = OtmRunner.run(args(example, "--format", "fhir"));
        json.readTree(fhirRun.out()).get("entry").forEach(e -> {
            JsonNode resource = e.get("resource");
            if (resource.get("resourceType").asString().equals("DocumentReference")) {
                fromFhir.add(resource.get("subject").get("identifier").get("value").asString() + " "
                        + resource.get("category").get(0).get("coding").get(0).get("code").asString());
            }
        });

        List<String> fromHandout = new ArrayList<>();
        List<String> wrongLead = new ArrayList<>();
        Path file = DocExamples.root().resolve("examples/" + example);
        ImportOptions options = ImportOptions.defaults(LocalDate.parse(TODAY));
        if (example.equals("custom-form.csv")) {
            options = options.withMapping(org.otmilestones.survey.ColumnMappings.load(
                    DocExamples.root().resolve("examples/custom-form-mapping.json")));
        }
        if (example.equals("redcap.csv")) {
            options = options.withMapping(org.otmilestones.survey.ColumnMappings.fromRedcapDataDictionary(
                    DocExamples.root().resolve("examples/redcap-dictionary.csv"), CATALOG));
        }
        SurveyImports.read(file, CATALOG, options, new RowScoring(CATALOG) {
            @Override
            void start(ImportResult head) {
            }

            @Override
            void scored(Scored row) {
                NextStep step = row.result().nextStep();
                fromHandout.add(row.result().child().id() + " " + step.name());
                Block.Callout box = (Block.Callout) Handouts.describe(row.result(), CATALOG, ReportOptions.defaults())
                        .blocks().stream().filter(Block.Callout.class::isInstance).findFirst().orElseThrow();
                String lead = ((Block.Paragraph) box.blocks().get(1)).text().plain();
                if (!lead.startsWith(LEADS.get(step))) {
                    wrongLead.add(row.result().child().id() + ": " + step + " but page 1 says " + lead);
                }
            }

            @Override
            void failed(RowOutcome outcome) {
            }
        });

        assertThat(fromHandout).as(example).isNotEmpty();
        assertThat(wrongLead).as(example).isEmpty();
        assertThat(fromJson).as(example + " JSON").isEqualTo(fromHandout);
        assertThat(fromCsv).as(example + " CSV").isEqualTo(fromHandout);
        assertThat(fromFhir).as(example + " FHIR").isEqualTo(fromHandout);
    }
}
