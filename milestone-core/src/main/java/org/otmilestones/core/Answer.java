package org.otmilestones.core;

/** A parent's answer to one checklist question. */
public enum Answer {
    /** The child does it. */
    YES,
    /** The child does it sometimes, or not well yet: half of a "yes". */
    SOMETIMES,
    /** The child does not do it yet. */
    NOT_YET,
    /** The parent does not know; kept apart from a blank because it is information for the therapist. */
    NOT_SURE,
    /** The question was asked but left blank. */
    NO_ANSWER;

    /** True for yes, sometimes and not yet: the answers that count towards a status. */
    public boolean isAnswered() {
        return this == YES || this == SOMETIMES || this == NOT_YET;
    }

    /**
     * The answer as it counts for a question of the given polarity: on a {@link Polarity#CONCERN}
     * question "yes" is the worry, so it counts as "not yet" and "not yet" counts as "yes".
     */
    public Answer countedFor(Polarity polarity) {
        if (polarity == Polarity.SKILL) {
            return this;
        }
        return switch (this) {
            case YES -> NOT_YET;
            case NOT_YET -> YES;
            default -> this;
        };
    }

    /** True when this answer to a question of that polarity is a worry (a skill not yet there, a concern seen). */
    public boolean isConcernFor(Polarity polarity) {
        Answer counted = countedFor(polarity);
        return counted == NOT_YET || (polarity == Polarity.CONCERN && counted == SOMETIMES);
    }
}
