package org.otmilestones.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.otmilestones.core.OtmException;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.survey.ImportResult;
import org.otmilestones.core.results.ResultJson;
import org.otmilestones.core.scoring.ChecklistResult;
import org.otmilestones.report.ReportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code otm score}: the scored results without handouts, as JSON or CSV for a clinic's record system. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Score a survey export without making handouts, for a clinic's record system.",
                "JSON follows the result format in the README; CSV has one row per child.",
                "FHIR is a Bundle with, per child, the QuestionnaireResponse and the handout PDF",
                "(a DocumentReference): health data, for the clinic's health record only.",
                "Rows that cannot be scored are listed on the error output."},
        footer = {"", "Examples:", "  otm score examples/google-forms.csv --format json -o results.json",
                "  otm score answers.csv --format csv > results.csv",
                "  otm score responses.ndjson --format fhir -o for-the-record.json"})
final class ScoreCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format {
        JSON,
        CSV,
        FHIR
    }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ANSWERS.csv", description = "The survey export (CSV), or FHIR QuestionnaireResponses (JSON, NDJSON).")
    Path input;

    @Option(names = "--format", paramLabel = "json|csv|fhir", description = "Output format. Default: json.")
    Format format = Format.JSON;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file instead of the screen.")
    Path output;

    @Option(names = "--force", description = "Replace the output file if it exists.")
    boolean force;

    @Mixin
    CatalogOption catalogOption;

    @Mixin
    ImportOptionsMixin importOptions;

    /** Only --format fhir makes handouts; these options shape them. */
    @Mixin
    HandoutOptionsMixin handoutOptions;

    @Override
    public Integer call() throws UserException, OtmException {
        Catalog catalog = catalogOption.load();
        ImportResult imported = importOptions.read(input, catalog);
        RowScoring scoring = RowScoring.of(imported, catalog);
        List<RowOutcome> outcomes = new ArrayList<>(scoring.failed());
        outcomes.addAll(scoring.scoredOutcomes());
        outcomes.sort(Comparator.comparingInt(RowOutcome::line));

        if (format == Format.FHIR) {
            ReportOptions options = handoutOptions.options(catalog);
            AtomicFiles.Content content = stream -> FhirScoreOutput.write(scoring.scored(), catalog, options, stream);
            if (output == null) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try {
                    content.writeTo(bytes);
                } catch (IOException e) {
                    throw new UserException(ExitCodes.INTERNAL, "could not make the handouts: " + e.getMessage(), e);
                }
                PrintWriter out = spec.commandLine().getOut();
                out.print(bytes.toString(StandardCharsets.UTF_8));
                out.flush();
            } else {
                OutputFiles.write(output, force, content);
            }
            return finish(outcomes);
        }
        byte[] bytes = render(catalog, outcomes);
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(new String(bytes, StandardCharsets.UTF_8));
            out.flush();
        } else {
            OutputFiles.write(output, force, stream -> stream.write(bytes));
        }
        return finish(outcomes);
    }

    private int finish(List<RowOutcome> outcomes) {
        PrintWriter err = spec.commandLine().getErr();
        List<RowOutcome> failed = outcomes.stream().filter(o -> !o.ok()).toList();
        for (RowOutcome outcome : failed) {
            err.println(outcome.error().orElseThrow());
        }
        err.printf("%d rows scored, %d failed%s%n", outcomes.size() - failed.size(), failed.size(),
                output == null ? "" : "; results in " + output);
        err.flush();
        return failed.isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    private byte[] render(Catalog catalog, List<RowOutcome> outcomes) throws UserException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (format == Format.JSON) {
                List<ChecklistResult> results = outcomes.stream().flatMap(o -> o.result().stream()).toList();
                ResultJson.writeAll(results, bytes);
                bytes.write('\n');
            } else {
                Summary.writeCsv(catalog, outcomes, bytes);
            }
        } catch (IOException e) {
            throw new UserException(ExitCodes.INTERNAL, "could not format the results: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

}
