package org.otmilestones.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.InvalidAssessmentException;
import org.otmilestones.core.survey.ImportResult;
import org.otmilestones.core.survey.AssessmentDateSource;
import org.otmilestones.core.survey.ImportedRow;
import org.otmilestones.core.survey.RowError;
import org.otmilestones.core.scoring.ChecklistResult;
import org.otmilestones.core.scoring.ChecklistScorer;
import org.otmilestones.core.scoring.Note;

/** Scores every imported row, turning each import error and scoring error into a failed outcome; loses no row. */
final class RowScoring {

    /** A row that scored, with the row it came from. */
    record Scored(ImportedRow row, ChecklistResult result, List<String> warnings) {
    }

    private final List<Scored> scored = new ArrayList<>();
    private final List<RowOutcome> failed = new ArrayList<>();

    static RowScoring of(ImportResult imported, Catalog catalog) {
        RowScoring scoring = new RowScoring();
        StaffMessages messages = StaffMessages.of(imported);
        for (RowError error : imported.errors()) {
            scoring.failed.add(RowOutcome.failed(error.line(), "", messages.describe(error)));
        }
        for (ImportedRow row : imported.rows()) {
            try {
                ChecklistResult result = ChecklistScorer.score(catalog, row.child(), row.answers(), row.assessedOn());
                scoring.scored.add(new Scored(row, result, warnings(row, result)));
            } catch (InvalidAssessmentException e) {
                // The import checks ages and dates itself; this only catches what it could not know.
                scoring.failed.add(RowOutcome.failed(row.line(), row.child().id(),
                        imported.file() + ":" + row.line() + ": " + e.getMessage()));
            }
        }
        return scoring;
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

    List<Scored> scored() {
        return scored;
    }

    List<RowOutcome> failed() {
        return failed;
    }

    /** Outcomes for the scored rows without handouts (for {@code otm score}). */
    List<RowOutcome> scoredOutcomes() {
        return scored.stream().map(s -> RowOutcome.done(s.row().line(), s.row().child().id(), RowOutcome.Status.CHECKED,
                s.result(), Optional.empty(), s.warnings())).toList();
    }
}
