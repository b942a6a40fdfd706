package org.otmilestones.core;

/**
 * What kind of study or list an {@link Evidence} record rests on, in the catalog's order of preference:
 * CDC 2022 first, then US norms, then non-US norms (which run later than US norms), then lists.
 */
public enum EvidenceKind {
    /** CDC's 2022 checklists, which place each skill where about 3 in 4 children have it. */
    CDC_2022("CDC 2022"),
    /** A US-normed instrument or study (such as the Denver II US norms or a US percentile study). */
    US_NORM("US norm"),
    /** A norm from children outside the US, such as the GCDG/D-score cohorts: its ages run later than US norms. */
    NON_US_NORM("non-US norm, runs later than US norms"),
    /** A textbook's or a professional body's list of typical ages, from no stated sample. */
    TEXTBOOK("textbook or expert list"),
    /** A school's learning standard: what children are taught to do by the end of a school year. */
    SCHOOL_STANDARD("school standard");

    private final String label;

    EvidenceKind(String label) {
        this.label = label;
    }

    /** A short English label for a therapist, such as "non-US norm, runs later than US norms". */
    public String label() {
        return label;
    }
}
