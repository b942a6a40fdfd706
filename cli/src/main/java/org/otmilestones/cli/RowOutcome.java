package org.otmilestones.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.otmilestones.core.scoring.ChecklistResult;

/**
 * What happened to one row of the input: its result and handout, or the reason it has none.
 *
 * @param line the file line the row starts on
 * @param childId the child's id, or empty when the row could not be read far enough
 * @param status what happened
 * @param result the scored result, when scoring worked
 * @param handout the handout's file, when there is one (or would be, on a dry run)
 * @param problems plain messages for staff, one per problem, when the row failed (no names or birth dates)
 * @param bug the exception, when a bug in otm stopped the row
 * @param warnings things staff should know about a row that worked
 */
record RowOutcome(int line, String childId, Status status, Optional<ChecklistResult> result, Optional<Path> handout,
        List<String> problems, Optional<Throwable> bug, List<String> warnings) {

    /** What happened to a row. */
    enum Status {
        /** A new handout was written. */
        WRITTEN,
        /** The same handout, byte for byte, was already there (a run repeated): nothing to do. */
        UNCHANGED,
        /** Scored, or on a dry run checked, without writing a handout. */
        CHECKED,
        /** The row could not be used; the message says why and how to fix it. */
        FAILED,
        /** A bug in otm stopped this row. */
        BUG,
        /** The run was stopped (Ctrl+C, SIGTERM) before this row was done. */
        NOT_DONE
    }

    RowOutcome {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        boolean worked = status != Status.FAILED && status != Status.BUG && status != Status.NOT_DONE;
        if (problems.isEmpty() != worked) {
            throw new IllegalArgumentException("problems must be given exactly when the row failed, status " + status);
        }
    }

    static RowOutcome failed(int line, String childId, String problem) {
        return failed(line, childId, List.of(problem));
    }

    /** A row with several problems: it fails once, with each problem listed. */
    static RowOutcome failed(int line, String childId, List<String> problems) {
        return new RowOutcome(line, childId, Status.FAILED, Optional.empty(), Optional.empty(), problems,
                Optional.empty(), List.of());
    }

    static RowOutcome bug(int line, String childId, Throwable bug) {
        return new RowOutcome(line, childId, Status.BUG, Optional.empty(), Optional.empty(),
                List.of("a bug in otm stopped this row (" + bug.getClass().getSimpleName()
                        + "); run again with --debug and report what it shows"), Optional.of(bug), List.of());
    }

    static RowOutcome done(int line, String childId, Status status, ChecklistResult result, Optional<Path> handout,
            List<String> warnings) {
        return new RowOutcome(line, childId, status, Optional.of(result), handout, List.of(), Optional.empty(),
                warnings);
    }

    /** A row the run stopped before doing; summary.csv says so in its problem column. */
    static RowOutcome notDone(int line, String childId) {
        return new RowOutcome(line, childId, Status.NOT_DONE, Optional.empty(), Optional.empty(),
                List.of(RunStop.NOT_DONE), Optional.empty(), List.of());
    }

    boolean ok() {
        return status != Status.FAILED && status != Status.BUG && status != Status.NOT_DONE;
    }

    /** The problems as one text, for a file with one cell per row. */
    String problemsText() {
        return String.join(" | ", problems);
    }
}
