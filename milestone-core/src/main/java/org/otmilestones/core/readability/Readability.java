package org.otmilestones.core.readability;

import java.util.List;
import java.util.Objects;

/**
 * The front door for scoring one text.
 *
 * <pre>{@code
 * EnglishReadability en = Readability.english("Does your baby open their hands?");
 * double grade = en.fleschKincaidGrade();
 * SpanishReadability es = Readability.spanish("¿Su bebé abre las manos?");
 * double ease = es.fernandezHuerta();
 * }</pre>
 */
public final class Readability {

    private Readability() {
    }

    /**
     * Scores an English text.
     *
     * @throws IllegalArgumentException when the text is null or has no word (see {@link #hasWords})
     */
    public static EnglishReadability english(String text) {
        Counts c = count(text, ReadabilityLanguage.ENGLISH);
        return new EnglishReadability(c.words, c.sentences, c.syllables, c.longest);
    }

    /**
     * Scores a Spanish text.
     *
     * @throws IllegalArgumentException when the text is null or has no word (see {@link #hasWords})
     */
    public static SpanishReadability spanish(String text) {
        Counts c = count(text, ReadabilityLanguage.SPANISH);
        return new SpanishReadability(c.words, c.sentences, c.syllables, c.longest);
    }

    /**
     * Scores a text in a language.
     *
     * @throws IllegalArgumentException when the text is null or has no word (see {@link #hasWords})
     */
    public static TextReadability of(String text, ReadabilityLanguage language) {
        Objects.requireNonNull(language, "language");
        return language == ReadabilityLanguage.ENGLISH ? english(text) : spanish(text);
    }

    /** True when the text has at least one word (a letter or a digit), so that it can be scored. */
    public static boolean hasWords(String text) {
        return text != null && !TextSplitter.sentences(text).isEmpty();
    }

    private record Counts(int words, int sentences, int syllables, int longest) {
    }

    private static Counts count(String text, ReadabilityLanguage language) {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        List<List<String>> sentences = TextSplitter.sentences(text);
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("text has no word to score: '" + text + "'");
        }
        int words = 0;
        int syllables = 0;
        int longest = 0;
        for (List<String> sentence : sentences) {
            words += sentence.size();
            longest = Math.max(longest, sentence.size());
            for (String word : sentence) {
                syllables += WordSyllables.count(word, language);
            }
        }
        return new Counts(words, sentences.size(), syllables, longest);
    }
}
