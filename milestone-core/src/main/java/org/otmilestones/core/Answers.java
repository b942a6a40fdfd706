package org.otmilestones.core;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A parent's answers to one checklist form: only the questions the form asked are keys; a question
 * asked and left blank maps to {@link Answer#NO_ANSWER}.
 *
 * @param byQuestionId answers keyed by milestone or general-question id, in the form's order
 * @param checkpointId the checkpoint the form names, if it names one
 * @param completedBy who filled in the form ("mother", "Ana Pérez"), if the form asked
 */
public record Answers(Map<String, Answer> byQuestionId, Optional<String> checkpointId, Optional<String> completedBy) {

    public Answers {
        Objects.requireNonNull(byQuestionId, "byQuestionId");
        Map<String, Answer> copy = new LinkedHashMap<>();
        byQuestionId.forEach((id, answer) -> copy.put(Ids.require(id, "byQuestionId key"),
                Objects.requireNonNull(answer, "answer for " + id)));
        // An unmodifiable view over a private copy keeps the form's order, which Map.copyOf would lose.
        byQuestionId = java.util.Collections.unmodifiableMap(copy);
        Objects.requireNonNull(checkpointId, "checkpointId");
        Objects.requireNonNull(completedBy, "completedBy");
        completedBy = completedBy.map(String::strip).filter(s -> !s.isEmpty());
    }

    /** Answers from a form that does not name its checkpoint. */
    public static Answers of(Map<String, Answer> byQuestionId) {
        return new Answers(byQuestionId, Optional.empty(), Optional.empty());
    }

    /** These answers, from a form that names its checkpoint. */
    public Answers forCheckpoint(String checkpoint) {
        return new Answers(byQuestionId, Optional.of(Ids.require(checkpoint, "checkpoint")), completedBy);
    }

    /** These answers, filled in by this person. */
    public Answers completedBy(String who) {
        return new Answers(byQuestionId, checkpointId, Optional.ofNullable(who));
    }

    /** The answer to a question, if the form asked it. */
    public Optional<Answer> get(String questionId) {
        return Optional.ofNullable(byQuestionId.get(questionId));
    }
}
