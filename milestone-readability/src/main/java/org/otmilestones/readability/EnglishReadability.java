package org.otmilestones.readability;

/**
 * The readability of an English text: its counts, the Flesch-Kincaid grade and the Flesch reading ease.
 *
 * @param words words, numbers counted as words
 * @param sentences sentences
 * @param syllables syllables of all words
 * @param longestSentenceWords words in the longest sentence
 */
public record EnglishReadability(int words, int sentences, int syllables, int longestSentenceWords)
        implements TextReadability {

    public EnglishReadability {
        Readability.requireValidCounts(words, sentences, syllables, longestSentenceWords);
    }

    /**
     * The Flesch-Kincaid grade (Kincaid et al. 1975): 0.39 × words per sentence + 11.8 × syllables
     * per word − 15.59, a US school grade; 6 means a sixth grader can read it. Its lowest value
     * is −3.40, one one-syllable word per sentence.
     */
    public double fleschKincaidGrade() {
        return 0.39 * wordsPerSentence() + 11.8 * syllablesPerWord() - 15.59;
    }

    /**
     * The Flesch reading ease (Flesch 1948): 206.835 − 1.015 × words per sentence − 84.6 ×
     * syllables per word; 60 to 70 is plain English, higher is easier.
     */
    public double fleschReadingEase() {
        return 206.835 - 1.015 * wordsPerSentence() - 84.6 * syllablesPerWord();
    }

    @Override
    public ReadabilityLanguage language() {
        return ReadabilityLanguage.ENGLISH;
    }

    /** The Flesch-Kincaid grade. */
    @Override
    public double mainScore() {
        return fleschKincaidGrade();
    }
}
