package org.otmilestones.report;

import org.otmilestones.core.scoring.AreaStatus;
import org.otmilestones.core.scoring.ChecklistResult;

/**
 * The one urgency of a handout, the highest that applies: every part of the handout words its next
 * step from it, so no part says "keep trying" where page 1 says "soon".
 */
enum Urgency {
    /** A red-flag answer: talk to the child's doctor soon. */
    RED_FLAG,
    /** An area to ask about OT, or many areas not on track: ask about an OT evaluation. */
    OT_EVALUATION,
    /** Otherwise: keep playing and practicing, and fill in the next checklist. */
    KEEP_GOING;

    static Urgency of(ChecklistResult result) {
        if (result.talkToDoctor()) {
            return RED_FLAG;
        }
        if (result.areas().stream().anyMatch(a -> a.status() == AreaStatus.TALK_TO_OT)
                || Outcomes.mentionAtCheckup(result)) {
            return OT_EVALUATION;
        }
        return KEEP_GOING;
    }
}
