package org.otmilestones.report;

import java.util.List;
import org.otmilestones.core.scoring.AreaResult;
import org.otmilestones.core.scoring.ItemResult;

/** What the scored result says beyond each area's status, read in one place. */
final class Outcomes {

    private Outcomes() {
    }

    /** True when the area was asked and is not on track. */
    static boolean notOnTrack(AreaResult area) {
        return area.isNotOnTrack();
    }

    /** The asked skills CDC lists for this age that were "not yet": mention them at the next check-up. */
    static List<ItemResult> cdcSkillsNotYet(AreaResult area) {
        return area.cdcSkillsNotYet();
    }
}
