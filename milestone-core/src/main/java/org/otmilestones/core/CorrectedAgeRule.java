package org.otmilestones.core;

import java.util.List;
import java.util.Objects;

/**
 * When and how long a child's age is corrected for being born early; data in the catalog so a
 * clinic can follow another instrument's rule.
 *
 * @param pretermBeforeWeeks correct when born before this many weeks of pregnancy (37 by default)
 * @param termWeeks the length of a full-term pregnancy in weeks (40): weeks early = termWeeks - weeks at birth
 * @param correctUntilMonths stop correcting at this chronological age in months (24 by default)
 * @param sourceKeys keys of the catalog's {@link Source sources} for the rule; may be empty
 */
public record CorrectedAgeRule(int pretermBeforeWeeks, int termWeeks, int correctUntilMonths, List<String> sourceKeys) {

    /** Born before 37 weeks, corrected until 24 months of chronological age (AAP, Pathways.org). */
    public static final CorrectedAgeRule DEFAULT = new CorrectedAgeRule(37, 40, 24);

    /** A rule that cites no source. */
    public CorrectedAgeRule(int pretermBeforeWeeks, int termWeeks, int correctUntilMonths) {
        this(pretermBeforeWeeks, termWeeks, correctUntilMonths, List.of());
    }

    public CorrectedAgeRule {
        sourceKeys = List.copyOf(Objects.requireNonNull(sourceKeys, "sourceKeys"));
        if (termWeeks < Child.MIN_WEEKS_AT_BIRTH || termWeeks > Child.MAX_WEEKS_AT_BIRTH) {
            throw new IllegalArgumentException("termWeeks must be " + Child.MIN_WEEKS_AT_BIRTH + ".."
                    + Child.MAX_WEEKS_AT_BIRTH + ", was " + termWeeks);
        }
        if (pretermBeforeWeeks < Child.MIN_WEEKS_AT_BIRTH || pretermBeforeWeeks > termWeeks) {
            throw new IllegalArgumentException("pretermBeforeWeeks must be " + Child.MIN_WEEKS_AT_BIRTH
                    + ".." + termWeeks + ", was " + pretermBeforeWeeks);
        }
        if (correctUntilMonths < 0 || correctUntilMonths > 60) {
            throw new IllegalArgumentException("correctUntilMonths must be 0..60, was " + correctUntilMonths);
        }
    }
}
