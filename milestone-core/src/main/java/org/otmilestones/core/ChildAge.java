package org.otmilestones.core;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A child's age on the assessment date: chronological, and corrected for prematurity when the
 * catalog's {@link CorrectedAgeRule} applies.
 *
 * @param chronological the age since birth
 * @param corrected the age counted from the due date, when it was used
 * @param weeksEarly how many weeks early the child was born (0 when not known or not early)
 */
public record ChildAge(Age chronological, Optional<Age> corrected, int weeksEarly) {

    public ChildAge {
        Objects.requireNonNull(chronological, "chronological");
        Objects.requireNonNull(corrected, "corrected");
        if (weeksEarly < 0) {
            throw new IllegalArgumentException("weeksEarly must be 0 or more, was " + weeksEarly);
        }
    }

    /**
     * The child's age on {@code assessedOn}.
     *
     * @throws InvalidAssessmentException when the birth date is after the assessment date
     */
    public static ChildAge of(Child child, LocalDate assessedOn, CorrectedAgeRule rule)
            throws InvalidAssessmentException {
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(assessedOn, "assessedOn");
        Objects.requireNonNull(rule, "rule");
        if (child.dateOfBirth().isAfter(assessedOn)) {
            throw new InvalidAssessmentException(InvalidAssessmentException.Field.DATE_OF_BIRTH,
                    "the date of birth is after the assessment date " + assessedOn,
                    "check the date of birth and the assessment date");
        }
        Age chronological = Age.between(child.dateOfBirth(), assessedOn);
        int weeksEarly = child.weeksAtBirth()
                .filter(weeks -> weeks < rule.pretermBeforeWeeks())
                .map(weeks -> rule.termWeeks() - weeks)
                .orElse(0);
        if (weeksEarly == 0 || chronological.months() >= rule.correctUntilMonths()) {
            return new ChildAge(chronological, Optional.empty(), weeksEarly);
        }
        LocalDate dueDate = child.dateOfBirth().plusWeeks(weeksEarly);
        // Assessed before the due date: the corrected age is "not yet born"; count it as zero.
        Age corrected = dueDate.isAfter(assessedOn) ? new Age(0, 0) : Age.between(dueDate, assessedOn);
        return new ChildAge(chronological, Optional.of(corrected), weeksEarly);
    }

    /** The age milestones are judged against: corrected when it was used, else chronological. */
    public Age forMilestones() {
        return corrected.orElse(chronological);
    }
}
