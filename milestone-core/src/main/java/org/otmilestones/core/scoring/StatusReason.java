package org.otmilestones.core.scoring;

/** Which scoring rule decided an area's status, so the handout can say why. */
public enum StatusReason {
    /** The form asked no question of this area. */
    NO_QUESTIONS_ASKED,
    /** Fewer answers than the catalog's minimum. */
    TOO_FEW_ANSWERS,
    /** "Not yet" was more than the catalog's share of the answers. */
    MOST_NOT_YET,
    /**
     * "Not yet" was more than the catalog's share, but the child is younger than the checklist's
     * age, so the status stays at "keep practicing".
     */
    MOST_NOT_YET_BUT_YOUNGER,
    /** At least one "not yet". */
    SOME_NOT_YET,
    /** "Sometimes" was more than the catalog's share of the answers. */
    MOSTLY_SOMETIMES,
    /** None of the rules above fired. */
    MOSTLY_YES
}
