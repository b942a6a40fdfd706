package org.otmilestones.survey;

import java.util.Objects;
import java.util.Optional;
import org.otmilestones.core.OtmException;

/**
 * Thrown when a column-mapping file cannot be read or is not valid; says which file, where in it (a line and
 * column, and the JSON path such as {@code $.columns[2].field}) and what was expected.
 */
public class MappingFileException extends OtmException {

    private static final long serialVersionUID = 1L;

    /** What every mapping problem's fix says, after the problem's own expectation. */
    static final String FIX = "see docs/mapping-format.md for the mapping file's format";

    private final String path;

    /**
     * @param file the file as the user named it
     * @param line the 1-based line, or 0 when not known
     * @param column the 1-based column, or 0 when not known
     * @param path the JSON path of the value, or null when the problem is the whole file or its syntax
     * @param problem what is wrong and what was expected
     */
    public MappingFileException(String file, int line, int column, String path, String problem) {
        super(message(file, line, column, path, problem), Objects.requireNonNull(file, "file"), line, column, problem,
                FIX);
        this.path = path;
    }

    /** The mapping's usual message: {@code file: line L, column C ($.path): problem}, then the fix on a line. */
    private static String message(String file, int line, int column, String path, String problem) {
        String where = line > 0 ? "line " + line + ", column " + column + (path == null ? "" : " (" + path + ")")
                : path == null ? "file" : path;
        return file + ": " + where + ": " + problem + "\nSee docs/mapping-format.md for the mapping file's format.";
    }

    /** The JSON path of the value the problem is about, when it is about one. */
    public Optional<String> path() {
        return Optional.ofNullable(path);
    }
}
