package org.otmilestones.core.scoring;

/** How the checklist's checkpoint was chosen. */
public enum CheckpointChoice {
    /** The latest checkpoint at or below the child's age, as CDC advises. */
    BY_AGE,
    /** The child is younger than the first checkpoint, so the first was used. */
    YOUNGER_THAN_FIRST,
    /** The form named its checkpoint, or all its questions came from one checkpoint. */
    BY_FORM
}
