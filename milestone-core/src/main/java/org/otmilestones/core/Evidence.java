package org.otmilestones.core;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What a source measured for a skill and the age and percent it gives, so a therapist can weigh the
 * age a milestone is asked at ("GCDG 75% at 21.5 months", "CDC 2022, about 3 in 4 by 24 months").
 *
 * @param sourceKey the key of the catalog's {@link Source} it comes from
 * @param measured what the source measured, in its own terms, such as {@code Denver "tower of 6 cubes"}
 * @param ageMonths the age in months the source gives, with at most two decimals (21.5, 25.75, 4.46)
 * @param percent the share of children (1 to 100) the source says have the skill by that age; empty when
 *        the source states none (an average age or a list of typical ages)
 * @param kind what kind of study or list it is
 */
public record Evidence(String sourceKey, String measured, BigDecimal ageMonths, OptionalInt percent, EvidenceKind kind) {

    public Evidence {
        Ids.require(sourceKey, "sourceKey");
        if (measured == null || measured.isBlank()) {
            throw new IllegalArgumentException("measured must say what the source measured, was blank");
        }
        Objects.requireNonNull(ageMonths, "ageMonths");
        if (ageMonths.signum() < 0 || ageMonths.compareTo(BigDecimal.valueOf(TypicalAge.MAX_MONTHS)) > 0) {
            throw new IllegalArgumentException("ageMonths must be 0.." + TypicalAge.MAX_MONTHS + ", was " + ageMonths);
        }
        if (ageMonths.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("ageMonths must have at most two decimals (such as 21.5 or 4.46), was "
                    + ageMonths);
        }
        Objects.requireNonNull(percent, "percent");
        if (percent.isPresent() && (percent.getAsInt() < 1 || percent.getAsInt() > 100)) {
            throw new IllegalArgumentException("percent must be 1..100 when stated, was " + percent.getAsInt());
        }
        Objects.requireNonNull(kind, "kind");
        if (kind == EvidenceKind.CDC_2022 && (percent.isEmpty() || percent.getAsInt() != 75)) {
            throw new IllegalArgumentException("percent of a CDC_2022 record must be 75 (CDC's \"about 3 in 4\"), was "
                    + (percent.isPresent() ? percent.getAsInt() : "none"));
        }
    }

    /** A CDC 2022 checklist skill: about 3 in 4 children have it by the checklist's age. */
    public static Evidence cdc2022(String sourceKey, String measured, int ageMonths) {
        return new Evidence(sourceKey, measured, BigDecimal.valueOf(ageMonths), OptionalInt.of(75), EvidenceKind.CDC_2022);
    }

    /** True when the source states what share of children have the skill by its age. */
    public boolean statesPercent() {
        return percent.isPresent();
    }

    /**
     * One line for a therapist: {@code GCDG 75% at 21.5 months (WEBER2019, non-US norm, runs later than US
     * norms): Denver "tower of 4 blocks"}.
     */
    public String line() {
        String age = ageMonths.stripTrailingZeros().toPlainString();
        String share = percent.isPresent() ? percent.getAsInt() + "% by " + age + " months"
                : "age " + age + " months, no percent stated";
        return share + " (" + sourceKey + ", " + kind.label() + "): " + measured;
    }
}
