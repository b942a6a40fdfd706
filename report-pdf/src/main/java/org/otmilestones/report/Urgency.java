package org.otmilestones.report;

import org.otmilestones.core.scoring.ChecklistResult;

/**
 * The one urgency of a handout, read from the result's next step: every part of the handout words its
 * next step from it, so no part says "keep trying" where page 1 says "soon", nor "please don't wait"
 * where page 1 says "check again".
 */
enum Urgency {
    /** Talk to the child's doctor soon. */
    RED_FLAG,
    /** Ask about an OT evaluation. */
    OT_EVALUATION,
    /** Practise, mention the skills at the next check-up and answer again in a month or two. */
    CHECK_AGAIN,
    /** Keep playing and practicing (or answer the questions left), and fill in the next checklist. */
    KEEP_GOING;

    static Urgency of(ChecklistResult result) {
        return switch (result.nextStep()) {
            case DOCTOR_SOON -> RED_FLAG;
            case OT_EVALUATION -> OT_EVALUATION;
            case CHECK_AGAIN -> CHECK_AGAIN;
            case ANSWER_REST, KEEP_PLAYING -> KEEP_GOING;
        };
    }
}
