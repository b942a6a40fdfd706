package org.otmilestones.report;

import java.util.Objects;
import java.util.Optional;
import org.otmilestones.core.OtmException;

/**
 * Thrown when a clinic profile file cannot be used; the message names the file, the line and key, what was
 * found and what was expected.
 */
public class ClinicProfileException extends OtmException {

    private static final long serialVersionUID = 1L;

    /** What every profile problem's fix says, after the problem's own expectation. */
    static final String FIX = "see docs/clinic-profile.md for the clinic profile's format";

    private final String key;

    /**
     * @param file the profile file as the user named it
     * @param line the 1-based line, or 0 when the problem is the whole file
     * @param key the key on that line, or null
     * @param problem what is wrong and what was expected
     */
    public ClinicProfileException(String file, int line, String key, String problem) {
        super(compose(file, line, key, problem), Objects.requireNonNull(file, "file"), line, 0, problem, FIX);
        this.key = key;
    }

    private static String compose(String file, int line, String key, String problem) {
        StringBuilder s = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            s.append(", line ").append(line);
        }
        if (key != null) {
            s.append(" (").append(key).append(')');
        }
        return s.append(": ").append(problem).append("\n").append(capitalised(FIX)).append('.').toString();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The key on that line, if the problem is about one. */
    public Optional<String> key() {
        return Optional.ofNullable(key);
    }
}
