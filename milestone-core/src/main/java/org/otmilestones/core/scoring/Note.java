package org.otmilestones.core.scoring;

/**
 * Something about a result that the handout or the clinic should know.
 *
 * @param kind what kind of note
 * @param detail an English detail for staff (ids and counts, never names or birth dates)
 */
public record Note(Kind kind, String detail) {

    /** The kinds of note. */
    public enum Kind {
        /** The child is younger than the first checkpoint, whose checklist was used. */
        YOUNGER_THAN_FIRST_CHECKPOINT,
        /** The form's checkpoint is not the one the child's age points to. */
        CHECKPOINT_DISAGREES_WITH_AGE,
        /** The form answered milestones of other checkpoints; they were not counted. */
        ANSWERS_FROM_OTHER_CHECKPOINTS_IGNORED,
        /** The form named question ids the catalog does not have; they were not counted. */
        UNKNOWN_QUESTIONS_IGNORED
    }

    public Note {
        java.util.Objects.requireNonNull(kind, "kind");
        java.util.Objects.requireNonNull(detail, "detail");
    }
}
