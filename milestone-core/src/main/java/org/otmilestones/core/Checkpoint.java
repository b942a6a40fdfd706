package org.otmilestones.core;

import java.util.Objects;

/**
 * An age at which most children (about 75%) show a checklist's skills; one checklist per checkpoint.
 *
 * @param id stable id, for example {@code 24m} or {@code 3y}
 * @param ageMonths the age in whole months
 * @param title the checklist's title, for example "Skills most children have by 2 years"
 */
public record Checkpoint(String id, int ageMonths, LocalizedText title) {

    public Checkpoint {
        Ids.require(id, "id");
        if (ageMonths < 0) {
            throw new IllegalArgumentException("ageMonths must be 0 or more, was " + ageMonths);
        }
        Objects.requireNonNull(title, "title");
    }
}
