package org.otmilestones.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.otmilestones.core.Catalog;
import org.otmilestones.report.ReportOptions;
import org.otmilestones.report.pdf.PdfHandouts;
import org.otmilestones.report.pdf.RenderResult;

/**
 * Renders one handout per scored row on every core, each written atomically under a safe, unique
 * name; a row that fails never stops the others.
 */
final class HandoutBatch {

    /** Whether handouts are written, or only rendered to check them. */
    enum Mode {
        WRITE,
        DRY_RUN
    }

    private final Catalog catalog;
    private final ReportOptions runOptions;
    private final Path outputDir;
    private final AtomicFiles.Existing existing;
    private final Mode mode;
    private final int threads;
    /** One renderer for the run, so the wording every handout shares is broken into lines once. */
    private final PdfHandouts renderer = PdfHandouts.create();

    HandoutBatch(Catalog catalog, ReportOptions runOptions, Path outputDir, AtomicFiles.Existing existing, Mode mode,
            int threads) {
        this.catalog = catalog;
        this.runOptions = runOptions;
        this.outputDir = outputDir;
        this.existing = existing;
        this.mode = mode;
        this.threads = Math.max(1, threads);
    }

    /** Renders every row; {@code done} hears of each row as it finishes (from worker threads). */
    List<RowOutcome> run(List<RowScoring.Scored> rows, Consumer<RowOutcome> done) {
        // Names are given in file order before any work starts, so they do not depend on thread timing.
        FileNames names = new FileNames();
        List<Path> targets = new ArrayList<>(rows.size());
        for (RowScoring.Scored row : rows) {
            // The assessment date keeps next month's handout for the same child, or another child of the
            // same name, from colliding with this one; the checkpoint says which checklist it is.
            var child = row.row().child();
            String person = child.name().filter(n -> !FileNames.foldsToNothing(n)).orElse(child.id());
            String suffix = row.result().checkpoint().id() + "-" + row.result().assessedOn();
            targets.add(outputDir.resolve(names.unique(person, suffix, "pdf")));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "otm-render");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<RowOutcome>> futures = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                RowScoring.Scored row = rows.get(i);
                Path target = targets.get(i);
                futures.add(pool.submit(() -> {
                    RowOutcome outcome = render(row, target);
                    done.accept(outcome);
                    return outcome;
                }));
            }
            List<RowOutcome> outcomes = new ArrayList<>(rows.size());
            for (int i = 0; i < futures.size(); i++) {
                outcomes.add(await(futures.get(i), rows.get(i)));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private RowOutcome await(Future<RowOutcome> future, RowScoring.Scored row) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RowOutcome.failed(row.row().line(), row.row().child().id(), "stopped before this handout was written");
        } catch (ExecutionException e) {
            return RowOutcome.bug(row.row().line(), row.row().child().id(), e.getCause());
        }
    }

    private RowOutcome render(RowScoring.Scored row, Path target) {
        int line = row.row().line();
        String childId = row.row().child().id();
        ReportOptions options = HandoutOptionsMixin.forRow(runOptions, catalog, row.row().language());
        List<String> warnings = new ArrayList<>(row.warnings());
        row.row().language().filter(l -> !l.equals(options.language())).ifPresent(l -> warnings.add(
                "the handout texts have no '" + l + "', so this handout is in '" + options.language() + "'"));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(96 * 1024);
        RenderResult rendered;
        try {
            rendered = renderer.handout(row.result(), catalog, options, pdf);
        } catch (IOException e) {
            return RowOutcome.bug(line, childId, e);
        }
        warnings.addAll(rendered.warnings());
        if (mode == Mode.DRY_RUN) {
            return RowOutcome.done(line, childId, RowOutcome.Status.CHECKED, row.result(), Optional.of(target), warnings);
        }
        // File paths hold children's names, so no message below names the file: summary.csv does.
        try {
            AtomicFiles.write(target, existing, pdf::writeTo);
            return RowOutcome.done(line, childId, RowOutcome.Status.WRITTEN, row.result(), Optional.of(target), warnings);
        } catch (FileAlreadyExistsException e) {
            if (sameBytes(target, pdf)) {
                // Handouts are deterministic: the same row gives the same file, so a repeated run has nothing to do.
                return RowOutcome.done(line, childId, RowOutcome.Status.UNCHANGED, row.result(), Optional.of(target),
                        warnings);
            }
            return RowOutcome.failed(line, childId, "a different handout with this row's file name already exists"
                    + " (see summary.csv); add --force to replace it, or write to another folder with -o");
        } catch (IOException e) {
            return RowOutcome.failed(line, childId, "could not write this row's handout ("
                    + e.getClass().getSimpleName() + "); check that the folder is writable and the disk is not full");
        }
    }

    private static boolean sameBytes(Path existing, ByteArrayOutputStream pdf) {
        try {
            return java.util.Arrays.equals(Files.readAllBytes(existing), pdf.toByteArray());
        } catch (IOException e) {
            return false;
        }
    }
}
