package org.otmilestones.readability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The readability of every parent text of a catalog in one language: data only; the per-area
 * summary, the hardest texts and the whole-catalog figures are derived from the scored texts.
 * {@link CatalogReadability#formatTable} prints it, {@link PlainLanguageGate} judges it.
 *
 * @param language the language scored
 * @param texts every scored text, in catalog order
 * @param unscored texts without a word to score (such as "—"), listed so that none is lost silently
 */
public record CatalogReadabilityReport(ReadabilityLanguage language, List<ScoredText> texts,
        List<ParentText> unscored) {

    public CatalogReadabilityReport {
        Objects.requireNonNull(language, "language");
        texts = List.copyOf(texts);
        unscored = List.copyOf(unscored);
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("texts must hold at least one scored text");
        }
        for (ScoredText text : texts) {
            if (text.readability().language() != language) {
                throw new IllegalArgumentException("texts must all be scored in " + language + ", "
                        + text.text().where() + " is in " + text.readability().language());
            }
        }
    }

    /** The mean of the texts' main scores: the figure the gate's average limit applies to. */
    public double averageScore() {
        return average(texts);
    }

    /**
     * All texts read as one document (their counts added up): weighs long texts more than the
     * average of scores does, so it shows whether the long explanations are the hard part.
     */
    public TextReadability pooled() {
        int words = 0;
        int sentences = 0;
        int syllables = 0;
        int longest = 0;
        for (ScoredText text : texts) {
            TextReadability r = text.readability();
            words += r.words();
            sentences += r.sentences();
            syllables += r.syllables();
            longest = Math.max(longest, r.longestSentenceWords());
        }
        return language == ReadabilityLanguage.ENGLISH
                ? new EnglishReadability(words, sentences, syllables, longest)
                : new SpanishReadability(words, sentences, syllables, longest);
    }

    /** Words in the longest sentence of any text. */
    public int longestSentenceWords() {
        return texts.stream().mapToInt(t -> t.readability().longestSentenceWords()).max().orElseThrow();
    }

    /** One summary per area in catalog order, then one for the texts of the whole checklist, if any. */
    public List<AreaReadability> areas() {
        Map<Optional<String>, List<ScoredText>> byArea = new LinkedHashMap<>();
        texts.stream().filter(t -> t.text().areaId().isPresent())
                .forEach(t -> byArea.computeIfAbsent(t.text().areaId(), k -> new ArrayList<>()).add(t));
        texts.stream().filter(t -> t.text().areaId().isEmpty())
                .forEach(t -> byArea.computeIfAbsent(Optional.empty(), k -> new ArrayList<>()).add(t));
        List<AreaReadability> areas = new ArrayList<>();
        byArea.forEach((area, scored) ->
                areas.add(new AreaReadability(area, scored.size(), average(scored), hardest(scored, 1).get(0))));
        return List.copyOf(areas);
    }

    /** The questions a parent answers, in catalog order. */
    public List<ScoredText> questions() {
        return texts.stream().filter(t -> t.text().kind().isQuestion()).toList();
    }

    /** The {@code count} hardest texts, hardest first (ties in catalog order). */
    public List<ScoredText> hardest(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be 0 or more, was " + count);
        }
        return hardest(texts, count);
    }

    private List<ScoredText> hardest(List<ScoredText> scored, int count) {
        Comparator<ScoredText> hardestFirst = Comparator.comparing(ScoredText::mainScore, language.hardestFirst());
        return scored.stream().sorted(hardestFirst).limit(count).toList();
    }

    private static double average(List<ScoredText> scored) {
        return scored.stream().mapToDouble(ScoredText::mainScore).average().orElseThrow();
    }
}
