package org.otmilestones.core.survey;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.GeneralQuestion;
import org.otmilestones.core.LocalizedText;
import org.otmilestones.core.Milestone;

/**
 * Finds the catalog question a header names, by id (with tools' spellings: REDCap and Qualtrics write
 * {@code _} for {@code -}) or by question text in any catalog language.
 */
final class QuestionIndex {

    /**
     * A header that named a question.
     *
     * @param questionId the question
     * @param key the header key that matched, to tell two columns with the same header from two columns
     *        with different headers for one question
     * @param byId true when the header is the id, false when it is the question text
     */
    record Match(String questionId, String key, boolean byId) {
    }

    private final Map<String, String> byIdKey = new HashMap<>();
    private final Map<String, Set<String>> byTextKey = new HashMap<>();
    private final Set<String> ids = new LinkedHashSet<>();

    QuestionIndex(Catalog catalog) {
        for (Milestone m : catalog.milestones()) {
            add(m.id(), m.question());
        }
        for (GeneralQuestion q : catalog.generalQuestions()) {
            add(q.id(), q.question());
        }
    }

    private void add(String id, LocalizedText question) {
        ids.add(id);
        byIdKey.put(HeaderText.key(id), id);
        for (String text : question.texts().values()) {
            byTextKey.computeIfAbsent(HeaderText.key(text), k -> new LinkedHashSet<>()).add(id);
        }
    }

    boolean has(String questionId) {
        return ids.contains(questionId);
    }

    /** The question one of these header texts names, trying the whole texts before their parts. */
    Optional<Match> find(Iterable<String> headerTexts) {
        for (String text : headerTexts) {
            for (String key : HeaderText.variantKeys(text)) {
                String id = byIdKey.get(key);
                if (id != null) {
                    return Optional.of(new Match(id, key, true));
                }
                Set<String> byText = byTextKey.get(key);
                // A text two questions share names neither; the column stays unmapped for a mapping to settle.
                if (byText != null && byText.size() == 1) {
                    return Optional.of(new Match(byText.iterator().next(), key, false));
                }
            }
        }
        return Optional.empty();
    }
}
