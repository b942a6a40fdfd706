package org.otmilestones.report;

/**
 * The feeling a piece of the handout carries; the drawing picks soft colours for it, and the words
 * and symbols always say the same thing, so colour is never the only signal.
 */
public enum Tone {
    /** Plain text. */
    NEUTRAL,
    /** The handout's own calm accent: headings, information notes. */
    CALM,
    /** Yes, on track. */
    GOOD,
    /** Sometimes, keep practicing. */
    GROWING,
    /** Not yet, talk to an OT, talk to the doctor. */
    ASK,
    /** Not sure, no answer, not enough answers. */
    UNKNOWN
}
