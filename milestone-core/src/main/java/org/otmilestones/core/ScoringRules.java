package org.otmilestones.core;

/**
 * The thresholds that turn an area's answer counts into a status; they live in the catalog so a
 * clinic can follow its own instrument.
 *
 * @param talkToOtWhenNotYetShareAbove "talk to an OT" when "not yet" is more than this share of the answered items
 * @param keepPracticingWhenSometimesShareAbove "keep practicing" when "sometimes" is more than this share
 * @param minAnsweredShare "not enough answers" when fewer than this share of the asked items are answered
 * @param minAnswered "not enough answers" when fewer than this many items are answered (or all asked, if fewer were asked)
 */
public record ScoringRules(double talkToOtWhenNotYetShareAbove, double keepPracticingWhenSometimesShareAbove,
        double minAnsweredShare, int minAnswered) {

    /** The project's default rule, from the clinic guidance behind it. */
    public static final ScoringRules DEFAULT = new ScoringRules(0.5, 0.5, 2.0 / 3.0, 2);

    public ScoringRules {
        requireShare(talkToOtWhenNotYetShareAbove, "talkToOtWhenNotYetShareAbove");
        requireShare(keepPracticingWhenSometimesShareAbove, "keepPracticingWhenSometimesShareAbove");
        requireShare(minAnsweredShare, "minAnsweredShare");
        if (minAnswered < 1) {
            throw new IllegalArgumentException("minAnswered must be 1 or more, was " + minAnswered);
        }
    }

    private static void requireShare(double share, String parameter) {
        if (!(share >= 0.0 && share < 1.0)) {
            throw new IllegalArgumentException(parameter + " must be at least 0 and below 1, was " + share);
        }
    }
}
