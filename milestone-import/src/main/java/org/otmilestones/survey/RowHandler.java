package org.otmilestones.survey;

import java.util.List;
import java.util.Optional;

/**
 * Receives an export's rows one at a time, in file order, while {@link SurveyImports} reads them, so a large
 * export is never held in memory as a whole: each row can be scored, written and dropped.
 */
public interface RowHandler {

    /**
     * Called once, before the first row, with how the file was understood: its format, its columns and the
     * warnings known before any row was read. Its rows and errors are empty.
     */
    default void started(ImportResult head) {
    }

    /** A row read without problems. */
    void row(ImportedRow row);

    /**
     * A row that could not be read, with every problem found on it, so it counts once however many there are.
     *
     * @param line the line the row starts on
     * @param errors its problems, at least one, each on that line
     */
    void failed(int line, List<RowError> errors);

    /**
     * A row that could not be read, with the child id it gives when the id itself was fine, so messages and
     * summaries can name the child; by default the same as {@link #failed(int, List)}.
     *
     * @param line the line the row starts on
     * @param childId the row's child id (or {@code row-N} when the form has no id column), when it could be read
     * @param errors its problems, at least one, each on that line
     */
    default void failed(int line, Optional<String> childId, List<RowError> errors) {
        failed(line, errors);
    }
}
