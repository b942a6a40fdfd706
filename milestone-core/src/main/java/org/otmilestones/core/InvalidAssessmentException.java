package org.otmilestones.core;

import java.util.Objects;

/**
 * Thrown when a child's data cannot be scored, such as a birth date after the assessment or an age no
 * checklist covers; it names the piece of data, so an importer can point at its column.
 */
public class InvalidAssessmentException extends OtmException {

    private static final long serialVersionUID = 1L;

    /** The piece of the child's data that is wrong, so an importer can point at its column. */
    public enum Field {
        DATE_OF_BIRTH,
        ASSESSMENT_DATE,
        CHECKPOINT
    }

    private final Field field;

    /**
     * @param field the piece of the child's data that is wrong
     * @param problem what is wrong
     * @param fix how to fix it
     */
    public InvalidAssessmentException(Field field, String problem, String fix) {
        super(null, 0, 0, problem, fix);
        this.field = Objects.requireNonNull(field, "field");
    }

    /** Which piece of the child's data is wrong. */
    public Field field() {
        return field;
    }
}
