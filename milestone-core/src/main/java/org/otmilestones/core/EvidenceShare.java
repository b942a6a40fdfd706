package org.otmilestones.core;

/**
 * How many of a catalog's scored skills rest on a source that states a percent (such as CDC's "about 3
 * in 4" or a study's 75th percentile), rather than on an average age or a list of typical ages.
 *
 * @param scored the number of scored milestones
 * @param statingPercent how many of them have an evidence record whose source states a percent
 */
public record EvidenceShare(int scored, int statingPercent) {

    public EvidenceShare {
        if (scored < 0 || statingPercent < 0 || statingPercent > scored) {
            throw new IllegalArgumentException("statingPercent must be 0..scored (" + scored + "), was " + statingPercent);
        }
    }

    /** The share in the catalog's scored milestones. */
    public static EvidenceShare of(Catalog catalog) {
        int scored = 0;
        int stating = 0;
        for (Milestone m : catalog.milestones()) {
            if (m.isScored()) {
                scored++;
                if (m.restsOnAStatedPercent()) {
                    stating++;
                }
            }
        }
        return new EvidenceShare(scored, stating);
    }

    /** The share as a percentage from 0 to 100; 0 for a catalog with no scored skill. */
    public double percent() {
        return scored == 0 ? 0 : 100.0 * statingPercent / scored;
    }
}
