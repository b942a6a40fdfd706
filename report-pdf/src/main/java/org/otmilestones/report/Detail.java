package org.otmilestones.report;

/** How much a handout holds: the parent pages only, or those pages followed by every answer for the therapist. */
public enum Detail {
    /** The parent pages: what to do, the answers at a glance, the age charts and a short part per area. */
    PARENT,
    /** The parent pages, then "For your child's therapist": every question with its answer and the full source list. */
    FULL
}
