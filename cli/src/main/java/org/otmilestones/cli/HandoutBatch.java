package org.otmilestones.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
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
 * name, and hands every row's outcome back in file order; a row that fails never stops the others.
 *
 * <p>Rows are added as the export is read, and only a few per thread are in flight at once, so memory does
 * not grow with the number of rows: a finished row is passed on and dropped.
 */
final class HandoutBatch implements AutoCloseable {

    /** Whether handouts are written, or only rendered to check them. */
    enum Mode {
        WRITE,
        DRY_RUN
    }

    /** Rows in flight per thread: enough to keep every core busy while the oldest row is waited for. */
    private static final int IN_FLIGHT_PER_THREAD = 4;

    private final Catalog catalog;
    private final ReportOptions runOptions;
    private final Path outputDir;
    private final AtomicFiles.Existing existing;
    private final Mode mode;
    private final InputFiles inputs;
    private final Consumer<RowOutcome> done;
    private final int window;
    private final ExecutorService pool;
    /** One renderer for the run, so the wording every handout shares is broken into lines once. */
    private final PdfHandouts renderer = PdfHandouts.create();
    /** Names are given in file order, so they do not depend on thread timing. */
    private final FileNames names = new FileNames();
    /** The languages of the handouts made, so the run can warn once per language the clinic profile lacks. */
    private final java.util.Set<String> languages = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Deque<Pending> pending = new ArrayDeque<>();

    /** A row on its way: its line and id, for an outcome if the work itself dies. */
    private record Pending(int line, String childId, Future<RowOutcome> outcome) {
    }

    /**
     * @param done hears of every row, in file order, on the thread that adds the rows
     */
    HandoutBatch(Catalog catalog, ReportOptions runOptions, Path outputDir, AtomicFiles.Existing existing, Mode mode,
            int threads, InputFiles inputs, Consumer<RowOutcome> done) {
        this.catalog = catalog;
        this.runOptions = runOptions;
        this.outputDir = outputDir;
        this.existing = existing;
        this.mode = mode;
        this.inputs = inputs;
        this.done = done;
        int workers = Math.max(1, threads);
        this.window = workers * IN_FLIGHT_PER_THREAD;
        this.pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "otm-render");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts this row's handout; may first wait for older rows, passing them on. */
    void add(RowScoring.Scored row) {
        // The assessment date keeps next month's handout for the same child, or another child of the
        // same name, from colliding with this one; the checkpoint says which checklist it is.
        var child = row.row().child();
        String person = child.name().filter(n -> !FileNames.foldsToNothing(n)).orElse(child.id());
        String suffix = row.result().checkpoint().id() + "-" + row.result().assessedOn();
        Path target = outputDir.resolve(names.unique(person, suffix, "pdf"));
        enqueue(new Pending(row.row().line(), child.id(), pool.submit(() -> render(row, target))));
    }

    /** A row that has no handout to make (it failed before): passed on in its turn. */
    void add(RowOutcome outcome) {
        enqueue(new Pending(outcome.line(), outcome.childId(), CompletableFuture.completedFuture(outcome)));
    }

    /** Waits for every row and passes the rest on. */
    /** The languages of the handouts made so far, sorted. */
    List<String> languages() {
        return languages.stream().sorted().toList();
    }

    void finish() {
        while (!pending.isEmpty()) {
            passOn(pending.removeFirst());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private void enqueue(Pending row) {
        pending.addLast(row);
        while (!pending.isEmpty() && (pending.size() > window || pending.peekFirst().outcome().isDone())) {
            passOn(pending.removeFirst());
        }
    }

    private void passOn(Pending row) {
        done.accept(await(row));
    }

    private static RowOutcome await(Pending row) {
        try {
            return row.outcome().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RowOutcome.failed(row.line(), row.childId(), "stopped before this handout was written");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof OutOfMemoryError oom) {
                // Not this row's fault: the whole run is short of memory, and says so in one place.
                throw oom;
            }
            return RowOutcome.bug(row.line(), row.childId(), e.getCause());
        }
    }

    private RowOutcome render(RowScoring.Scored row, Path target) {
        int line = row.row().line();
        String childId = row.row().child().id();
        ReportOptions options = HandoutOptionsMixin.forRow(runOptions, catalog, row.row().language());
        languages.add(options.language());
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
            AtomicFiles.write(target, existing, inputs, pdf::writeTo);
            return RowOutcome.done(line, childId, RowOutcome.Status.WRITTEN, row.result(), Optional.of(target), warnings);
        } catch (AtomicFiles.InputFileException e) {
            return RowOutcome.failed(line, childId, "this row's handout file name (see summary.csv) is one of the run's"
                    + " input files, which otm never replaces; write to another folder with -o");
        } catch (FileAlreadyExistsException e) {
            return existingTarget(line, childId, row, target, pdf, warnings);
        } catch (IOException e) {
            return RowOutcome.failed(line, childId, "could not write this row's handout ("
                    + e.getClass().getSimpleName() + "); check that the folder is writable and the disk is not full");
        }
    }

    /** Something is already at the handout's name: the same handout (nothing to do), or a conflict. */
    private static RowOutcome existingTarget(int line, String childId, RowScoring.Scored row, Path target,
            ByteArrayOutputStream pdf, List<String> warnings) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            attributes = null;
        }
        if (attributes == null || !attributes.isRegularFile()) {
            // A link, a folder, a pipe or a device is never read: a pipe would wait forever, /dev/zero never ends.
            return RowOutcome.failed(line, childId, "something that is not a plain file (a link, a folder, a pipe or"
                    + " a device) has this row's handout file name (see summary.csv); move it away, or write to"
                    + " another folder with -o");
        }
        if (attributes.size() == pdf.size() && sameBytes(target, pdf.toByteArray())) {
            // Handouts are deterministic: the same row gives the same file, so a repeated run has nothing to do.
            return RowOutcome.done(line, childId, RowOutcome.Status.UNCHANGED, row.result(), Optional.of(target),
                    warnings);
        }
        return RowOutcome.failed(line, childId, "a different handout with this row's file name already exists"
                + " (see summary.csv); add --force to replace it, or write to another folder with -o");
    }

    /** Compares a plain file of the same size with the new handout, reading no more than the handout's size. */
    private static boolean sameBytes(Path existing, byte[] pdf) {
        try (InputStream in = Files.newInputStream(existing, LinkOption.NOFOLLOW_LINKS)) {
            byte[] found = in.readNBytes(pdf.length + 1);
            return Arrays.equals(found, pdf);
        } catch (IOException e) {
            return false;
        }
    }
}
