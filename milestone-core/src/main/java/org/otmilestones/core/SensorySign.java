package org.otmilestones.core;

import java.util.List;
import java.util.Objects;

/**
 * A sign of how a child handles the senses, asked as "does your child often...?" and answered yes, no or
 * not sure: scored as a sign, never as a milestone with an age.
 *
 * @param id stable id, used as a column name in survey exports
 * @param kind which way the child handles the senses
 * @param question the question for the parent
 * @param fromMonths the youngest checklist age it is asked at
 * @param sourceKeys keys of the catalog's {@link Source sources}
 */
public record SensorySign(String id, Kind kind, LocalizedText question, int fromMonths, List<String> sourceKeys) {

    /** The two ways a child may handle the senses differently. */
    public enum Kind {
        /** Over-responsive: the child avoids or is upset by everyday sounds, touch or textures. */
        AVOIDING,
        /** Under-responsive: the child seeks strong input (crashes, spins, bangs) or does not notice it. */
        SEEKING
    }

    public SensorySign {
        Ids.require(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(question, "question");
        if (fromMonths < 0 || fromMonths > TypicalAge.MAX_MONTHS) {
            throw new IllegalArgumentException("fromMonths must be 0.." + TypicalAge.MAX_MONTHS + ", was " + fromMonths);
        }
        sourceKeys = List.copyOf(Objects.requireNonNull(sourceKeys, "sourceKeys"));
    }
}
