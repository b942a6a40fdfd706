package org.otmilestones.report;

import java.util.Objects;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.Review;
import org.otmilestones.core.TypicalAge;

/**
 * A skill's ages in words, made from the catalog's numbers in the handout's languages, so the numbers
 * are stored once: "by 9 months (most babies)", "from 6 months; by 9 months (most babies)", "by 2½
 * years (most children)". A milestone that needs an OT's review claims less: "often by 4 years".
 *
 * <p>Under 24 months an age is said in months, as clinics speak of babies and toddlers; from 24 months
 * in years, and in half years where the months make one (30 months is "2½ years"); any other age past
 * 24 months stays in months rather than being rounded, since a parent may act on it.
 */
public final class AgeWords {

    /** Ages below this are said in months. */
    static final int MONTHS_UNTIL = 24;

    private AgeWords() {
    }

    /**
     * The typical age of a milestone in words: "by 9 months (most babies)" when its sources support it,
     * "often by 9 months" when it needs an OT's review, so the text never claims more than the evidence.
     *
     * @param language a handout language, "en" or "es"
     * @throws IllegalArgumentException when the language has no handout texts
     */
    public static String typicalAge(Milestone milestone, String language) {
        Objects.requireNonNull(milestone, "milestone");
        return of(Messages.of(Objects.requireNonNull(language, "language")), milestone.typicalAge(),
                milestone.review());
    }

    /**
     * An age in months in words, such as "9 months", "2 years" or "2½ years".
     *
     * @param language a handout language, "en" or "es"
     * @throws IllegalArgumentException when the language has no handout texts or the months are negative
     */
    public static String age(int months, String language) {
        return age(Messages.of(Objects.requireNonNull(language, "language")), months);
    }

    static String of(Messages messages, TypicalAge age, Review review) {
        int mostBy = age.mostByMonths();
        String who = messages.get(mostBy < 12 ? "typicalAge.mostBabies" : "typicalAge.mostChildren");
        // Spanish says "al mes", not "a los 1 mes": one month has its own words.
        String by;
        if (review == Review.SOURCED) {
            by = mostBy == 0 ? messages.get("typicalAge.atBirth", who)
                    : mostBy == 1 ? messages.get("typicalAge.byOneMonth", who)
                    : messages.get("typicalAge.by", age(messages, mostBy), who);
        } else {
            by = mostBy == 0 ? messages.get("typicalAge.oftenAtBirth")
                    : mostBy == 1 ? messages.get("typicalAge.oftenByOneMonth")
                    : messages.get("typicalAge.oftenBy", age(messages, mostBy));
        }
        if (age.emergesMonths().isEmpty() || age.emergesMonths().getAsInt() == mostBy) {
            return by;
        }
        int from = age.emergesMonths().getAsInt();
        String start = from == 0 ? messages.get("typicalAge.fromBirth")
                : from == 1 ? messages.get("typicalAge.fromOneMonth") : messages.get("typicalAge.from", age(messages, from));
        return messages.get("typicalAge.range", start, by);
    }

    static String age(Messages messages, int months) {
        if (months < 0) {
            throw new IllegalArgumentException("months must be 0 or more, was " + months);
        }
        if (months < MONTHS_UNTIL || months % 6 != 0) {
            return messages.count("age.months", months);
        }
        return months % 12 == 0 ? messages.count("age.years", months / 12)
                : messages.get("age.yearsAndAHalf", months / 12);
    }
}
