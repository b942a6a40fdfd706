package org.otmilestones.core.scoring;

import java.util.List;
import java.util.Objects;

/**
 * The checklist-wide outcome and what decided it.
 *
 * @param outcome what the checklist as a whole says
 * @param areasNotOnTrack the ids of the areas that were asked and are not on track (keep practicing, talk
 *        to an OT, or not enough answers), in catalog order
 * @param threshold how many such areas the catalog takes for {@link ChecklistOutcome#MENTION_AT_CHECKUP}
 */
public record ChecklistWide(ChecklistOutcome outcome, List<String> areasNotOnTrack, int threshold) {

    public ChecklistWide {
        Objects.requireNonNull(outcome, "outcome");
        areasNotOnTrack = List.copyOf(Objects.requireNonNull(areasNotOnTrack, "areasNotOnTrack"));
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be 1 or more, was " + threshold);
        }
        boolean reached = areasNotOnTrack.size() >= threshold;
        if (reached == (outcome == ChecklistOutcome.BY_AREA)) {
            throw new IllegalArgumentException("outcome " + outcome + " does not fit " + areasNotOnTrack.size()
                    + " areas not on track with threshold " + threshold);
        }
    }

    /** True when the family should mention these skills to the child's doctor at the next check-up. */
    public boolean mentionAtCheckup() {
        return outcome == ChecklistOutcome.MENTION_AT_CHECKUP;
    }
}
