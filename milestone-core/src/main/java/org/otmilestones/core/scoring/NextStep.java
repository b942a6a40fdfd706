package org.otmilestones.core.scoring;

/**
 * The one next step for a child, the highest that applies; the handout, every export and the staff list
 * carry the same one. Declared from the most to the least urgent.
 */
public enum NextStep {
    /**
     * Talk to the child's doctor soon: a red-flag question answered with concern (a lost skill, a worried
     * parent, one side of the body used much less), or a red-flag skill "not yet" past the age by which
     * about 9 in 10 children have it.
     */
    DOCTOR_SOON,
    /** Ask the child's doctor (or the clinic) about an OT evaluation: answers well below what same-age children show. */
    OT_EVALUATION,
    /**
     * The watch zone: practise with the ideas, mention these skills at the next check-up and answer the
     * checklist again in a month or two.
     */
    CHECK_AGAIN,
    /** Too few answers to say anything: answer the questions left. */
    ANSWER_REST,
    /** Keep playing and practising together, and fill in the next checklist at its age. */
    KEEP_PLAYING;

    /** True when this step is at least as urgent as the other. */
    public boolean atLeast(NextStep other) {
        return ordinal() <= other.ordinal();
    }

    /**
     * The step as the command line's summary table and the web staff list show it: {@code doctor-soon},
     * {@code OT-evaluation}, {@code check-again}, {@code answer-rest}, {@code keep-playing}.
     */
    public String word() {
        return switch (this) {
            case DOCTOR_SOON -> "doctor-soon";
            case OT_EVALUATION -> "OT-evaluation";
            case CHECK_AGAIN -> "check-again";
            case ANSWER_REST -> "answer-rest";
            case KEEP_PLAYING -> "keep-playing";
        };
    }

    /** The step in lower case, as the CSV exports write it: {@code doctor_soon}, {@code keep_playing}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
