package org.otmilestones.core.scoring;

import java.util.List;
import org.otmilestones.core.Answer;
import org.otmilestones.core.JudgementModel;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.Polarity;
import org.otmilestones.core.Review;
import org.otmilestones.core.internal.Normal;

/**
 * Estimates a child's standing from answers against the skills' age curves: the mean of the standing
 * given the answers (a normal prior, the population, times each answer's likelihood), on a grid.
 *
 * <p>A child of standing z answers a skill "yes" when rho z + sqrt(1 - rho^2) e is above the skill's
 * threshold at the child's age (the (1 - P(age)) quantile of the normal), "sometimes" within the
 * catalog's band of it; the same model the calibration benchmark simulates children with.
 */
final class StandingEstimator {

    private static final double LOW = -4.0;
    private static final double STEP = 0.1;
    private static final int POINTS = 81;
    private static final double[] GRID = new double[POINTS];
    private static final double[] LOG_PRIOR = new double[POINTS];

    static {
        for (int i = 0; i < POINTS; i++) {
            GRID[i] = LOW + i * STEP;
            LOG_PRIOR[i] = -0.5 * GRID[i] * GRID[i];
        }
    }

    private final JudgementModel model;
    private final double sometimesCredit;
    private final double ageMonths;

    StandingEstimator(JudgementModel model, double sometimesCredit, double ageMonths) {
        this.model = model;
        this.sometimesCredit = sometimesCredit;
        this.ageMonths = ageMonths;
    }

    /** True when the item's answer counts towards the standing: a scored skill answered yes, sometimes or not yet. */
    static boolean counts(ItemResult item) {
        return item.milestone().isScored() && item.milestone().polarity() == Polarity.SKILL
                && item.counted().isAnswered();
    }

    /** The standing from these items (those that do not count are left out), or empty when none counts. */
    java.util.Optional<Standing> estimate(List<ItemResult> items) {
        double[] all = LOG_PRIOR.clone();
        double[] sourced = LOG_PRIOR.clone();
        int n = 0;
        for (ItemResult item : items) {
            if (!counts(item)) {
                continue;
            }
            n++;
            boolean review = item.milestone().review() == Review.NEEDS_REVIEW;
            double weight = review ? model.reviewWeight() : 1.0;
            double[] log = logLikelihood(item.milestone(), item.counted());
            for (int i = 0; i < POINTS; i++) {
                all[i] += weight * log[i];
                if (!review) {
                    sourced[i] += log[i];
                }
            }
        }
        if (n == 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Standing(mean(all), mean(sourced), n));
    }

    private double[] logLikelihood(Milestone milestone, Answer counted) {
        double share = model.shareAt(milestone.mostByMonths(), ageMonths);
        share = Math.min(Math.max(share, 1e-6), 1.0 - 1e-6);
        double threshold = Normal.quantile(1.0 - share);
        double rho = model.answerCorrelation();
        double sigma = Math.sqrt(1.0 - rho * rho);
        double band = model.sometimesBand();
        double[] log = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            double centre = rho * GRID[i];
            double below = Normal.cdf((threshold - band - centre) / sigma);
            double notAbove = Normal.cdf((threshold + band - centre) / sigma);
            double yes = 1.0 - notAbove;
            double no = below;
            double p = switch (counted) {
                case YES -> yes;
                case NOT_YET -> no;
                // With no band a "sometimes" reads as part "yes", part "no", as its credit says.
                default -> band > 1e-9 ? notAbove - below
                        : Math.exp(sometimesCredit * Math.log(Math.max(yes, 1e-12))
                                + (1 - sometimesCredit) * Math.log(Math.max(no, 1e-12)));
            };
            log[i] = Math.log(Math.max(p, 1e-12));
        }
        return log;
    }

    private static double mean(double[] log) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : log) {
            max = Math.max(max, v);
        }
        double sum = 0;
        double weighted = 0;
        for (int i = 0; i < POINTS; i++) {
            double w = Math.exp(log[i] - max);
            sum += w;
            weighted += w * GRID[i];
        }
        return weighted / sum;
    }
}
