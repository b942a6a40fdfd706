package org.otmilestones.core.scoring;

import java.util.Locale;
import java.util.Map;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.catalog.Catalogs;

/**
 * Prints, for every checklist of the bundled catalog (or of the catalog file named as the first
 * argument), the share of each next step for simulated children: typical children in the checklist's first
 * month and across its window, and children at the 2nd percentile mid-window. Not a test; run it with
 * {@code benchmarks/calibration.sh}.
 */
public final class CalibrationBenchmark {

    private CalibrationBenchmark() {
    }

    /**
     * Prints the table.
     *
     * @param args optional: a catalog file ("" for the bundled one), children per row, and three thresholds to
     *        try (the overall and the area z for an OT evaluation, the z for check again)
     */
    public static void main(String[] args) throws Exception {
        Catalog catalog = args.length > 0 && !args[0].isBlank()
                ? Catalogs.load(java.nio.file.Path.of(args[0])) : Catalogs.loadBundled();
        int children = args.length > 1 ? Integer.parseInt(args[1]) : 4000;
        if (args.length > 4) {
            // Trying other thresholds: the overall and the area evaluation z, and the check-again z.
            org.otmilestones.core.ScoringRules r = catalog.scoring();
            org.otmilestones.core.JudgementModel m = r.model();
            catalog = catalog.withScoring(new org.otmilestones.core.ScoringRules(r.sometimesCredit(),
                    r.talkToOtWhenCreditShareBelow(), r.keepPracticingWhenSometimesShareAbove(), r.minAnsweredShare(),
                    r.minAnswered(), new org.otmilestones.core.JudgementModel(m.spreadMonths(),
                            m.spreadGrowsAfterMonths(), m.answerCorrelation(), m.sometimesBand(), m.reviewWeight(),
                            Double.parseDouble(args[2]), Double.parseDouble(args[3]), Double.parseDouble(args[4]),
                            m.sourcedAgreeBelowZ(),
                            m.doctorSoonFromShare(), m.checkAgainAfterMonths(), m.sourceKeys())));
        }
        System.out.printf(Locale.ROOT, "Catalog %s %s, %d simulated children per row (model: docs/advice.md);"
                + " thresholds: OT evaluation below z %.2f overall or %.2f in an area, check again below %.2f%n%n",
                catalog.id(), catalog.version(), children, catalog.scoring().model().otEvaluationBelowZ(),
                catalog.scoring().model().areaOtEvaluationBelowZ(), catalog.scoring().model().checkAgainBelowZ());
        System.out.println("| Checklist | Children | Doctor soon | OT evaluation | Check again | Answer the rest | Keep playing "
                + "| OT evaluation or more |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (Checkpoint checkpoint : catalog.checkpoints()) {
            for (CalibrationSimulation.Group group : CalibrationSimulation.Group.values()) {
                Map<NextStep, Integer> counts = CalibrationSimulation.run(catalog, checkpoint, group, children,
                        20261207L + group.ordinal());
                StringBuilder row = new StringBuilder("| " + checkpoint.id() + " | " + group.label + " |");
                for (NextStep step : NextStep.values()) {
                    row.append(String.format(Locale.ROOT, " %.1f%% |", 100 * CalibrationSimulation.share(counts, step)));
                }
                row.append(String.format(Locale.ROOT, " %.1f%% |", 100
                        * CalibrationSimulation.shareAtLeast(counts, NextStep.OT_EVALUATION)));
                System.out.println(row);
            }
        }
        double se = Math.sqrt(0.08 * 0.92 / children) * 100;
        System.out.printf(Locale.ROOT, "%nSampling error (one standard error) of a share near 8%%: %.1f points; near 75%%:"
                + " %.1f points.%n", se, Math.sqrt(0.75 * 0.25 / children) * 100);
    }
}
