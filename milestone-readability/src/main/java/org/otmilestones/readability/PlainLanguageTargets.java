package org.otmilestones.readability;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * The limits a catalog's texts must meet in one language; a limit on a score is a maximum for a
 * grade (English) and a minimum for a reading-ease score (Spanish).
 *
 * @param language the language the limits are for
 * @param averageLimit the limit for the average main score of all texts
 * @param questionLimit the limit for the main score of every question a parent answers
 * @param maxSentenceWords the most words any one sentence may have, if limited
 */
public record PlainLanguageTargets(ReadabilityLanguage language, double averageLimit, double questionLimit,
        OptionalInt maxSentenceWords) {

    public PlainLanguageTargets {
        Objects.requireNonNull(language, "language");
        if (!Double.isFinite(averageLimit) || !Double.isFinite(questionLimit)) {
            throw new IllegalArgumentException("limits must be finite numbers");
        }
        Objects.requireNonNull(maxSentenceWords, "maxSentenceWords");
        if (maxSentenceWords.isPresent() && maxSentenceWords.getAsInt() < 1) {
            throw new IllegalArgumentException("maxSentenceWords must be at least 1, was " + maxSentenceWords.getAsInt());
        }
    }

    /**
     * The project's targets for parent texts: in English an average Flesch-Kincaid grade of at
     * most 6, no question above grade 8 and no sentence over 20 words (health-literacy guidance
     * puts patient material at grade 6 to 8; the US plain-language guidelines keep sentences under
     * 20 words); in Spanish an average Fernández-Huerta of at least 70 ("fairly easy", grade 6)
     * and no question below 55.
     */
    public static PlainLanguageTargets forParents(ReadabilityLanguage language) {
        Objects.requireNonNull(language, "language");
        return language == ReadabilityLanguage.ENGLISH
                ? new PlainLanguageTargets(language, 6.0, 8.0, OptionalInt.of(20))
                : new PlainLanguageTargets(language, 70.0, 55.0, OptionalInt.empty());
    }

    /** True when the score is within the limit, in the direction the language's score runs. */
    public boolean meets(double score, double limit) {
        return language.direction() == ReadabilityLanguage.ScoreDirection.LOWER_IS_EASIER ? score <= limit : score >= limit;
    }
}
