package org.otmilestones.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts a run's rows as they pass, keeping only what the closing lines show (the first failed lines, the
 * first bugs), so a run of any size keeps little.
 */
final class Tally {

    /** How many failed lines the closing line lists before "and N more". */
    static final int LINES_SHOWN = 20;
    /** How many bugs keep their stack trace for --debug. */
    private static final int BUGS_KEPT = 10;

    private final Map<RowOutcome.Status, Integer> byStatus = new EnumMap<>(RowOutcome.Status.class);
    private final List<Integer> failedLines = new ArrayList<>();
    private final List<Throwable> bugs = new ArrayList<>();
    private final List<Integer> notDoneLines = new ArrayList<>();
    private int rows;
    private int failed;

    void add(RowOutcome outcome) {
        rows++;
        byStatus.merge(outcome.status(), 1, Integer::sum);
        if (outcome.status() == RowOutcome.Status.NOT_DONE) {
            if (notDoneLines.size() < 2) {
                notDoneLines.add(outcome.line());
            }
        } else if (!outcome.ok()) {
            failed++;
            if (failedLines.size() < LINES_SHOWN) {
                failedLines.add(outcome.line());
            }
        }
        outcome.bug().filter(b -> bugs.size() < BUGS_KEPT).ifPresent(bugs::add);
    }

    int rows() {
        return rows;
    }

    int count(RowOutcome.Status status) {
        return byStatus.getOrDefault(status, 0);
    }

    int failed() {
        return failed;
    }

    /** "7, 8" or "2, 3, ... and 480 more": the failed lines, the list capped. */
    String failedLines() {
        String listed = String.join(", ", failedLines.stream().map(String::valueOf).toList());
        return failed > failedLines.size() ? listed + " and " + (failed - failedLines.size()) + " more" : listed;
    }

    /** How many rows the run stopped before doing. */
    int notDone() {
        return count(RowOutcome.Status.NOT_DONE);
    }

    /**
     * "1 row not done (line 7)" or "3 rows not done (lines 7 on)": the rows a stopped run did not do, which
     * are the file's last rows; "no row left undone" when the stop came after the last row.
     */
    String notDoneText() {
        if (notDone() == 0) {
            return "no row left undone";
        }
        return count(notDone(), "row", "rows") + " not done (" + (notDone() == 1 ? "line " + notDoneLines.get(0)
                : "lines " + notDoneLines.get(0) + " on") + ")";
    }

    int bugCount() {
        return count(RowOutcome.Status.BUG);
    }

    /** The first bugs, for --debug. */
    List<Throwable> bugs() {
        return List.copyOf(bugs);
    }

    /** 3 for any bug, else 1 for any failed row, else 0. */
    int exitCode() {
        if (bugCount() > 0) {
            return ExitCodes.INTERNAL;
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    /** "1 row", "2 rows": a count with its noun, singular for one. */
    static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
