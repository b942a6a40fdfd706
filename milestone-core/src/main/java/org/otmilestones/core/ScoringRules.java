package org.otmilestones.core;

/**
 * The thresholds that turn an area's answers into a status, and the model that turns all answers into
 * the one next step; they live in the catalog so a clinic can follow its own instrument.
 *
 * <p>Each answered skill gives credit: "yes" 1, "sometimes" {@code sometimesCredit}, "not yet" 0.
 *
 * @param sometimesCredit the credit of a "sometimes", between 0 and 1 (half of a "yes" by default)
 * @param talkToOtWhenCreditShareBelow "no" to most skills of an area: the credit is less than this share of the answered skills
 * @param keepPracticingWhenSometimesShareAbove "keep practicing" when "sometimes" is more than this share
 * @param minAnsweredShare "not enough answers" when fewer than this share of the asked items are answered
 * @param minAnswered "not enough answers" when fewer than this many items are answered (or all asked, if fewer were asked)
 * @param model the age-aware judgement that decides the next step (age curves, standing thresholds, source)
 */
public record ScoringRules(double sometimesCredit, double talkToOtWhenCreditShareBelow,
        double keepPracticingWhenSometimesShareAbove, double minAnsweredShare, int minAnswered,
        JudgementModel model) {

    /** The project's default rule, from the clinic guidance behind it. */
    public static final ScoringRules DEFAULT = new ScoringRules(0.5, 0.5, 0.5, 2.0 / 3.0, 2, JudgementModel.DEFAULT);

    public ScoringRules {
        if (!(sometimesCredit >= 0.0 && sometimesCredit <= 1.0)) {
            throw new IllegalArgumentException("sometimesCredit must be 0..1, was " + sometimesCredit);
        }
        requireShare(talkToOtWhenCreditShareBelow, "talkToOtWhenCreditShareBelow");
        requireShare(keepPracticingWhenSometimesShareAbove, "keepPracticingWhenSometimesShareAbove");
        requireShare(minAnsweredShare, "minAnsweredShare");
        if (minAnswered < 1) {
            throw new IllegalArgumentException("minAnswered must be 1 or more, was " + minAnswered);
        }
        java.util.Objects.requireNonNull(model, "model");
    }

    private static void requireShare(double share, String parameter) {
        if (!(share >= 0.0 && share < 1.0)) {
            throw new IllegalArgumentException(parameter + " must be at least 0 and below 1, was " + share);
        }
    }
}
