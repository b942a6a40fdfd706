package org.otmilestones.core.scoring;

/** How one area of a checklist looks, in the words the handout uses. */
public enum AreaStatus {
    /** The answers look like what most children of this age do. */
    ON_TRACK,
    /** Some skills are still growing: practice at home and check again. */
    KEEP_PRACTICING,
    /** Most answers were "not yet": talk to the child's doctor about an OT evaluation. */
    TALK_TO_OT,
    /** Too few questions were answered to say anything. */
    NOT_ENOUGH_ANSWERS,
    /** The form did not ask about this area; this is no judgement at all. */
    NOT_ASKED
}
