package org.otmilestones.core.scoring;

/** What the checklist as a whole says, beyond each area's own status. */
public enum ChecklistOutcome {
    /** Fewer areas than the catalog's threshold are not on track: each area's status is the guidance. */
    BY_AREA,
    /**
     * At least the catalog's threshold of areas are not on track (keep practicing, talk to an OT, or not
     * enough answers): mention these skills to the child's doctor at the next check-up. Many "keep
     * practicing" areas together are more than practice.
     */
    MENTION_AT_CHECKUP,
    /**
     * As many areas are not on track, but the child is younger than the checklist's age, where "not yet"
     * is expected: not raised from counts alone, as "talk to an OT" is not.
     */
    YOUNGER_THAN_CHECKLIST
}
