package org.otmilestones.core;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Input a person can fix: the root of every checked exception of OT Milestones (a catalog, a survey export,
 * a mapping file, a clinic profile, a child's data), each saying where the problem is, what it is and how to
 * fix it, so a caller catches one type and never parses a message.
 *
 * <p>The message is {@code file:line:column: problem; fix}, leaving out what is not known. It never holds
 * a cell's value, so it is safe for logs.
 */
public abstract class OtmException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String problem;
    private final String fix;

    /**
     * @param file the file as the user named it, or null when the input is not a file
     * @param line the 1-based line, or 0 when not known
     * @param column the 1-based column, or 0 when not known
     * @param problem what is wrong and what was expected
     * @param fix how to fix it, in a few plain words
     */
    protected OtmException(String file, int line, int column, String problem, String fix) {
        this(null, file, line, column, problem, fix);
    }

    /**
     * An exception whose message is not the usual one line, such as a list of every problem in a file.
     *
     * @param message the whole message, or null for the usual {@code file:line:column: problem; fix}
     */
    protected OtmException(String message, String file, int line, int column, String problem, String fix) {
        super(message != null ? message : compose(file, line, column, problem, fix));
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be 0 (not known) or more, were " + line + ", "
                    + column);
        }
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = Objects.requireNonNull(problem, "problem");
        this.fix = Objects.requireNonNull(fix, "fix");
    }

    /** The usual message: {@code file:line:column: problem; fix}, without the parts not known. */
    protected static String compose(String file, int line, int column, String problem, String fix) {
        StringBuilder message = new StringBuilder();
        if (file != null) {
            message.append(file);
            if (line > 0) {
                message.append(':').append(line);
                if (column > 0) {
                    message.append(':').append(column);
                }
            }
            message.append(": ");
        }
        return message.append(problem).append("; ").append(fix).toString();
    }

    /** The file as the user named it, when the input was a file. */
    public Optional<String> file() {
        return Optional.ofNullable(file);
    }

    /** The 1-based line of the problem, when known. */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /** The 1-based column of the problem, when known. */
    public OptionalInt column() {
        return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
    }

    /** What is wrong and what was expected, without the place or the fix. */
    public String problem() {
        return problem;
    }

    /** How to fix it, in a few plain words. */
    public String fix() {
        return fix;
    }
}
