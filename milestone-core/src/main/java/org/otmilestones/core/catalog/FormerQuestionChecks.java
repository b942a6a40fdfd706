package org.otmilestones.core.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.otmilestones.core.GeneralQuestion;
import org.otmilestones.core.LocalizedText;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.internal.TextKeys;

/**
 * Checks the {@code formerQuestions} of milestones and general questions: the wordings a question had in
 * earlier catalogs, which the survey import still accepts as column headers. Each must be a text of a
 * declared language, and must name its question alone: an old wording that is (or was) another question's
 * text would send a column to the wrong question. Texts are compared as the import compares headers
 * (ignoring case, accents, spacing and punctuation).
 */
final class FormerQuestionChecks {

    private final FieldChecks check;

    FormerQuestionChecks(FieldChecks check) {
        this.check = check;
    }

    /** The former texts as written, checked on their own; null when any is malformed. */
    Map<String, List<String>> read(Map<String, List<String>> former, LocalizedText question, String path) {
        if (former == null) {
            return Map.of();
        }
        boolean ok = true;
        for (Map.Entry<String, List<String>> entry : former.entrySet()) {
            String language = entry.getKey();
            String at = path + "." + language;
            if (!check.languages.contains(language)) {
                check.problem(at, "language '" + language + "' is not in $.languages " + check.languages);
                ok = false;
                continue;
            }
            List<String> texts = entry.getValue();
            if (texts == null || texts.isEmpty()) {
                check.problem(at, "missing or empty; expected a list of the question's earlier " + language
                        + " texts, or leave the language out");
                ok = false;
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i);
                if (text == null || text.isBlank()) {
                    check.problem(at + "[" + i + "]", "is blank; expected an earlier wording of the question");
                    ok = false;
                } else if (!seen.add(TextKeys.key(text))) {
                    check.problem(at + "[" + i + "]", "'" + text + "' is listed twice (case, accents and "
                            + "punctuation do not count)");
                    ok = false;
                } else if (question != null && question.has(language)
                        && TextKeys.key(question.in(language)).equals(TextKeys.key(text))) {
                    check.problem(at + "[" + i + "]", "'" + text + "' is the question's text now; list only "
                            + "wordings it no longer has");
                    ok = false;
                }
            }
        }
        return ok ? former : null;
    }

    /**
     * Every former text names its own question alone: it is no other question's text now and no other
     * question's former text, in any language.
     */
    void uniqueAcrossQuestions(List<Milestone> milestones, List<GeneralQuestion> general,
            List<CatalogFile.MilestoneJson> milestoneFiles, List<CatalogFile.GeneralQuestionJson> generalFiles) {
        Map<String, String> currentOwner = new HashMap<>();
        milestones.forEach(m -> m.question().texts().values().forEach(t -> currentOwner.putIfAbsent(TextKeys.key(t), m.id())));
        general.forEach(q -> q.question().texts().values().forEach(t -> currentOwner.putIfAbsent(TextKeys.key(t), q.id())));
        List<Former> formers = new ArrayList<>();
        collect(formers, milestoneFiles, "$.milestones", CatalogFile.MilestoneJson::id,
                CatalogFile.MilestoneJson::formerQuestions);
        collect(formers, generalFiles, "$.generalQuestions", CatalogFile.GeneralQuestionJson::id,
                CatalogFile.GeneralQuestionJson::formerQuestions);
        Map<String, String> formerOwner = new HashMap<>();
        for (Former f : formers) {
            String key = TextKeys.key(f.text);
            String current = currentOwner.get(key);
            if (current != null && !current.equals(f.questionId)) {
                check.problem(f.path, "'" + f.text + "' is the text of question '" + current + "'; an earlier "
                        + "wording must name its own question alone, or an export's column would answer the wrong one");
            }
            String previous = formerOwner.putIfAbsent(key, f.questionId);
            if (previous != null && !previous.equals(f.questionId)) {
                check.problem(f.path, "'" + f.text + "' is also an earlier wording of question '" + previous
                        + "'; an earlier wording must name one question only");
            }
        }
    }

    private record Former(String questionId, String text, String path) {
    }

    private static <T> void collect(List<Former> into, List<T> list, String listPath,
            java.util.function.Function<T, String> id, java.util.function.Function<T, Map<String, List<String>>> texts) {
        if (list == null) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            T item = list.get(i);
            if (item == null || texts.apply(item) == null || id.apply(item) == null) {
                continue;
            }
            for (Map.Entry<String, List<String>> entry : texts.apply(item).entrySet()) {
                List<String> values = entry.getValue();
                for (int t = 0; values != null && t < values.size(); t++) {
                    if (values.get(t) != null && !values.get(t).isBlank()) {
                        into.add(new Former(id.apply(item), values.get(t), listPath + "[" + i + "].formerQuestions."
                                + entry.getKey() + "[" + t + "]"));
                    }
                }
            }
        }
    }
}
