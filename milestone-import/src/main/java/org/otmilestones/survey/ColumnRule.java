package org.otmilestones.survey;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.otmilestones.core.Answer;

/**
 * One line of a mapping: this column holds that field or question, optionally with its own answer spellings
 * (such as REDCap's raw codes 1, 2 and 3).
 *
 * @param column which column
 * @param target what it holds
 * @param answers extra spellings for this column only, keyed by the text as written in the export
 * @param presence whether the export must have the column
 */
public record ColumnRule(ColumnRef column, ColumnTarget target, Map<String, Answer> answers, Presence presence) {

    /** Whether a mapped column must be in the export. */
    public enum Presence {
        /** A missing column is an error: a typo in a mapping must not silently drop a question. */
        REQUIRED,
        /** A missing column is fine, for mappings shared by forms that differ a little. */
        OPTIONAL
    }

    public ColumnRule {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(presence, "presence");
        answers = copySpellings(answers, "answers");
    }

    /** A required column with no spellings of its own. */
    public static ColumnRule of(ColumnRef column, ColumnTarget target) {
        return new ColumnRule(column, target, Map.of(), Presence.REQUIRED);
    }

    /** This rule with these spellings for its column. */
    public ColumnRule withAnswers(Map<String, Answer> spellings) {
        return new ColumnRule(column, target, spellings, presence);
    }

    /** This rule, allowing the column to be missing. */
    public ColumnRule optional() {
        return new ColumnRule(column, target, answers, Presence.OPTIONAL);
    }

    static Map<String, Answer> copySpellings(Map<String, Answer> spellings, String parameter) {
        Objects.requireNonNull(spellings, parameter);
        Map<String, Answer> copy = new LinkedHashMap<>();
        spellings.forEach((text, answer) -> {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException(parameter + " has a blank spelling; blank always means no answer");
            }
            copy.put(text, Objects.requireNonNull(answer, parameter + " value for '" + text + "'"));
        });
        // Kept in the author's order so a written mapping file reads like the one they wrote.
        return Collections.unmodifiableMap(copy);
    }
}
