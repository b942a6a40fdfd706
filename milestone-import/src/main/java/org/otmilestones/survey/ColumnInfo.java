package org.otmilestones.survey;

import java.util.Objects;

/**
 * How one column of an export was understood, so a run can show staff what was mapped before it writes
 * anything.
 *
 * @param column the 1-based column
 * @param header the column's header as shown to staff (several header rows joined with " / ")
 * @param target what the column holds; {@link ColumnTarget.Ignore} when unused
 * @param matchedBy why
 */
public record ColumnInfo(int column, String header, ColumnTarget target, MatchedBy matchedBy) {

    /** Why a column got its target. */
    public enum MatchedBy {
        /** A rule in the column mapping. */
        MAPPING,
        /** The header is a catalog question id (or a tool's spelling of it, such as {@code _} for {@code -}). */
        QUESTION_ID,
        /** The header is a catalog question's text, in any catalog language. */
        QUESTION_TEXT,
        /** The header is a common name for a child field, such as "Date of birth" or "Fecha de nacimiento". */
        FIELD_HEADER,
        /** The survey tool's record or response id, used as the child id because there is no child-id column. */
        TOOL_RECORD_ID,
        /** A column the survey tool adds (IP address, duration, status...), not reported as unmapped. */
        TOOL_METADATA,
        /**
         * The header is the id of a question an earlier catalog asked and this one no longer does: not used,
         * and reported once as no longer asked rather than as unmapped.
         */
        RETIRED_QUESTION,
        /** Nothing matched: reported as unmapped. */
        NOT_MAPPED
    }

    public ColumnInfo {
        if (column < 1) {
            throw new IllegalArgumentException("column must be 1 or more, was " + column);
        }
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(matchedBy, "matchedBy");
    }
}
