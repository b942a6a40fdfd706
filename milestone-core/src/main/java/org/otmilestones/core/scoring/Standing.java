package org.otmilestones.core.scoring;

import org.otmilestones.core.internal.Normal;

/**
 * Where a child's answers place the child among children of the same exact age, as a z value (0 is
 * average, -2 is about the 2nd percentile), estimated from the answers against each skill's age curve.
 *
 * @param z the estimate from all counted answers (skills marked for review weighted by the catalog)
 * @param sourcedZ the estimate from the sourced skills alone, so a skill marked for review never decides an evaluation alone
 * @param answers how many answers were counted
 */
public record Standing(double z, double sourcedZ, int answers) {

    public Standing {
        if (!Double.isFinite(z) || !Double.isFinite(sourcedZ)) {
            throw new IllegalArgumentException("z and sourcedZ must be finite, were " + z + " and " + sourcedZ);
        }
        if (answers < 0) {
            throw new IllegalArgumentException("answers must be 0 or more, was " + answers);
        }
    }

    /** The percentile the estimate stands at, 0 to 100. */
    public double percentile() {
        return 100.0 * Normal.cdf(z);
    }

    /** The z rounded to two decimals, as exports write it. */
    public String zText() {
        return java.math.BigDecimal.valueOf(z).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
