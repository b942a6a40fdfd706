package org.otmilestones.readability;

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

    /** Checks the counts every readability record shares; the records call it from their constructors. */
    static void requireValidCounts(int words, int sentences, int syllables, int longestSentenceWords) {
        if (words < 1) {
            throw new IllegalArgumentException("words must be at least 1, was " + words);
        }
        if (sentences < 1 || sentences > words) {
            throw new IllegalArgumentException("sentences must be from 1 to words (" + words + "), was " + sentences);
        }
        if (syllables < words) {
            throw new IllegalArgumentException("syllables must be at least words (" + words + "), was " + syllables);
        }
        // The longest sentence holds at least the average and at most all words but one per other sentence.
        int fewest = (words + sentences - 1) / sentences;
        int most = words - (sentences - 1);
        if (longestSentenceWords < fewest || longestSentenceWords > most) {
            throw new IllegalArgumentException("longestSentenceWords must be from " + fewest + " to " + most
                    + " for " + words + " words in " + sentences + " sentences, was " + longestSentenceWords);
        }
    }
}
