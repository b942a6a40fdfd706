package org.otmilestones.survey;

import java.util.List;
import java.util.Objects;

/**
 * Everything an import found: the rows that were read, an error for each problem in the others, and what
 * staff should check before reports are written. Every data row that is not empty ends up in exactly one of
 * {@link #rows()}, {@link #errors()} (by line) or {@link #skippedRows()}.
 *
 * @param file the file as the user named it
 * @param format the detected (or given) encoding, delimiter, header rows and tool
 * @param rows the rows read without problems, in file order
 * @param errors the problems found, in file order; a row with any error is not in {@code rows}
 * @param unmappedColumns columns that matched nothing, as {@code Header (column N)}
 * @param questionIdsFound the catalog questions the file's columns answer, in column order
 * @param warnings things staff should know: the encoding guessed, rows skipped, columns missing
 * @param skippedRows rows left out on purpose (Qualtrics preview and test rows, repeated header rows)
 * @param columns how every column was understood
 */
public record ImportResult(String file, DetectedFormat format, List<ImportedRow> rows, List<RowError> errors,
        List<String> unmappedColumns, List<String> questionIdsFound, List<String> warnings, int skippedRows,
        List<ColumnInfo> columns) {

    public ImportResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
        unmappedColumns = List.copyOf(unmappedColumns);
        questionIdsFound = List.copyOf(questionIdsFound);
        warnings = List.copyOf(warnings);
        if (skippedRows < 0) {
            throw new IllegalArgumentException("skippedRows must be 0 or more, was " + skippedRows);
        }
        columns = List.copyOf(columns);
    }

    /** A result without the per-column account. */
    public ImportResult(String file, DetectedFormat format, List<ImportedRow> rows, List<RowError> errors,
            List<String> unmappedColumns, List<String> questionIdsFound, List<String> warnings, int skippedRows) {
        this(file, format, rows, errors, unmappedColumns, questionIdsFound, warnings, skippedRows, List.of());
    }

    /** True when any row had a problem. */
    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The lines of rows that had problems, each once, in file order. */
    public List<Integer> failedLines() {
        return errors.stream().map(RowError::line).distinct().toList();
    }
}
