package org.otmilestones.readability;

/** The kinds of text a parent reads, as the readability report groups them. */
public enum TextKind {
    /** A checkpoint's title, for example "Skills most children have by 2 years". */
    CHECKPOINT_TITLE,
    /** An area's everyday name. */
    AREA_NAME,
    /** What an area is. */
    AREA_WHAT_IT_IS,
    /** Why an area matters. */
    AREA_WHY_IT_MATTERS,
    /** A sign that a child may find an area hard. */
    SIGN_OF_DIFFICULTY,
    /** A sign that means: talk to your child's doctor. */
    RED_FLAG,
    /** A milestone's question. */
    MILESTONE_QUESTION,
    /** A general red-flag question asked at every checkpoint. */
    GENERAL_QUESTION,
    /** A home activity. */
    ACTIVITY,
    /** A guidance text of the handout. */
    GUIDANCE,
    /** The handout's own fixed wording (headings, notices, labels), outside the catalog. */
    HANDOUT_WORDING;

    /** True for the questions a parent answers, which the gate holds to a stricter limit. */
    public boolean isQuestion() {
        return this == MILESTONE_QUESTION || this == GENERAL_QUESTION;
    }
}
