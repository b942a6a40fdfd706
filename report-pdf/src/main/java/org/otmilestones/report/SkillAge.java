package org.otmilestones.report;

import java.util.OptionalInt;
import org.otmilestones.core.Milestone;

/**
 * The ages of a skill as the charts draw them.
 *
 * @param mostByMonths the age by which most children (about 3 in 4) do it
 * @param emergesMonths the age it often starts, if known
 */
record SkillAge(int mostByMonths, OptionalInt emergesMonths) {

    static SkillAge of(Milestone milestone) {
        return new SkillAge(milestone.mostByMonths(), milestone.typicalAge().emergesMonths());
    }
}
