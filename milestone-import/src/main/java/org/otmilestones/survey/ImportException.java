package org.otmilestones.survey;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Objects;
import org.otmilestones.core.OtmException;

/**
 * Thrown when a whole export cannot be read: missing, unreadable, empty, not text, or with a mapped column
 * that is missing or ambiguous. Problems in single rows are {@link RowError}s instead. The message never
 * holds a cell's value, so it is safe for logs.
 */
public class ImportException extends OtmException {

    private static final long serialVersionUID = 1L;

    /**
     * @param file the file as the user named it
     * @param problem what is wrong
     * @param fix how to fix it
     */
    public ImportException(String file, String problem, String fix) {
        super(Objects.requireNonNull(file, "file"), 0, 0, problem, fix);
    }

    /**
     * A problem at a place in the file.
     *
     * @param file the file as the user named it
     * @param line the 1-based line, or 0 when not known
     * @param column the 1-based column, or 0 when not known
     * @param problem what is wrong
     * @param fix how to fix it
     */
    public ImportException(String file, int line, int column, String problem, String fix) {
        super(Objects.requireNonNull(file, "file"), line, column, problem, fix);
    }

    /**
     * The file could not be opened or read: missing, not permitted, or another failure, each with its fix.
     *
     * @param file the file as the user named it
     * @param cause what reading it threw
     */
    public static ImportException unreadable(String file, IOException cause) {
        ImportException e;
        if (cause instanceof NoSuchFileException) {
            e = new ImportException(file, "does not exist", "check the path and the file name");
        } else if (cause instanceof AccessDeniedException) {
            e = new ImportException(file, "cannot be read: permission denied", "check the file's permissions");
        } else {
            e = new ImportException(file, "cannot be read (" + cause.getClass().getSimpleName() + ")",
                    "check that the file is not locked by another program and try again");
        }
        e.initCause(cause);
        return e;
    }
}
