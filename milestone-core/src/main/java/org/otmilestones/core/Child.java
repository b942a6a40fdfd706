package org.otmilestones.core;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The child a checklist is about.
 *
 * @param id the clinic's id for the child, or the row's id when the form has none
 * @param name the child's name, if the form asked for it
 * @param dateOfBirth the date of birth
 * @param weeksAtBirth weeks of pregnancy at birth, if known ({@value #MIN_WEEKS_AT_BIRTH}..{@value #MAX_WEEKS_AT_BIRTH})
 */
public record Child(String id, Optional<String> name, LocalDate dateOfBirth, Optional<Integer> weeksAtBirth) {

    /** The fewest weeks of pregnancy at birth we accept. */
    public static final int MIN_WEEKS_AT_BIRTH = 22;
    /** The most weeks of pregnancy at birth we accept. */
    public static final int MAX_WEEKS_AT_BIRTH = 44;

    public Child {
        Ids.require(id, "id");
        Objects.requireNonNull(name, "name");
        name = name.map(String::strip).filter(n -> !n.isEmpty());
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(weeksAtBirth, "weeksAtBirth");
        weeksAtBirth.ifPresent(weeks -> {
            if (weeks < MIN_WEEKS_AT_BIRTH || weeks > MAX_WEEKS_AT_BIRTH) {
                throw new IllegalArgumentException("weeksAtBirth must be " + MIN_WEEKS_AT_BIRTH + ".."
                        + MAX_WEEKS_AT_BIRTH + ", was " + weeks);
            }
        });
    }

    /** The id only: a name and birth date are health data and must not reach a log through toString. */
    @Override
    public String toString() {
        return "Child[id=" + id + "]";
    }

    /** A child with a name and no known weeks at birth. */
    public static Child of(String id, String name, LocalDate dateOfBirth) {
        return new Child(id, Optional.ofNullable(name), dateOfBirth, Optional.empty());
    }

    /** This child with weeks of pregnancy at birth. */
    public Child bornAtWeeks(int weeks) {
        return new Child(id, name, dateOfBirth, Optional.of(weeks));
    }
}
