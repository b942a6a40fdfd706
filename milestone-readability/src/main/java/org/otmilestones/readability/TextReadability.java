package org.otmilestones.readability;

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
}
