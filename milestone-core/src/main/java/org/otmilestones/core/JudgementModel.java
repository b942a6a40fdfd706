package org.otmilestones.core;

import java.util.List;
import java.util.Objects;

/**
 * The age-aware judgement's parameters: each scored skill's age curve, how a child's answers are read
 * against them, and the standings at which the next step changes; they live in the catalog's scoring
 * section so a clinic can change them.
 *
 * <p>Each scored skill passes for a share P(age) = 1 / (1 + exp(-(age - m50) / s)) of children, with its
 * 75% point at the skill's {@code mostByMonths} (so m50 = mostBy - s ln 3); the spread s is
 * {@code spreadMonths} up to {@code spreadGrowsAfterMonths} and grows in proportion to the skill's age after
 * it. A child's standing z is read from all answers as in a one-factor (Rasch-style) model such as the
 * D-score (Weber et al., BMJ Global Health 2019): every answer pulls the estimate up or down by how
 * surprising it is for a child of that exact age.
 *
 * @param spreadMonths the spread s of a skill's age curve, in months, for skills up to {@code spreadGrowsAfterMonths}
 * @param spreadGrowsAfterMonths from this age on the spread grows in proportion to the skill's 75% age
 * @param answerCorrelation how much the answers of one child share: the loading of the child's standing (0 to 1)
 * @param sometimesBand how close to the threshold a child must be for the parent to answer "sometimes"
 * @param reviewWeight how much a skill marked for review counts, 0 (not at all) to 1 (like a sourced skill)
 * @param otEvaluationBelowZ an OT evaluation when the child's standing over all answers is below this
 * @param areaOtEvaluationBelowZ an OT evaluation when the standing in one area is below this
 * @param checkAgainBelowZ check again in a month or two when the standing over all answers is below this
 * @param sourcedAgreeBelowZ an OT evaluation also needs the sourced skills alone to place the child below this,
 *        so skills marked for review never decide an evaluation on their own
 * @param doctorSoonFromShare a red-flag skill answered "not yet" sends to the doctor soon once this share of
 *        children have it at the child's age (about 9 in 10); before that it is "check again"
 * @param checkAgainAfterMonths how many months later the family answers again when told to check again
 * @param sourceKeys keys of the catalog's sources for the model
 */
public record JudgementModel(double spreadMonths, int spreadGrowsAfterMonths, double answerCorrelation,
        double sometimesBand, double reviewWeight, double otEvaluationBelowZ, double areaOtEvaluationBelowZ,
        double checkAgainBelowZ, double sourcedAgreeBelowZ, double doctorSoonFromShare, int checkAgainAfterMonths, List<String> sourceKeys) {

    /** The project's default: the D-score anchor (s = 2.7 months), thresholds set by the calibration benchmark. */
    public static final JudgementModel DEFAULT = new JudgementModel(2.7, 24, 0.6, 0.25, 0.7, -1.3, -1.8, -0.6,
            -0.3, 0.9, 2, List.of("WEBER2019"));

    public JudgementModel {
        if (!(spreadMonths > 0.0 && spreadMonths <= 24.0)) {
            throw new IllegalArgumentException("spreadMonths must be above 0 and at most 24, was " + spreadMonths);
        }
        if (spreadGrowsAfterMonths < 1 || spreadGrowsAfterMonths > TypicalAge.MAX_MONTHS) {
            throw new IllegalArgumentException("spreadGrowsAfterMonths must be 1.." + TypicalAge.MAX_MONTHS + ", was "
                    + spreadGrowsAfterMonths);
        }
        if (!(answerCorrelation > 0.0 && answerCorrelation < 1.0)) {
            throw new IllegalArgumentException("answerCorrelation must be above 0 and below 1, was " + answerCorrelation);
        }
        if (!(sometimesBand >= 0.0 && sometimesBand <= 1.0)) {
            throw new IllegalArgumentException("sometimesBand must be 0..1, was " + sometimesBand);
        }
        if (!(reviewWeight >= 0.0 && reviewWeight <= 1.0)) {
            throw new IllegalArgumentException("reviewWeight must be 0..1, was " + reviewWeight);
        }
        requireZ(otEvaluationBelowZ, "otEvaluationBelowZ");
        requireZ(areaOtEvaluationBelowZ, "areaOtEvaluationBelowZ");
        requireZ(checkAgainBelowZ, "checkAgainBelowZ");
        requireZ(sourcedAgreeBelowZ, "sourcedAgreeBelowZ");
        if (otEvaluationBelowZ > checkAgainBelowZ) {
            throw new IllegalArgumentException("otEvaluationBelowZ (" + otEvaluationBelowZ
                    + ") must not be above checkAgainBelowZ (" + checkAgainBelowZ + ")");
        }
        if (!(doctorSoonFromShare > 0.75 && doctorSoonFromShare < 1.0)) {
            throw new IllegalArgumentException("doctorSoonFromShare must be above 0.75 and below 1, was "
                    + doctorSoonFromShare);
        }
        if (checkAgainAfterMonths < 1 || checkAgainAfterMonths > 6) {
            throw new IllegalArgumentException("checkAgainAfterMonths must be 1..6, was " + checkAgainAfterMonths);
        }
        sourceKeys = List.copyOf(Objects.requireNonNull(sourceKeys, "sourceKeys"));
    }

    private static void requireZ(double z, String parameter) {
        if (!(z >= -4.0 && z <= 0.0)) {
            throw new IllegalArgumentException(parameter + " must be -4..0 (a standing below average), was " + z);
        }
    }

    /** The spread s of the age curve of a skill that 3 in 4 children have by this age, in months. */
    public double spreadFor(double mostByMonths) {
        return mostByMonths <= spreadGrowsAfterMonths ? spreadMonths : spreadMonths * mostByMonths / spreadGrowsAfterMonths;
    }

    /** The share of children of this exact age (in months) who have a skill that 3 in 4 have by {@code mostByMonths}. */
    public double shareAt(double mostByMonths, double ageMonths) {
        double s = spreadFor(mostByMonths);
        double m50 = mostByMonths - s * Math.log(3.0);
        return 1.0 / (1.0 + Math.exp(-(ageMonths - m50) / s));
    }

    /** The age in months by which this share of children have a skill that 3 in 4 have by {@code mostByMonths}. */
    public double ageForShare(double mostByMonths, double share) {
        if (!(share > 0.0 && share < 1.0)) {
            throw new IllegalArgumentException("share must be above 0 and below 1, was " + share);
        }
        double s = spreadFor(mostByMonths);
        double m50 = mostByMonths - s * Math.log(3.0);
        return m50 + s * Math.log(share / (1.0 - share));
    }
}
