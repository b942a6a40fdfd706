package org.otmilestones.core.scoring;

import java.util.List;
import java.util.Objects;
import org.otmilestones.core.Area;
import org.otmilestones.core.Milestone;

/**
 * How one area of the checklist came out, with the reason, so the handout can explain itself.
 *
 * @param area the area
 * @param status the status
 * @param reason the rule that decided the status
 * @param counts the answer counts, concern questions turned around
 * @param items the asked milestones with their answers, in catalog order
 * @param comingNext the next checkpoint's milestones of this area: skills to look forward to
 */
public record AreaResult(Area area, AreaStatus status, StatusReason reason, AnswerCounts counts,
        List<ItemResult> items, List<Milestone> comingNext) {

    public AreaResult {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(counts, "counts");
        items = List.copyOf(items);
        comingNext = List.copyOf(comingNext);
    }

    /** A one-line explanation in English, for logs and summaries; the handout words its own. */
    public String explanation() {
        return switch (reason) {
            case NO_QUESTIONS_ASKED -> "the form did not ask about this area";
            case TOO_FEW_ANSWERS -> counts.answered() + " of " + counts.asked() + " questions answered";
            case MOST_NOT_YET -> counts.notYet() + " of " + counts.answered() + " skills: not yet";
            case MOST_NOT_YET_BUT_YOUNGER -> counts.notYet() + " of " + counts.answered()
                    + " skills: not yet, and the child is younger than this checklist";
            case SOME_NOT_YET -> counts.notYet() + " of " + counts.answered() + " skills: not yet";
            case MOSTLY_SOMETIMES -> counts.sometimes() + " of " + counts.answered() + " skills: sometimes";
            case MOSTLY_YES -> counts.yes() + " of " + counts.answered() + " skills: yes";
        };
    }
}
