package org.otmilestones.core.scoring;

/** Which scoring rule decided an area's status, so the handout can say why. */
public enum StatusReason {
    /** The form asked no question of this area. */
    NO_QUESTIONS_ASKED,
    /**
     * The form asked this area's questions, but at this age none is counted (no source gives the age by
     * which most children have them): the answers are shown for the family and the OT, never scored.
     */
    NONE_COUNTED,
    /** Fewer answers than the catalog's minimum. */
    TOO_FEW_ANSWERS,
    /** The area's answers stand well below what children of the same age show: ask about an OT evaluation. */
    WELL_BELOW_SAME_AGE,
    /**
     * The credit ("yes" 1, "sometimes" the catalog's share, "not yet" 0) was less than the catalog's
     * share of the answered skills: "no" to most of the skills (at least "check again"; "ask about OT" when the
     * child's next step is an evaluation or the doctor).
     */
    LOW_CREDIT,
    /**
     * The credit was that low, but the child is younger than the checklist's age, so "not yet" is
     * expected: the area alone does not raise the next step.
     */
    LOW_CREDIT_BUT_YOUNGER,
    /** At least one "not yet". */
    SOME_NOT_YET,
    /** "Sometimes" was more than the catalog's share of the answers. */
    MOSTLY_SOMETIMES,
    /** None of the rules above fired. */
    MOSTLY_YES
}
