package org.otmilestones.core;

/** Which answer to a question is the good one. */
public enum Polarity {
    /** "Yes" is good: the child shows the skill. */
    SKILL,
    /** "Yes" is a worry: the question asks about a sign of difficulty. */
    CONCERN
}
