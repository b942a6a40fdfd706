package org.otmilestones.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.otmilestones.core.Answer;

/**
 * How an export's columns map to child fields and catalog questions, beyond what the importer recognises on
 * its own; its rules win over automatic matching, and columns it does not name are still matched
 * automatically. Read one from a JSON file with {@code ColumnMappings.load} in the catalog package.
 *
 * @param columns rules, each naming one column by header text or position
 * @param answers extra answer spellings for every column, such as "Oui" or a REDCap code
 * @param dateOrder how to read dates like 03/04/2021 for this form; an import option given at run time wins
 */
public record ColumnMapping(List<ColumnRule> columns, Map<String, Answer> answers, Optional<DateOrder> dateOrder) {

    /** No rules: automatic matching only. */
    public static final ColumnMapping NONE = new ColumnMapping(List.of(), Map.of(), Optional.empty());

    public ColumnMapping {
        columns = List.copyOf(columns);
        answers = ColumnRule.copySpellings(answers, "answers");
        Objects.requireNonNull(dateOrder, "dateOrder");
    }

    /** This mapping with one more rule. */
    public ColumnMapping with(ColumnRule rule) {
        List<ColumnRule> more = new ArrayList<>(columns);
        more.add(Objects.requireNonNull(rule, "rule"));
        return new ColumnMapping(more, answers, dateOrder);
    }

    /** This mapping with one more spelling for every column. */
    public ColumnMapping withAnswer(String spelling, Answer answer) {
        Map<String, Answer> more = new LinkedHashMap<>(answers);
        more.put(spelling, answer);
        return new ColumnMapping(columns, more, dateOrder);
    }

    /** This mapping with a date order. */
    public ColumnMapping withDateOrder(DateOrder order) {
        return new ColumnMapping(columns, answers, Optional.of(Objects.requireNonNull(order, "order")));
    }

    /** True when the mapping adds nothing to automatic matching. */
    public boolean isEmpty() {
        return columns.isEmpty() && answers.isEmpty() && dateOrder.isEmpty();
    }
}
