package org.otmilestones.core;

/** What kind of publication a source is; every kind but {@link #OTHER} can support a milestone alone. */
public enum SourceKind {
    /** A government health or education agency, such as CDC, NHS or a state department. */
    GOVERNMENT,
    /** A professional body, such as AAP (and HealthyChildren.org), AOTA, RCOT or CanChild. */
    PROFESSIONAL_BODY,
    /** A peer-reviewed article, with a DOI or a PubMed id. */
    PEER_REVIEWED,
    /** A published assessment instrument or textbook, with its edition and ISBN where it has them. */
    INSTRUMENT_OR_TEXTBOOK,
    /** Anything else, such as a clinic's or a blog's page: never enough on its own. */
    OTHER;

    /** True for the kinds a clinician accepts as support for a milestone: all but {@link #OTHER}. */
    public boolean isAuthoritative() {
        return this != OTHER;
    }
}
