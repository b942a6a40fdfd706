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
 * @param result the scored result, when scoring worked
 * @param handout the handout's file, when one was written (or would be, on a dry run)
 * @param error a plain message for staff, when the row failed
 * @param warnings things staff should know about a row that worked
 */
record RowOutcome(int line, String childId, Optional<ChecklistResult> result, Optional<Path> handout,
        Optional<String> error, List<String> warnings) {

    RowOutcome {
        warnings = List.copyOf(warnings);
    }

    static RowOutcome failed(int line, String childId, String error) {
        return new RowOutcome(line, childId, Optional.empty(), Optional.empty(), Optional.of(error), List.of());
    }

    boolean ok() {
        return error.isEmpty();
    }
}
