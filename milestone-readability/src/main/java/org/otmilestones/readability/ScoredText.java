package org.otmilestones.readability;

import java.util.Objects;

/**
 * A parent text with its readability.
 *
 * @param text the text and where it is
 * @param readability its counts and scores
 */
public record ScoredText(ParentText text, TextReadability readability) {

    public ScoredText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(readability, "readability");
    }

    /** The score the gate uses: Flesch-Kincaid grade in English, Fernández-Huerta in Spanish. */
    public double mainScore() {
        return readability.mainScore();
    }
}
