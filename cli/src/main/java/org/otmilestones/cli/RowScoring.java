package org.otmilestones.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.InvalidAssessmentException;
import org.otmilestones.core.scoring.ChecklistResult;
import org.otmilestones.core.scoring.ChecklistScorer;
import org.otmilestones.core.scoring.Note;
import org.otmilestones.survey.AssessmentDateSource;
import org.otmilestones.survey.ImportResult;
import org.otmilestones.survey.ImportedRow;
import org.otmilestones.survey.RowError;
import org.otmilestones.survey.RowHandler;

/**
 * Scores the import's rows one at a time, in file order, as they are read: each row either scores or becomes
 * one failed outcome listing all its problems; no row is lost and none is kept.
 */
abstract class RowScoring implements RowHandler {

    /** A row that scored, with the row it came from. */
    record Scored(ImportedRow row, ChecklistResult result, List<String> warnings) {
    }

    /** Stops the import from inside a handler with a problem for the user, such as an output folder that cannot be made. */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop(UserException reason) {
            super(reason.getMessage(), reason);
        }

        UserException reason() {
            return (UserException) getCause();
        }
    }

    private final Catalog catalog;
    private final RunStop stop;
    private StaffMessages messages;
    private String file;

    RowScoring(Catalog catalog) {
        this(catalog, RunStop.inProcess());
    }

    /** Rows that come after {@code stop} was asked for are not done, each reported as such. */
    RowScoring(Catalog catalog, RunStop stop) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.stop = Objects.requireNonNull(stop, "stop");
    }

    /** True once the run was asked to stop: the rows still to come are reported as not done. */
    final boolean stopping() {
        return stop.requested().isPresent();
    }

    /** How the file was understood, before its first row. */
    abstract void start(ImportResult head);

    /** A row that scored. */
    abstract void scored(Scored row);

    /** A row that could not be read or scored. */
    abstract void failed(RowOutcome outcome);

    @Override
    public final void started(ImportResult head) {
        messages = StaffMessages.of(head);
        file = head.file();
        start(head);
    }

    @Override
    public final void row(ImportedRow row) {
        if (stopping()) {
            failed(RowOutcome.notDone(row.line(), row.child().id()));
            return;
        }
        ChecklistResult result;
        try {
            result = ChecklistScorer.score(catalog, row.child(), row.answers(), row.assessedOn());
        } catch (InvalidAssessmentException e) {
            // The import checks ages and dates itself; this only catches what it could not know.
            failed(RowOutcome.failed(row.line(), row.child().id(), file + ":" + row.line() + ": " + e.getMessage()));
            return;
        }
        scored(new Scored(row, result, warnings(row, result)));
    }

    @Override
    public final void failed(int line, List<RowError> errors) {
        failed(line, java.util.Optional.empty(), errors);
    }

    @Override
    public final void failed(int line, java.util.Optional<String> childId, List<RowError> errors) {
        String id = childId.orElse("");
        if (stopping()) {
            failed(RowOutcome.notDone(line, id));
            return;
        }
        failed(RowOutcome.failed(line, id, errors.stream().map(messages::describe).toList()));
    }

    private static List<String> warnings(ImportedRow row, ChecklistResult result) {
        List<String> warnings = new ArrayList<>();
        for (Note note : result.notes()) {
            warnings.add(note.detail());
        }
        if (row.assessedOnSource() == AssessmentDateSource.TODAY) {
            warnings.add("no assessment date or completion time in the row, so today's date was used");
        }
        return warnings;
    }
}
