package org.otmilestones.core.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Answers;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.Child;
import org.otmilestones.core.GeneralQuestion;
import org.otmilestones.core.InvalidAssessmentException;
import org.otmilestones.core.JudgementModel;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.Polarity;
import org.otmilestones.core.internal.Normal;

/**
 * Simulated children answering a checklist, scored through {@link ChecklistScorer}: the model and targets
 * of the advice calibration (one shared factor per child with loading 0.6, each skill's logistic age
 * curve through its catalog 75% age with spread 2.7 months up to 24 months and in proportion after,
 * "sometimes" within 0.25 of the threshold; general questions answered "no", information-only medical signs
 * "yes", sensory signs not asked).
 */
final class CalibrationSimulation {

    /** Who is simulated, and at which ages. */
    enum Group {
        /** Children from the whole population, in the checklist's first month. */
        TYPICAL_FIRST_MONTH("typical, first month"),
        /** Children from the whole population, anywhere in the checklist's window (up to the next checklist). */
        TYPICAL_WINDOW("typical, whole window"),
        /** Children at the 2nd percentile (z = -2), in the middle of the window. */
        SECOND_PERCENTILE_MID("2nd percentile, mid-window");

        final String label;

        Group(String label) {
            this.label = label;
        }
    }

    /** The simulation's own model, fixed by the calibration reference, whatever thresholds the catalog sets. */
    static final JudgementModel CHILDREN = new JudgementModel(2.7, 24, 0.6, 0.25, 1.0, -2, -2, -2, -2, 0.9, 2, List.of());
    static final double RHO = 0.6;
    static final double BAND = 0.25;
    static final double SECOND_PERCENTILE_Z = -2.0;
    private static final LocalDate ASSESSED = LocalDate.of(2026, 6, 15);

    private CalibrationSimulation() {
    }

    /** The months of a checklist's window: from its age up to the next checklist's (12 months for the last). */
    static double[] window(Catalog catalog, Checkpoint checkpoint) {
        int end = catalog.next(checkpoint).map(Checkpoint::ageMonths)
                .orElse(checkpoint.ageMonths() + ChecklistScorer.MONTHS_PAST_LAST_CHECKPOINT);
        return new double[] {checkpoint.ageMonths(), end};
    }

    /** How many of {@code children} simulated children of the group get each next step. */
    static Map<NextStep, Integer> run(Catalog catalog, Checkpoint checkpoint, Group group, int children, long seed) {
        Random random = new Random(seed);
        Map<NextStep, Integer> counts = new EnumMap<>(NextStep.class);
        for (NextStep step : NextStep.values()) {
            counts.put(step, 0);
        }
        double[] window = window(catalog, checkpoint);
        List<Milestone> asked = catalog.milestones(checkpoint);
        for (int n = 0; n < children; n++) {
            double months = switch (group) {
                case TYPICAL_FIRST_MONTH -> window[0] + random.nextDouble();
                case TYPICAL_WINDOW -> window[0] + random.nextDouble() * (window[1] - window[0]);
                case SECOND_PERCENTILE_MID -> (window[0] + window[1]) / 2.0;
            };
            double z = group == Group.SECOND_PERCENTILE_MID ? SECOND_PERCENTILE_Z : random.nextGaussian();
            int whole = (int) Math.floor(months);
            LocalDate born = ASSESSED.minusMonths(whole).minusDays(Math.round((months - whole) * 30.0));
            double exact = ChecklistScorer.ageInMonths(org.otmilestones.core.Age.between(born, ASSESSED));
            Map<String, Answer> answers = new LinkedHashMap<>();
            for (Milestone milestone : asked) {
                answers.put(milestone.id(), answer(milestone, exact, z, random));
            }
            for (GeneralQuestion question : catalog.generalQuestions()) {
                answers.put(question.id(), question.polarity() == Polarity.CONCERN ? Answer.NOT_YET : Answer.YES);
            }
            try {
                ChecklistResult result = ChecklistScorer.score(catalog, Child.of("sim" + n, null, born),
                        new Answers(answers, java.util.Optional.of(checkpoint.id()), java.util.Optional.empty()),
                        ASSESSED);
                counts.merge(result.nextStep(), 1, Integer::sum);
            } catch (InvalidAssessmentException e) {
                throw new IllegalStateException(e);
            }
        }
        return counts;
    }

    /** One simulated parent's answer: the child's latent value against the skill's threshold at this age. */
    static Answer answer(Milestone milestone, double months, double z, Random random) {
        if (milestone.polarity() != Polarity.SKILL) {
            return Answer.NOT_YET;
        }
        if (!milestone.isScored()) {
            // An information-only question is a medical sign (eyes that work together, dry nights), not a skill on
            // the developmental curve: like the questions for every age, simulated children show no such sign.
            return Answer.YES;
        }
        double share = Math.min(Math.max(CHILDREN.shareAt(milestone.mostByMonths(), months), 1e-9), 1 - 1e-9);
        double threshold = Normal.quantile(1.0 - share);
        double latent = RHO * z + Math.sqrt(1 - RHO * RHO) * random.nextGaussian();
        if (Math.abs(latent - threshold) < BAND) {
            return Answer.SOMETIMES;
        }
        return latent > threshold ? Answer.YES : Answer.NOT_YET;
    }

    /** The share (0 to 1) of the counts at or above a step. */
    static double shareAtLeast(Map<NextStep, Integer> counts, NextStep step) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        int hits = counts.entrySet().stream().filter(e -> e.getKey().atLeast(step)).mapToInt(Map.Entry::getValue).sum();
        return (double) hits / total;
    }

    /** The share (0 to 1) of the counts at exactly a step. */
    static double share(Map<NextStep, Integer> counts, NextStep step) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        return (double) counts.get(step) / total;
    }

    /** Every target the catalog misses, one line each; empty when all hold for every checklist. */
    static List<String> misses(Catalog catalog, int children, long seed) {
        List<String> misses = new ArrayList<>();
        for (Checkpoint checkpoint : catalog.checkpoints()) {
            Map<NextStep, Integer> first = run(catalog, checkpoint, Group.TYPICAL_FIRST_MONTH, children, seed);
            Map<NextStep, Integer> window = run(catalog, checkpoint, Group.TYPICAL_WINDOW, children, seed + 1);
            Map<NextStep, Integer> low = run(catalog, checkpoint, Group.SECOND_PERCENTILE_MID, children, seed + 2);
            check(misses, checkpoint, "typical, first month: OT evaluation or doctor", shareAtLeast(first, NextStep.OT_EVALUATION), 0.10, true);
            check(misses, checkpoint, "typical, whole window: OT evaluation or doctor", shareAtLeast(window, NextStep.OT_EVALUATION), 0.08, true);
            check(misses, checkpoint, "2nd percentile: OT evaluation or more", shareAtLeast(low, NextStep.OT_EVALUATION), 0.75, false);
            check(misses, checkpoint, "2nd percentile: keep playing", share(low, NextStep.KEEP_PLAYING), 0.05, true);
        }
        return misses;
    }

    private static void check(List<String> misses, Checkpoint checkpoint, String what, double share, double target,
            boolean atMost) {
        if (atMost ? share > target : share < target) {
            misses.add(String.format(java.util.Locale.ROOT, "%s %s: %.1f%%, target %s %.0f%%", checkpoint.id(), what,
                    100 * share, atMost ? "at most" : "at least", 100 * target));
        }
    }
}
