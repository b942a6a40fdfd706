package org.otmilestones.core;

/** How firmly the reference supports a milestone; tells an OT reviewer where to look first. */
public enum Review {
    /** The reference states the fact with its sources. */
    SOURCED,
    /** The reference calls the fact uncertain, or it rests on one weak source: an OT should check it. */
    NEEDS_REVIEW
}
