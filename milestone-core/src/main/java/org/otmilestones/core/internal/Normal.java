package org.otmilestones.core.internal;

/** The standard normal distribution's density, cumulative share and its inverse, accurate to about 1e-7. */
public final class Normal {

    private Normal() {
    }

    /** The density at z. */
    public static double density(double z) {
        return Math.exp(-0.5 * z * z) / Math.sqrt(2.0 * Math.PI);
    }

    /** The share below z. */
    public static double cdf(double z) {
        // Abramowitz and Stegun 26.2.17 (error below 7.5e-8), mirrored for negative z.
        double x = Math.abs(z);
        double t = 1.0 / (1.0 + 0.2316419 * x);
        double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        double upper = density(x) * poly;
        return z >= 0 ? 1.0 - upper : upper;
    }

    /** The z below which this share lies (0 < p < 1). */
    public static double quantile(double p) {
        if (!(p > 0.0 && p < 1.0)) {
            throw new IllegalArgumentException("p must be above 0 and below 1, was " + p);
        }
        // A rational first guess (Abramowitz and Stegun 26.2.23), then two Newton steps on the cdf above.
        double q = p < 0.5 ? p : 1.0 - p;
        double t = Math.sqrt(-2.0 * Math.log(q));
        double z = t - (2.515517 + t * (0.802853 + t * 0.010328)) / (1.0 + t * (1.432788 + t * (0.189269 + t * 0.001308)));
        z = p < 0.5 ? -z : z;
        for (int i = 0; i < 2; i++) {
            z -= (cdf(z) - p) / Math.max(density(z), 1e-300);
        }
        return z;
    }
}
