package org.otmilestones.survey;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.AnswerChoice;
import org.otmilestones.core.FormNames;
import org.otmilestones.core.GeneralQuestion;
import org.otmilestones.core.LocalizedText;
import org.otmilestones.core.Milestone;

/**
 * Finds the catalog question a header names, by id (with tools' spellings: REDCap and Qualtrics write
 * {@code _} for {@code -}), by a former id (a milestone that moved to another checkpoint, so old exports
 * still import), by the short variable name our generated forms give it (REDCap fields, XLSForm names, also
 * behind KoBo's {@code group/} and ODK Central's {@code group-} prefixes), or by question text in any catalog
 * language, now or as an earlier catalog worded it ({@code formerQuestions}); a match always names the current id.
 */
final class QuestionIndex {

    /**
     * A header that named a question.
     *
     * @param questionId the question
     * @param key the header key that matched, to tell two columns with the same header from two columns
     *        with different headers for one question
     * @param byId true when the header is the id or our variable name, false when it is the question text
     * @param codes the answer codes of our generated forms, for a header that is our variable name (REDCap's
     *        raw export writes 1 to 4); empty otherwise
     */
    record Match(String questionId, String key, boolean byId, Map<String, Answer> codes) {
        Match(String questionId, String key, boolean byId) {
            this(questionId, key, byId, Map.of());
        }
    }

    private static final Map<String, Answer> MILESTONE_CODES = codes(AnswerChoice.milestoneChoices());
    private static final Map<String, Answer> YES_NO_CODES = codes(AnswerChoice.yesNo());

    private final FormNames names;
    private final Set<String> generalIds = new java.util.HashSet<>();
    private final Set<String> signIds = new java.util.HashSet<>();
    private static final Map<String, Answer> SIGN_CODES = codes(AnswerChoice.signChoices());

    private final Map<String, String> byIdKey = new HashMap<>();
    private final Map<String, Set<String>> byTextKey = new HashMap<>();
    private final Set<String> ids = new LinkedHashSet<>();
    private final Map<String, String> retiredByKey = new HashMap<>();
    private final Catalog catalog;

    QuestionIndex(Catalog catalog) {
        this.catalog = catalog;
        for (Milestone m : catalog.milestones()) {
            add(m.id(), m.question(), m.formerQuestions());
            m.formerIds().forEach(former -> byIdKey.putIfAbsent(HeaderText.key(former), m.id()));
        }
        for (GeneralQuestion q : catalog.generalQuestions()) {
            add(q.id(), q.question(), q.formerQuestions());
            generalIds.add(q.id());
        }
        for (org.otmilestones.core.SensorySign sign : catalog.sensorySigns().signs()) {
            add(sign.id(), sign.question(), Map.of());
            signIds.add(sign.id());
        }
        names = FormNames.of(catalog);
        catalog.retiredIds().forEach(id -> retiredByKey.put(HeaderText.key(id), id));
    }

    private static Map<String, Answer> codes(java.util.List<AnswerChoice> choices) {
        Map<String, Answer> codes = new java.util.LinkedHashMap<>();
        choices.forEach(c -> codes.put(c.redcapCode(), c.answer()));
        return java.util.Collections.unmodifiableMap(codes);
    }

    /** The question our generated forms name so, as the whole header or after a group prefix. */
    private Optional<Match> byFormName(String text) {
        String whole = text.strip();
        for (String candidate : new String[] {whole, whole.substring(whole.lastIndexOf('/') + 1),
                whole.substring(whole.lastIndexOf('-') + 1)}) {
            Optional<String> id = names.questionId(candidate);
            if (id.isPresent()) {
                return Optional.of(new Match(id.get(), "name:" + candidate.toLowerCase(java.util.Locale.ROOT), true,
                        generalIds.contains(id.get()) ? YES_NO_CODES
                                : signIds.contains(id.get()) ? SIGN_CODES : MILESTONE_CODES));
            }
        }
        return Optional.empty();
    }

    /** A question by its id, its texts and its earlier wordings (an export made with an older catalog). */
    private void add(String id, LocalizedText question, Map<String, java.util.List<String>> formerQuestions) {
        ids.add(id);
        byIdKey.put(HeaderText.key(id), id);
        for (String text : question.texts().values()) {
            byTextKey.computeIfAbsent(HeaderText.key(text), k -> new LinkedHashSet<>()).add(id);
        }
        formerQuestions.values().forEach(texts -> texts.forEach(text ->
                byTextKey.computeIfAbsent(HeaderText.key(text), k -> new LinkedHashSet<>()).add(id)));
    }

    boolean has(String questionId) {
        return ids.contains(questionId);
    }

    /** The retired question one of these header texts names by its id: an earlier catalog asked it, this one does not. */
    Optional<String> retired(Iterable<String> headerTexts) {
        for (String text : headerTexts) {
            for (String key : HeaderText.variantKeys(text)) {
                String id = retiredByKey.get(key);
                if (id != null) {
                    return Optional.of(id);
                }
            }
        }
        return Optional.empty();
    }

    /** The current id of a question named by its id or a former id, if the catalog has it. */
    Optional<String> current(String questionId) {
        return catalog.currentId(questionId).or(() -> catalog.sensorySigns().sign(questionId).map(s -> s.id()));
    }

    /** The question one of these header texts names, trying the whole texts before their parts. */
    Optional<Match> find(Iterable<String> headerTexts) {
        for (String text : headerTexts) {
            Optional<Match> named = byFormName(text);
            if (named.isPresent()) {
                return named;
            }
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
