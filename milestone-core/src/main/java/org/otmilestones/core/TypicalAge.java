package org.otmilestones.core;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * The ages of a skill as numbers: by when most children (about 3 in 4) do it, when it first appears
 * where a source says so, and where that number comes from.
 *
 * @param mostByMonths the age in months by which about 3 in 4 children do it (the CDC 2022 rule)
 * @param emergesMonths the age in months when it first appears, if a source gives one; at most {@code mostByMonths}
 * @param evidence where the number comes from
 */
public record TypicalAge(int mostByMonths, OptionalInt emergesMonths, AgeEvidence evidence) {

    /** The oldest age in months a catalog may give: 20 years. */
    public static final int MAX_MONTHS = 240;

    public TypicalAge {
        if (mostByMonths < 0 || mostByMonths > MAX_MONTHS) {
            throw new IllegalArgumentException("mostByMonths must be 0.." + MAX_MONTHS + ", was " + mostByMonths);
        }
        Objects.requireNonNull(emergesMonths, "emergesMonths");
        if (emergesMonths.isPresent() && (emergesMonths.getAsInt() < 0 || emergesMonths.getAsInt() > mostByMonths)) {
            throw new IllegalArgumentException("emergesMonths must be 0..mostByMonths (" + mostByMonths + "), was "
                    + emergesMonths.getAsInt());
        }
        Objects.requireNonNull(evidence, "evidence");
    }

    /** A skill most children have by this age, with no age of first appearance. */
    public static TypicalAge mostBy(int mostByMonths, AgeEvidence evidence) {
        return new TypicalAge(mostByMonths, OptionalInt.empty(), evidence);
    }
}
