package org.otmilestones.core.scoring;

import java.util.Objects;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Milestone;

/**
 * One asked milestone with the parent's answer.
 *
 * @param milestone the milestone
 * @param answer the answer as the parent gave it
 */
public record ItemResult(Milestone milestone, Answer answer) {

    public ItemResult {
        Objects.requireNonNull(milestone, "milestone");
        Objects.requireNonNull(answer, "answer");
    }

    /** The answer as it counts: turned around for a concern question. */
    public Answer counted() {
        return answer.countedFor(milestone.polarity());
    }

    /** True when the answer is a worry. */
    public boolean isConcern() {
        return answer.isConcernFor(milestone.polarity());
    }
}
