package org.otmilestones.core;

import java.util.List;
import java.util.Objects;

/**
 * One skill on a checklist, asked as a question a parent can answer.
 *
 * @param id stable id, used as a column name in survey exports
 * @param areaId the {@link Area} it belongs to
 * @param checkpointId the {@link Checkpoint} by which most children show it
 * @param question the question for the parent
 * @param polarity whether "yes" is good or a worry
 * @param redFlag true when an answer of concern should send the family to the child's doctor
 * @param typicalAge what the sources say about the age, in plain words
 * @param sourceKeys keys of the catalog's {@link Source sources}
 * @param review how firmly the reference supports it
 */
public record Milestone(String id, String areaId, String checkpointId, LocalizedText question, Polarity polarity,
        boolean redFlag, LocalizedText typicalAge, List<String> sourceKeys, Review review) {

    public Milestone {
        Ids.require(id, "id");
        Ids.require(areaId, "areaId");
        Ids.require(checkpointId, "checkpointId");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(typicalAge, "typicalAge");
        sourceKeys = List.copyOf(Objects.requireNonNull(sourceKeys, "sourceKeys"));
        Objects.requireNonNull(review, "review");
    }
}
