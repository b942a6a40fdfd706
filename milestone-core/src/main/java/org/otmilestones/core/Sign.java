package org.otmilestones.core;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A sign of difficulty or a red flag of an area, with the ages it speaks to, so a handout for a
 * baby does not list school-age signs.
 *
 * @param text the sign, in plain words
 * @param fromMonths the youngest checkpoint age, in months, it applies to (0 for every age)
 * @param toMonths the oldest checkpoint age it applies to, if it stops applying
 */
public record Sign(LocalizedText text, int fromMonths, OptionalInt toMonths) {

    public Sign {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(toMonths, "toMonths");
        if (fromMonths < 0) {
            throw new IllegalArgumentException("fromMonths must be 0 or more, was " + fromMonths);
        }
        if (toMonths.isPresent() && toMonths.getAsInt() < fromMonths) {
            throw new IllegalArgumentException("toMonths (" + toMonths.getAsInt() + ") must not be below fromMonths ("
                    + fromMonths + ")");
        }
    }

    /** A sign that applies at every age. */
    public static Sign always(LocalizedText text) {
        return new Sign(text, 0, OptionalInt.empty());
    }

    /** True when the sign speaks to children at this checkpoint. */
    public boolean appliesAt(Checkpoint checkpoint) {
        int age = checkpoint.ageMonths();
        return age >= fromMonths && (toMonths.isEmpty() || age <= toMonths.getAsInt());
    }
}
