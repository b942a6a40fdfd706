package org.otmilestones.core;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A red-flag question asked at every checkpoint and of no single area, such as a lost skill or a
 * worried parent; an answer of concern always means: talk to your child's doctor.
 *
 * @param id stable id
 * @param question the question for the parent
 * @param polarity whether "yes" is good or a worry
 * @param sourceKeys keys of the catalog's {@link Source sources}
 * @param formerQuestions wordings this question had in earlier catalogs, per language code, so exports whose
 *        columns are headed by an old wording still import; never shown to a parent
 */
public record GeneralQuestion(String id, LocalizedText question, Polarity polarity, List<String> sourceKeys,
        Map<String, List<String>> formerQuestions) {

    public GeneralQuestion {
        Ids.require(id, "id");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(polarity, "polarity");
        sourceKeys = List.copyOf(Objects.requireNonNull(sourceKeys, "sourceKeys"));
        formerQuestions = FormerTexts.copy(formerQuestions, "formerQuestions");
    }

    /** A general question that has had no other wording. */
    public GeneralQuestion(String id, LocalizedText question, Polarity polarity, List<String> sourceKeys) {
        this(id, question, polarity, sourceKeys, Map.of());
    }
}
