package org.otmilestones.core;

import java.time.LocalDate;
import java.time.Period;

/**
 * An age in whole months and the days past them.
 *
 * @param months completed months
 * @param days days past the completed months
 */
public record Age(int months, int days) implements Comparable<Age> {

    public Age {
        if (months < 0) {
            throw new IllegalArgumentException("months must be 0 or more, was " + months);
        }
        if (days < 0 || days > 30) {
            throw new IllegalArgumentException("days must be 0..30, was " + days);
        }
    }

    /** The age on {@code on} of someone born on {@code from}; {@code from} must not be after {@code on}. */
    public static Age between(LocalDate from, LocalDate on) {
        if (from.isAfter(on)) {
            throw new IllegalArgumentException("from (" + from + ") must not be after on (" + on + ")");
        }
        Period period = Period.between(from, on);
        return new Age((int) period.toTotalMonths(), period.getDays());
    }

    /** Whole years, for display. */
    public int years() {
        return months / 12;
    }

    @Override
    public int compareTo(Age other) {
        int byMonths = Integer.compare(months, other.months);
        return byMonths != 0 ? byMonths : Integer.compare(days, other.days);
    }
}
