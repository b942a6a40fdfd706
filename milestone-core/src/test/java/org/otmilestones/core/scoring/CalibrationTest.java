package org.otmilestones.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.JudgementModel;
import org.otmilestones.core.ScoringRules;
import org.otmilestones.core.catalog.Catalogs;

/**
 * The calibration gate: simulated children (docs/advice.md has the model) of every checklist of the
 * bundled catalog, 2,000 per group with a fixed seed, meet every target; one standard error is about
 * 0.6 points near 8% and 1 point near 75%.
 */
class CalibrationTest {

    private static final Catalog CATALOG = Catalogs.loadBundled();
    private static final int CHILDREN = 2000;
    private static final long SEED = 20261207L;

    private static Catalog withThresholds(double ot, double area, double checkAgain) {
        ScoringRules r = CATALOG.scoring();
        JudgementModel m = r.model();
        return CATALOG.withScoring(new ScoringRules(r.sometimesCredit(), r.talkToOtWhenCreditShareBelow(),
                r.keepPracticingWhenSometimesShareAbove(), r.minAnsweredShare(), r.minAnswered(),
                new JudgementModel(m.spreadMonths(), m.spreadGrowsAfterMonths(), m.answerCorrelation(),
                        m.sometimesBand(), m.reviewWeight(), ot, area, checkAgain, m.sourcedAgreeBelowZ(),
                        m.doctorSoonFromShare(), m.checkAgainAfterMonths(), m.sourceKeys())));
    }

    /**
     * The targets catalog 2027.1.0 misses, each named and explained in docs/advice.md; any other miss fails
     * the gate. The 7-year checklist has too few scored skills left to find children at the 2nd percentile;
     * across the 15-month and 4-year windows typical children reach an evaluation or the doctor about 8.5% of
     * the time (the 4-year one includes a red-flag skill past its 90% age), within a point of the target.
     */
    private static final java.util.Set<String> KNOWN_MISSES = java.util.Set.of(
            "7y 2nd percentile: OT evaluation or more", "7y 2nd percentile: keep playing",
            "15m typical, whole window: OT evaluation or doctor", "4y typical, whole window: OT evaluation or doctor");

    @Test
    void meetsEveryTargetForEveryChecklistOfTheBundledCatalogButTheNamedMisses() {
        List<String> misses = CalibrationSimulation.misses(CATALOG, CHILDREN, SEED).stream()
                .filter(m -> !KNOWN_MISSES.contains(m.substring(0, m.lastIndexOf(':')))).toList();

        assertThat(misses).as("targets missed (run benchmarks/calibration.sh for the table)").isEmpty();
    }

    @Test
    void failsTheGateWhenTheEvaluationThresholdSendsTypicalChildren() {
        List<String> misses = CalibrationSimulation.misses(withThresholds(-0.5, -0.8, -0.3), 400, SEED);

        assertThat(misses).anyMatch(m -> m.contains("typical, first month"))
                .anyMatch(m -> m.contains("typical, whole window"));
    }

    @Test
    void failsTheGateWhenTheThresholdsMissChildrenAtTheSecondPercentile() {
        List<String> misses = CalibrationSimulation.misses(withThresholds(-3.5, -4.0, -3.0), 400, SEED);

        assertThat(misses).anyMatch(m -> m.contains("2nd percentile: OT evaluation or more"))
                .anyMatch(m -> m.contains("2nd percentile: keep playing"));
    }
}
