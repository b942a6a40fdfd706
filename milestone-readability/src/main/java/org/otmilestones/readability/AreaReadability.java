package org.otmilestones.readability;

import java.util.Objects;
import java.util.Optional;

/**
 * The readability of one area's texts, or of the texts that belong to no area.
 *
 * @param areaId the area, empty for the texts of the whole checklist (titles, general questions, guidance)
 * @param texts how many texts were scored
 * @param averageScore the mean of their main scores
 * @param hardest the hardest of them
 */
public record AreaReadability(Optional<String> areaId, int texts, double averageScore, ScoredText hardest) {

    public AreaReadability {
        Objects.requireNonNull(areaId, "areaId");
        if (texts < 1) {
            throw new IllegalArgumentException("texts must be at least 1, was " + texts);
        }
        Objects.requireNonNull(hardest, "hardest");
    }
}
