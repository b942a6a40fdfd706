package org.otmilestones.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.otmilestones.core.OtmException;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.survey.ImportResult;
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

    @Option(names = "--threads", paramLabel = "N", description = "Handouts made at once. Default: one per core.")
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
        PrintWriter out = spec.commandLine().getOut();
        Catalog catalog = catalogOption.load();
        ReportOptions options = handoutOptions.options(catalog).withDetail(detail);
        ImportResult imported = importOptions.read(input, catalog);
        Summary.printImport(out, catalog, imported);
        if (!dryRun) {
            prepareOutputDir();
        }

        RowScoring scoring = RowScoring.of(imported, catalog);
        List<RowOutcome> outcomes = new ArrayList<>(scoring.failed());
        HandoutBatch batch = new HandoutBatch(catalog, options, outputDir,
                force ? AtomicFiles.Existing.REPLACE : AtomicFiles.Existing.KEEP,
                dryRun ? HandoutBatch.Mode.DRY_RUN : HandoutBatch.Mode.WRITE, threads);
        try (ProgressBar progress = progressBar(scoring.scored().size())) {
            Consumer<RowOutcome> done = progress == null ? o -> { } : o -> progress.step();
            outcomes.addAll(batch.run(scoring.scored(), done));
        }
        outcomes.sort(Comparator.comparingInt(RowOutcome::line));

        Summary.printRows(out, catalog, outcomes);
        String summaryFile = dryRun ? null : writeSummary(catalog, outcomes);
        out.println();
        Summary.printTotals(out, outcomes, outputDir, dryRun);
        if (summaryFile != null) {
            out.println("Summary of every row, with its handout file: " + summaryFile);
        }
        if (dryRun) {
            out.println("Dry run: nothing was written.");
        }
        out.flush();
        reportBugs(outcomes);
        return RowOutcome.exitCode(outcomes);
    }

    /** A bug stopped some rows: say so plainly, and show the details with --debug. */
    private void reportBugs(List<RowOutcome> outcomes) {
        List<RowOutcome> bugs = outcomes.stream().filter(o -> o.bug().isPresent()).toList();
        if (bugs.isEmpty()) {
            return;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.printf("otm: a bug in otm stopped %d %s; the other rows were still done.%n", bugs.size(),
                bugs.size() == 1 ? "row" : "rows");
        if (Otm.debug(spec)) {
            bugs.forEach(o -> o.bug().orElseThrow().printStackTrace(err));
        } else {
            err.println("otm: run again with --debug and report what it shows.");
        }
        err.flush();
    }

    private void prepareOutputDir() throws UserException {
        try {
            Files.createDirectories(outputDir);
        } catch (IOException e) {
            throw new UserException(ExitCodes.USAGE, outputDir + ": cannot create the output folder ("
                    + e.getClass().getSimpleName() + "); choose another folder with -o");
        }
        if (!Files.isWritable(outputDir)) {
            throw new UserException(ExitCodes.USAGE, outputDir + ": the output folder is not writable; "
                    + "choose another folder with -o or check its permissions");
        }
    }

    /** Writes summary.csv, or summary-2.csv and so on when one exists and --force was not given. */
    private String writeSummary(Catalog catalog, List<RowOutcome> outcomes) throws UserException {
        for (int n = 1; n < 1000; n++) {
            Path file = outputDir.resolve(n == 1 ? SUMMARY_FILE : "summary-" + n + ".csv");
            try {
                AtomicFiles.write(file, force && n == 1 ? AtomicFiles.Existing.REPLACE : AtomicFiles.Existing.KEEP,
                        stream -> Summary.writeCsv(catalog, outcomes, stream));
                return file.toString();
            } catch (FileAlreadyExistsException e) {
                // Keep the earlier run's summary; try the next name.
            } catch (IOException e) {
                throw new UserException(ExitCodes.SOME_FAILED, "could not write the summary " + file + ": "
                        + e.getMessage() + "; the handouts themselves were written");
            }
        }
        throw new UserException(ExitCodes.SOME_FAILED, outputDir + " holds 999 summaries; clear it out");
    }

    /** A progress bar on the terminal only: none when the output goes to a file or another program. */
    private ProgressBar progressBar(int rows) {
        if (System.console() == null || dryRun || rows < 2) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName("Handouts").setInitialMax(rows)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err))
                .continuousUpdate().build();
    }
}
