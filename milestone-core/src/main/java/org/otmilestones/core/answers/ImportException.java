package org.otmilestones.core.answers;

import java.util.Objects;

/**
 * Thrown when a whole export cannot be read: missing, unreadable, empty, not text, or with a mapped column
 * that is missing or ambiguous. Problems in single rows are {@link RowError}s instead. The message never
 * holds a cell's value, so it is safe for logs.
 */
public class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String problem;
    private final String fix;

    /**
     * @param file the file as the user named it
     * @param problem what is wrong
     * @param fix how to fix it
     */
    public ImportException(String file, String problem, String fix) {
        super(file + ": " + problem + "; " + fix);
        this.file = Objects.requireNonNull(file, "file");
        this.problem = Objects.requireNonNull(problem, "problem");
        this.fix = Objects.requireNonNull(fix, "fix");
    }

    /** The file as the user named it. */
    public String file() {
        return file;
    }

    /** What is wrong. */
    public String problem() {
        return problem;
    }

    /** How to fix it. */
    public String fix() {
        return fix;
    }
}
