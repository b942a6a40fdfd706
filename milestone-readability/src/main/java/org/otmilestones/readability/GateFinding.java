package org.otmilestones.readability;

import java.util.Objects;
import java.util.Optional;

/**
 * One way a catalog misses its plain-language targets.
 *
 * @param rule the target missed
 * @param text the text that misses it, empty for the whole-catalog average
 * @param value the score or the sentence's words
 * @param limit the limit it misses
 */
public record GateFinding(Rule rule, Optional<ScoredText> text, double value, double limit) {

    /** The plain-language targets a catalog is checked against. */
    public enum Rule {
        /** The average main score of all texts. */
        AVERAGE_SCORE,
        /** The main score of a question a parent answers. */
        QUESTION_SCORE,
        /** The words in a text's longest sentence. */
        SENTENCE_LENGTH
    }

    public GateFinding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(text, "text");
        if (rule == Rule.AVERAGE_SCORE ? text.isPresent() : text.isEmpty()) {
            throw new IllegalArgumentException(rule == Rule.AVERAGE_SCORE
                    ? "text must be empty for the whole-catalog average" : "text must name the text for " + rule);
        }
    }
}
