package org.otmilestones.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.otmilestones.core.OtmException;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.VisibleText;
import org.otmilestones.survey.ImportResult;
import org.otmilestones.core.results.ResultJson;
import org.otmilestones.report.ReportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code otm score}: the scored results without handouts, as JSON or CSV for a clinic's record system. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Score a survey export for a record system, without handouts.",
                "JSON follows the result format in docs/library.md; CSV has one row per child.",
                "FHIR is a Bundle with, per child, the QuestionnaireResponse and the handout",
                "PDF (a DocumentReference): health data, for the clinic's health record only.",
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
        importOptions.check();
        Catalog catalog = catalogOption.load();
        InputFiles inputs = importOptions.inputs(input).and(catalogOption.file, handoutOptions.clinic);
        // Only --format fhir makes handouts; the clinic profile is read (and its logo checked) before any row.
        ReportOptions handouts = format == Format.FHIR ? handoutOptions.options(catalog) : null;
        if (output != null) {
            // Checked before any work, and again when the file is moved into place.
            OutputFiles.checkTarget(output, force, inputs);
        }
        PrintWriter err = spec.commandLine().getErr();
        Tally tally = new Tally();
        ImportResult imported;
        RunStop stop = Otm.stop(spec);
        stop.listen();
        try (AtomicFiles.Pending file = output == null ? null : AtomicFiles.Pending.beside(output)) {
            OutputStream stream = file == null ? new Utf8ToWriter(spec.commandLine().getOut()) : file.stream();
            Results[] results = new Results[1];
            imported = importOptions.read(input, catalog, new RowScoring(catalog, stop) {
                @Override
                void start(ImportResult head) {
                    // Started only once the file is known to be readable, so a refused file writes nothing.
                    try {
                        results[0] = switch (format) {
                            case JSON -> new JsonResults(stream);
                            case CSV -> new CsvResults(catalog, stream);
                            case FHIR -> new FhirResults(FhirScoreOutput.open(catalog, handouts, stream));
                        };
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                void scored(Scored row) {
                    RowOutcome outcome = RowOutcome.done(row.row().line(), row.row().child().id(),
                            RowOutcome.Status.CHECKED, row.result(), Optional.empty(), row.warnings());
                    tally.add(outcome);
                    results[0].write(row, outcome);
                }

                @Override
                void failed(RowOutcome outcome) {
                    tally.add(outcome);
                    if (outcome.status() != RowOutcome.Status.NOT_DONE) {
                        outcome.problems().forEach(p -> err.println(VisibleText.of(p)));
                    }
                    results[0].write(null, outcome);
                }
            }, Otm.standardInput(spec));
            results[0].close();
            stream.flush();
            if (file != null) {
                commit(file, inputs);
            }
        } catch (UncheckedIOException | IOException e) {
            IOException cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
            throw new UserException(ExitCodes.SOME_FAILED, "could not write the results"
                    + (output == null ? "" : " to " + output) + " (" + cause.getClass().getSimpleName()
                    + "); check that the folder is writable and the disk is not full", cause);
        }
        // What report shows before its table (resources left out, dates taken from the completion time),
        // score says too, so nothing in the input goes without a word.
        imported.warnings().forEach(w -> err.println("note: " + VisibleText.of(w)));
        err.printf("%s scored, %d failed%s%n", Tally.count(tally.rows() - tally.failed() - tally.notDone(), "row", "rows"),
                tally.failed(), output == null ? "" : "; results in " + output);
        if (stop.requested().isPresent()) {
            RunStop.Signal signal = stop.requested().get();
            err.printf("otm: the run was stopped (SIG%s): %s%s%n", signal.name(), tally.notDoneText(),
                    format == Format.CSV && tally.notDone() > 0 ? "; the results list them as \"" + RunStop.NOT_DONE
                            + "\"" : "");
            err.flush();
            return signal.exitCode();
        }
        err.flush();
        return tally.exitCode();
    }

    private void commit(AtomicFiles.Pending file, InputFiles inputs) throws IOException, UserException {
        try {
            file.commit(output, force ? AtomicFiles.Existing.REPLACE : AtomicFiles.Existing.KEEP, inputs);
        } catch (AtomicFiles.InputFileException e) {
            OutputFiles.checkTarget(output, force, inputs);
            throw e;
        } catch (FileAlreadyExistsException e) {
            // Another program made the file while the results were being written.
            throw new UserException(ExitCodes.USAGE,
                    output + " already exists; add --force to replace it, or choose another name with -o");
        }
    }

    /** Where the results go, one row at a time. */
    private interface Results {
        /** One row: {@code scored} is its scored row, or null when it failed. */
        void write(RowScoring.Scored scored, RowOutcome outcome);

        void close() throws IOException;
    }

    /** A JSON array of the rows that scored; the failed rows are on the error output. */
    private static final class JsonResults implements Results {
        private final ResultJson.ArrayWriter array;
        private final Writer writer;

        JsonResults(OutputStream stream) throws IOException {
            this.writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
            this.array = ResultJson.openArray(writer);
        }

        @Override
        public void write(RowScoring.Scored scored, RowOutcome outcome) {
            if (outcome.result().isPresent()) {
                try {
                    array.write(outcome.result().get());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        @Override
        public void close() throws IOException {
            array.close();
            writer.write('\n');
            writer.flush();
        }
    }

    /** A CSV row for every row, the failed ones with their problems. */
    private static final class CsvResults implements Results {
        private final Summary.Csv csv;

        CsvResults(Catalog catalog, OutputStream stream) throws IOException {
            this.csv = Summary.Csv.withoutHandouts(catalog,
                    new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)));
        }

        @Override
        public void write(RowScoring.Scored scored, RowOutcome outcome) {
            try {
                csv.row(outcome);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            csv.flush();
        }
    }

    /** A FHIR Bundle with each scored row's response and handout; the failed rows are on the error output. */
    private static final class FhirResults implements Results {
        private final FhirScoreOutput bundle;

        FhirResults(FhirScoreOutput bundle) {
            this.bundle = bundle;
        }

        @Override
        public void write(RowScoring.Scored scored, RowOutcome outcome) {
            if (scored != null) {
                try {
                    bundle.add(scored);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        @Override
        public void close() throws IOException {
            bundle.close();
        }
    }
}
