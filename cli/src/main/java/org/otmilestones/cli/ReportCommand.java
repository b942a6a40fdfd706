package org.otmilestones.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.util.concurrent.Callable;
import org.otmilestones.core.OtmException;
import org.otmilestones.core.Catalog;
import org.otmilestones.survey.ImportResult;
import org.otmilestones.report.Detail;
import org.otmilestones.report.ReportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code otm report}: one PDF handout per row of a survey export, and a summary of every row. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Make one PDF handout per child from a survey export (CSV).",
                "Every row is reported: its handout, or what is wrong and how to fix it.",
                "Existing handouts are never replaced unless you add --force."},
        footer = {"", "Examples:",
                "  otm report examples/google-forms.csv -o reports/",
                "  otm report answers.csv --lang es --paper a4 --clinic clinic.properties",
                "  otm report answers.csv --detail full -o for-the-therapist/",
                "  otm report redcap.csv --redcap-dictionary dictionary.csv --dry-run"})
final class ReportCommand implements Callable<Integer> {

    static final String SUMMARY_FILE = "summary.csv";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ANSWERS.csv", description = "The survey export (CSV), or FHIR QuestionnaireResponses (JSON, NDJSON).")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Folder for the handouts. Default: reports")
    Path outputDir = Path.of("reports");

    @Option(names = "--force", description = "Replace handouts that already exist.")
    boolean force;

    @Option(names = "--dry-run", description = "Check everything, write nothing.")
    boolean dryRun;

    @Option(names = "--threads", paramLabel = "N",
            description = "Handouts made at once, 1 to 4 per core. Default: one per core.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--detail", paramLabel = "parent|full",
            description = {"parent: the pages for the family (default).",
                    "full: those pages, then every question and answer and the full source list, for the therapist."})
    Detail detail = Detail.PARENT;

    @Mixin
    CatalogOption catalogOption;

    @Mixin
    ImportOptionsMixin importOptions;

    @Mixin
    HandoutOptionsMixin handoutOptions;

    @Override
    public Integer call() throws UserException, OtmException {
        int cores = Runtime.getRuntime().availableProcessors();
        if (threads < 1 || threads > cores * 4) {
            throw new UserException(ExitCodes.USAGE, "--threads " + threads + ": give a number from 1 to " + cores * 4
                    + " (4 per core on this computer)");
        }
        importOptions.check();
        Catalog catalog = catalogOption.load();
        // The clinic profile (and its logo) is read and checked once, before any row is done.
        ReportOptions options = handoutOptions.options(catalog).withDetail(detail);
        InputFiles inputs = importOptions.inputs(input).and(catalogOption.file, handoutOptions.clinic);
        RunStop signals = Otm.stop(spec);
        signals.listen();
        try (Run run = new Run(catalog, options, inputs, signals)) {
            ImportResult imported = importOptions.read(input, catalog, run, Otm.standardInput(spec));
            return run.finish(imported);
        } catch (RowScoring.Stop stop) {
            throw stop.reason();
        }
    }

    /** One run: every row is scored, drawn, written, printed and summarised as it comes, in file order. */
    private final class Run extends RowScoring implements AutoCloseable {
        private final Catalog catalog;
        private final ReportOptions options;
        private final InputFiles inputs;
        private final PrintWriter out = spec.commandLine().getOut();
        private final Tally tally = new Tally();
        private ImportResult head;
        private HandoutBatch batch;
        private AtomicFiles.Pending summaryFile;
        private Summary.Csv summary;
        private IOException summaryProblem;
        private final RunStop stop;

        Run(Catalog catalog, ReportOptions options, InputFiles inputs, RunStop stop) {
            super(catalog, stop);
            this.catalog = catalog;
            this.options = options;
            this.inputs = inputs;
            this.stop = stop;
        }

        @Override
        void start(ImportResult head) {
            this.head = head;
            Summary.printImport(out, catalog, head);
            out.flush();
            if (!dryRun) {
                try {
                    prepareOutputDir();
                    summaryFile = AtomicFiles.Pending.beside(outputDir.resolve(SUMMARY_FILE));
                    summary = Summary.Csv.open(catalog, summaryFile.stream());
                } catch (UserException e) {
                    throw new RowScoring.Stop(e);
                } catch (IOException e) {
                    throw new RowScoring.Stop(new UserException(ExitCodes.USAGE, outputDir + ": cannot write in the output folder ("
                            + e.getClass().getSimpleName() + "); choose another folder with -o or check its permissions"));
                }
            }
            batch = new HandoutBatch(catalog, options, outputDir,
                    force ? AtomicFiles.Existing.REPLACE : AtomicFiles.Existing.KEEP,
                    dryRun ? HandoutBatch.Mode.DRY_RUN : HandoutBatch.Mode.WRITE, threads, inputs, this::done);
        }

        @Override
        void scored(Scored row) {
            batch.add(row);
        }

        @Override
        void failed(RowOutcome outcome) {
            batch.add(outcome);
        }

        /** A row is done: it is printed and summarised now, and not kept. */
        private void done(RowOutcome outcome) {
            if (tally.rows() == 0) {
                Summary.printTableHeader(out, catalog);
            }
            tally.add(outcome);
            if (outcome.status() != RowOutcome.Status.NOT_DONE) {
                // The rows not done are counted in one closing line, not listed one by one.
                Summary.printRow(out, catalog, outcome);
            }
            if (summary != null && summaryProblem == null) {
                try {
                    summary.row(outcome);
                } catch (IOException e) {
                    summaryProblem = e;
                }
            }
        }

        int finish(ImportResult imported) throws UserException {
            batch.finish();
            if (tally.rows() > 0) {
                Summary.printStatusWords(out);
            }
            String summaryLine = dryRun ? null : commitSummary();
            out.println();
            // The notes about the rows (repeated ids, dates taken from the completion time) are known only now.
            Summary.printNotes(out, "", imported.warnings().subList(head.warnings().size(), imported.warnings().size()));
            Summary.printNotes(out, "", ClinicCommand.missingNotes(options.clinic(), batch.languages()));
            Summary.printTotals(out, tally, outputDir, dryRun);
            if (summaryLine != null) {
                out.println(summaryLine);
            }
            if (dryRun) {
                out.println("Dry run: nothing was written.");
            }
            out.flush();
            reportBugs();
            if (stop.requested().isPresent()) {
                RunStop.Signal signal = stop.requested().get();
                PrintWriter err = spec.commandLine().getErr();
                err.printf("otm: the run was stopped (SIG%s): %s done, %s%s%n", signal.name(),
                        Tally.count(tally.rows() - tally.notDone(), "row", "rows"), tally.notDoneText(),
                        summaryLine == null ? "" : "; the summary lists every row");
                err.flush();
                return signal.exitCode();
            }
            if (summaryLine == null && !dryRun) {
                spec.commandLine().getErr().println("otm: could not write the summary in " + outputDir + " ("
                        + (summaryProblem == null ? "every name is taken" : summaryProblem.getClass().getSimpleName())
                        + "); the handouts themselves were written");
                spec.commandLine().getErr().flush();
                return Math.max(tally.exitCode(), ExitCodes.SOME_FAILED);
            }
            return tally.exitCode();
        }

        /**
         * Moves the summary into place as summary.csv, or summary-2.csv and so on when that name is taken and
         * --force was not given; returns the closing line that names it, or null when it could not be written.
         */
        private String commitSummary() {
            if (summaryProblem != null) {
                return null;
            }
            String taken = null;
            try {
                summary.flush();
                for (int n = 1; n < 1000; n++) {
                    Path file = outputDir.resolve(n == 1 ? SUMMARY_FILE : "summary-" + n + ".csv");
                    try {
                        summaryFile.commit(file, force && n == 1 ? AtomicFiles.Existing.REPLACE
                                : AtomicFiles.Existing.KEEP, inputs);
                        return "Summary of every row, with its handout file: " + file
                                + (taken == null ? "" : " (" + taken + ")");
                    } catch (AtomicFiles.InputFileException e) {
                        taken = taken != null ? taken : SUMMARY_FILE + " is an input of this run, so it was kept";
                    } catch (FileAlreadyExistsException e) {
                        taken = taken != null ? taken : Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                                ? SUMMARY_FILE + " is from an earlier run" : SUMMARY_FILE + " is taken by something else";
                    }
                }
            } catch (IOException e) {
                summaryProblem = e;
            }
            return null;
        }

        /** A bug stopped some rows: say so plainly, and show the details with --debug. */
        private void reportBugs() {
            if (tally.bugCount() == 0) {
                return;
            }
            PrintWriter err = spec.commandLine().getErr();
            err.printf("otm: a bug in otm stopped %s; the other rows were still done.%n",
                    Tally.count(tally.bugCount(), "row", "rows"));
            if (Otm.debug(spec)) {
                tally.bugs().forEach(b -> b.printStackTrace(err));
            } else {
                err.println("otm: run again with --debug and report what it shows.");
            }
            err.flush();
        }

        @Override
        public void close() {
            if (batch != null) {
                batch.close();
            }
            if (summaryFile != null) {
                try {
                    summaryFile.close();
                } catch (IOException e) {
                    // The temporary summary is hidden and ends in .part; nothing more can be done.
                }
            }
        }
    }

    private void prepareOutputDir() throws UserException {
        OutputFiles.createFolder(outputDir);
        if (!Files.isWritable(outputDir)) {
            throw new UserException(ExitCodes.USAGE, outputDir + ": the output folder is not writable; "
                    + "choose another folder with -o or check its permissions");
        }
    }
}
