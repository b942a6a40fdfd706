package org.otmilestones.core.scoring;

import java.math.BigDecimal;
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
 * @param counts the answer counts of the scored items, concern questions turned around
 * @param credit the credit of the answered scored items: "yes" 1, "sometimes" the catalog's share, "not yet" 0
 * @param items the asked milestones with their answers, in catalog order, information-only items included
 * @param cdcSkillsNotYet the asked skills that CDC lists for this age and that are "not yet": mention them
 *        at the next check-up; empty when the child is younger than the checklist
 * @param comingNext the next checkpoint's milestones of this area: skills to look forward to
 */
public record AreaResult(Area area, AreaStatus status, StatusReason reason, AnswerCounts counts, double credit,
        List<ItemResult> items, List<ItemResult> cdcSkillsNotYet, List<Milestone> comingNext) {

    public AreaResult {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(counts, "counts");
        if (!(credit >= 0.0 && credit <= counts.answered())) {
            throw new IllegalArgumentException("credit must be 0.." + counts.answered() + " (the answered items), was "
                    + credit);
        }
        items = List.copyOf(items);
        cdcSkillsNotYet = List.copyOf(cdcSkillsNotYet);
        comingNext = List.copyOf(comingNext);
    }

    /**
     * True when the answers show the area is not on track: keep practicing, talk to an OT, or too few answers
     * of which at least one is "not yet". Too few answers that are all "yes" are not a sign of trouble (the
     * handout asks for the missing answers instead), and never an all-clear either.
     */
    public boolean isNotOnTrack() {
        return status == AreaStatus.KEEP_PRACTICING || status == AreaStatus.TALK_TO_OT
                || status == AreaStatus.NOT_ENOUGH_ANSWERS && counts.notYet() > 0;
    }

    /** The credit as a short number: {@code 2}, {@code 2.5}, {@code 1.25}. */
    public String creditText() {
        return BigDecimal.valueOf(credit).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    /** A one-line explanation in English, for logs and summaries; the handout words its own. */
    public String explanation() {
        return switch (reason) {
            case NO_QUESTIONS_ASKED -> "the form did not ask about this area";
            case NONE_COUNTED -> "no question of this area is counted at this age";
            case TOO_FEW_ANSWERS -> counts.answered() + " of " + counts.asked() + " questions answered";
            case WELL_BELOW_SAME_AGE -> lowCredit() + ", well below what same-age children show";
            case LOW_CREDIT -> lowCredit();
            case LOW_CREDIT_BUT_YOUNGER -> lowCredit() + ", and the child is younger than this checklist";
            case SOME_NOT_YET -> counts.notYet() + " of " + counts.answered() + " skills: not yet";
            case MOSTLY_SOMETIMES -> counts.sometimes() + " of " + counts.answered() + " skills: sometimes";
            case MOSTLY_YES -> counts.yes() + " of " + counts.answered() + " skills: yes";
        };
    }

    private String lowCredit() {
        return "credit " + creditText() + " of " + counts.answered() + " skills (" + counts.yes() + " yes, "
                + counts.sometimes() + " sometimes, " + counts.notYet() + " not yet)";
    }
}
