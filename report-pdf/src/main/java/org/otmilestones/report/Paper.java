package org.otmilestones.report;

/** The paper size a handout is laid out for. */
public enum Paper {
    /** US Letter, 8.5 by 11 inches: the default. */
    LETTER,
    /** ISO A4, 210 by 297 mm. */
    A4
}
