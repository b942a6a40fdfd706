package org.otmilestones.core.catalog;

import java.util.Objects;

/**
 * Thrown when a column-mapping file cannot be read or is not valid; says which file, where in it (a line and
 * column, or a JSON path such as {@code $.columns[2].field}) and what was expected.
 */
public class MappingFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String where;
    private final String problem;

    /**
     * @param file the file as the user named it
     * @param where a JSON path or {@code line L, column C}
     * @param problem what is wrong and what was expected
     */
    public MappingFileException(String file, String where, String problem) {
        super(file + ": " + where + ": " + problem);
        this.file = Objects.requireNonNull(file, "file");
        this.where = Objects.requireNonNull(where, "where");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** The file as the user named it. */
    public String file() {
        return file;
    }

    /** Where in the file. */
    public String where() {
        return where;
    }

    /** What is wrong and what was expected. */
    public String problem() {
        return problem;
    }
}
