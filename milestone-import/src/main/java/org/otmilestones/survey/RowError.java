package org.otmilestones.survey;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.otmilestones.core.VisibleText;

/**
 * Why one row of an export could not be imported, pointing at the file, line and column, with the value and
 * how to fix it; a row with several problems has one error for each.
 *
 * @param file the file as the user named it
 * @param line the file line the row starts on
 * @param column the 1-based column, when the problem is in one cell
 * @param header that column's header
 * @param value the cell's value, shortened when long; it may be a name or birth date, so it is for staff, not logs
 * @param problem what is wrong
 * @param fix how to fix it
 */
public record RowError(String file, int line, OptionalInt column, Optional<String> header, Optional<String> value,
        String problem, String fix) {

    /** Values longer than this are cut, so a runaway cell cannot flood a message. */
    public static final int MAX_VALUE_LENGTH = 80;

    public RowError {
        Objects.requireNonNull(file, "file");
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more, was " + line);
        }
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(value, "value");
        value = value.map(RowError::shorten);
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(fix, "fix");
    }

    /**
     * One line for staff: {@code file:line:column: problem (value 'x' in column 'Header'); fix}.
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file).append(':').append(line);
        column.ifPresent(c -> text.append(':').append(c));
        text.append(": ").append(problem);
        if (value.isPresent() || header.isPresent()) {
            text.append(" (");
            value.ifPresent(v -> text.append("value '").append(v).append('\''));
            header.ifPresent(h -> text.append(value.isPresent() ? " in " : "").append("column '").append(h).append('\''));
            text.append(')');
        }
        return text.append("; ").append(fix).toString();
    }

    /** The value as staff should see it: hidden characters made visible ({@link VisibleText}) and long values cut. */
    static String shorten(String raw) {
        int length = raw.codePointCount(0, raw.length());
        String kept = length > MAX_VALUE_LENGTH ? raw.substring(0, raw.offsetByCodePoints(0, MAX_VALUE_LENGTH)) : raw;
        String shown = VisibleText.of(kept);
        return length > MAX_VALUE_LENGTH ? shown + "… (" + length + " characters)" : shown;
    }
}
