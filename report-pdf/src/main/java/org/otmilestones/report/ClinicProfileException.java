package org.otmilestones.report;

import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when a clinic profile file cannot be used; the message names the file, the line and key,
 * what was found and what was expected.
 */
public class ClinicProfileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String key;
    private final String problem;

    /**
     * @param file the profile file as the user named it
     * @param line the 1-based line, or 0 when the problem is the whole file
     * @param key the key on that line, or null
     * @param problem what is wrong and what was expected
     */
    public ClinicProfileException(String file, int line, String key, String problem) {
        super(compose(file, line, key, problem));
        this.file = Objects.requireNonNull(file, "file");
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 or more, was " + line);
        }
        this.line = line;
        this.key = key;
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    private static String compose(String file, int line, String key, String problem) {
        StringBuilder s = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            s.append(", line ").append(line);
        }
        if (key != null) {
            s.append(" (").append(key).append(')');
        }
        return s.append(": ").append(problem).toString();
    }

    /** The profile file as the user named it. */
    public String file() {
        return file;
    }

    /** The 1-based line, or 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }

    /** The key on that line, if the problem is about one. */
    public Optional<String> key() {
        return Optional.ofNullable(key);
    }

    /** What is wrong and what was expected, without the place. */
    public String problem() {
        return problem;
    }
}
