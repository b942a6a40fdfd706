package org.otmilestones.core.scoring;

/** Why a next step applies; each reason belongs to one step, and the highest step among the reasons wins. */
public enum NextStepReason {
    /** A question for every age, or a concern question, was answered with concern: a lost skill, a worried parent. */
    RED_FLAG_CONCERN(NextStep.DOCTOR_SOON),
    /** A red-flag skill is "not yet" past the age by which about 9 in 10 children have it. */
    RED_FLAG_SKILL_PAST_AGE(NextStep.DOCTOR_SOON),
    /** The answers as a whole are well below what children of the same age show. */
    WELL_BELOW_SAME_AGE(NextStep.OT_EVALUATION),
    /** The answers of one area are well below what children of the same age show. */
    WELL_BELOW_IN_AREA(NextStep.OT_EVALUATION),
    /** The answers as a whole are somewhat below what children of the same age show. */
    SOMEWHAT_BELOW_SAME_AGE(NextStep.CHECK_AGAIN),
    /** "No" to most skills of an area (credit below the catalog's share) at or past the checklist's age. */
    AREA_MOSTLY_NO(NextStep.CHECK_AGAIN),
    /** A skill CDC lists for this age is "not yet": mention it at the next check-up. */
    CDC_SKILL_NOT_YET(NextStep.CHECK_AGAIN),
    /** A red-flag skill is "not yet" before the age by which about 9 in 10 children have it: watch it. */
    RED_FLAG_SKILL_NOT_YET(NextStep.CHECK_AGAIN),
    /** Several signs of how the child handles the senses were answered "often". */
    SENSORY_SIGNS(NextStep.CHECK_AGAIN),
    /** Many signs of one kind of how the child handles the senses were answered "often". */
    SENSORY_SIGNS_STRONG(NextStep.OT_EVALUATION),
    /** Too few questions of an area were answered. */
    TOO_FEW_ANSWERS(NextStep.ANSWER_REST);

    private final NextStep step;

    NextStepReason(NextStep step) {
        this.step = step;
    }

    /** The next step this reason calls for. */
    public NextStep step() {
        return step;
    }
}
