package org.otmilestones.core.scoring;

import java.util.Objects;
import org.otmilestones.core.Answer;
import org.otmilestones.core.LocalizedText;

/**
 * A red-flag question answered with concern: whatever the counts, the family should talk to the
 * child's doctor.
 *
 * @param questionId the milestone or general question id
 * @param question the question as the parent read it
 * @param answer the parent's answer
 */
public record RedFlag(String questionId, LocalizedText question, Answer answer) {

    public RedFlag {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
    }
}
