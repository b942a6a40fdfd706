package org.otmilestones.core.readability;

/**
 * The readability of one text: its counts and the score of its language; see {@link Readability}.
 */
public sealed interface TextReadability permits EnglishReadability, SpanishReadability {

    /** The language the text was scored in. */
    ReadabilityLanguage language();

    /** Words, numbers counted as words. */
    int words();

    /** Sentences; a text without final punctuation still has one. */
    int sentences();

    /** Syllables of all words, numbers as read aloud. */
    int syllables();

    /** Words in the longest sentence. */
    int longestSentenceWords();

    /**
     * The score the plain-language gate uses, named by {@link ReadabilityLanguage#mainScoreName()}:
     * the Flesch-Kincaid grade in English, Fernández-Huerta in Spanish.
     */
    double mainScore();

    /** Average words per sentence. */
    default double wordsPerSentence() {
        return (double) words() / sentences();
    }

    /** Average syllables per word. */
    default double syllablesPerWord() {
        return (double) syllables() / words();
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
        int shortestPossibleLongest = (words + sentences - 1) / sentences;
        if (longestSentenceWords < shortestPossibleLongest || longestSentenceWords > words) {
            throw new IllegalArgumentException("longestSentenceWords must be from " + shortestPossibleLongest
                    + " to words (" + words + "), was " + longestSentenceWords);
        }
    }
}
