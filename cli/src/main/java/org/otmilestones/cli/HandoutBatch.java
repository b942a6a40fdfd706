package org.otmilestones.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
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
            String stem = row.row().child().name().orElse(row.row().child().id()) + " " + row.result().checkpoint().id();
            targets.add(outputDir.resolve(names.unique(stem, "pdf")));
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
            return RowOutcome.failed(row.row().line(), row.row().child().id(), "interrupted before this handout was written");
        } catch (ExecutionException e) {
            return RowOutcome.failed(row.row().line(), row.row().child().id(),
                    "the handout could not be made: " + e.getCause());
        }
    }

    private RowOutcome render(RowScoring.Scored row, Path target) {
        int line = row.row().line();
        String childId = row.row().child().id();
        ReportOptions options = HandoutOptionsMixin.forRow(runOptions, catalog, row.row().language());
        RenderResult[] rendered = new RenderResult[1];
        try {
            if (mode == Mode.DRY_RUN) {
                if (existing == AtomicFiles.Existing.KEEP && java.nio.file.Files.exists(target)) {
                    throw new FileAlreadyExistsException(target.toString());
                }
                rendered[0] = PdfHandouts.render(row.result(), catalog, options, OutputStream.nullOutputStream());
            } else {
                AtomicFiles.write(target, existing,
                        out -> rendered[0] = PdfHandouts.render(row.result(), catalog, options, out));
            }
        } catch (FileAlreadyExistsException e) {
            return RowOutcome.failed(line, childId, target + " already exists; add --force to replace it, "
                    + "or write to another folder with -o");
        } catch (IOException e) {
            return RowOutcome.failed(line, childId, "could not write " + target + ": " + e.getMessage()
                    + "; check that the folder is writable and the disk is not full");
        }
        List<String> warnings = new ArrayList<>(row.warnings());
        warnings.addAll(rendered[0].warnings());
        return new RowOutcome(line, childId, Optional.of(row.result()), Optional.of(target), Optional.empty(), warnings);
    }
}
