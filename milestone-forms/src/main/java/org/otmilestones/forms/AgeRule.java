package org.otmilestones.forms;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.CorrectedAgeRule;

/**
 * The child's age in months as the tools that can calculate compute it, and which checkpoint's section an
 * age shows, both from the catalog: the age counted from the due date for a baby born early (until the
 * catalog's age limit), months of 30.4375 days, and the latest checkpoint at or below the age (the first
 * for a younger child). A day or two from a birthday the tool may show the neighbouring checklist; the
 * import then scores the checklist the parent answered and notes the difference.
 */
final class AgeRule {

    /** Days in an average month: 365.25 / 12. */
    static final String DAYS_PER_MONTH = "30.4375";

    private AgeRule() {
    }

    /**
     * The age in months as an expression of a tool.
     *
     * @param rule the catalog's corrected-age rule
     * @param days the tool's expression for the age in days
     * @param weeks the tool's reference to the weeks-at-birth field
     * @param notBlank the tool's test that the weeks field holds a value
     * @param divide the tool's division operator
     */
    static String monthsExpression(CorrectedAgeRule rule, String days, String weeks, String notBlank, String divide) {
        String limitDays = String.format(Locale.ROOT, "%.4f", rule.correctUntilMonths() * 30.4375)
                .replaceAll("0+$", "").replaceAll("\\.$", "");
        return "if(" + notBlank + " and " + weeks + " < " + rule.pretermBeforeWeeks() + " and " + days + " < "
                + limitDays + ", (" + days + " - (" + rule.termWeeks() + " - " + weeks + ") * 7) " + divide + " "
                + DAYS_PER_MONTH + ", " + days + " " + divide + " " + DAYS_PER_MONTH + ")";
    }

    /**
     * The condition, in a tool's syntax, under which a checkpoint's section shows.
     *
     * @param months the tool's reference to the calculated age in months
     * @param and the tool's "and"
     */
    static String showsSection(Catalog catalog, Checkpoint checkpoint, String months, String and,
            Function<String, String> notBlank) {
        List<Checkpoint> all = catalog.checkpoints();
        int at = all.indexOf(checkpoint);
        StringBuilder condition = new StringBuilder(notBlank.apply(months));
        if (at > 0) {
            condition.append(' ').append(and).append(' ').append(months).append(" >= ").append(checkpoint.ageMonths());
        }
        if (at + 1 < all.size()) {
            condition.append(' ').append(and).append(' ').append(months).append(" < ").append(all.get(at + 1).ageMonths());
        }
        return condition.toString();
    }
}
