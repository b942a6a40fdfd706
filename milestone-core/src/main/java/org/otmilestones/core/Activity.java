package org.otmilestones.core;

import java.util.Objects;

/**
 * Something to try at home for one area at one checkpoint.
 *
 * @param areaId the {@link Area} it helps
 * @param checkpointId the {@link Checkpoint} it suits
 * @param text what to do, in a sentence or two
 */
public record Activity(String areaId, String checkpointId, LocalizedText text) {

    public Activity {
        Ids.require(areaId, "areaId");
        Ids.require(checkpointId, "checkpointId");
        Objects.requireNonNull(text, "text");
    }
}
