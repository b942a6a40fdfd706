package org.otmilestones.core;

import java.util.Objects;

/**
 * Thrown when a child's data cannot be scored, such as a birth date after the assessment or an
 * age no checklist covers; the message says what is wrong and how to fix it.
 */
public class InvalidAssessmentException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The piece of the child's data that is wrong, so an importer can point at its column. */
    public enum Field {
        DATE_OF_BIRTH,
        ASSESSMENT_DATE,
        CHECKPOINT
    }

    private final Field field;
    private final String fix;

    public InvalidAssessmentException(Field field, String problem, String fix) {
        super(problem + "; " + fix);
        this.field = Objects.requireNonNull(field, "field");
        this.fix = Objects.requireNonNull(fix, "fix");
    }

    /** Which piece of the child's data is wrong. */
    public Field field() {
        return field;
    }

    /** How to fix it, in a few plain words. */
    public String fix() {
        return fix;
    }
}
