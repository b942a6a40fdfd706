package org.otmilestones.survey;

import java.util.List;

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
}
