package org.otmilestones.readability;

/**
 * The readability of a Spanish text: its counts, Fernández-Huerta readability and the
 * Szigriszt-Pazos perspicuity that the INFLESZ scale reads.
 *
 * @param words words, numbers counted as words
 * @param sentences sentences
 * @param syllables syllables of all words
 * @param longestSentenceWords words in the longest sentence
 */
public record SpanishReadability(int words, int sentences, int syllables, int longestSentenceWords)
        implements TextReadability {

    public SpanishReadability {
        Readability.requireValidCounts(words, sentences, syllables, longestSentenceWords);
    }

    /**
     * Fernández-Huerta readability (1959), as corrected by Gwillim Law (2011): 206.84 − 0.60 × P
     * − 1.02 × F, where P is syllables per 100 words and F is words per sentence. The formula is
     * often printed with F as "sentences per 100 words"; read that way, longer sentences would
     * score as easier, so this follows the correction that legible.es, textstat and other tools use.
     * 70 to 80 is "fairly easy" (6th grade), 60 to 70 "normal", higher is easier.
     */
    public double fernandezHuerta() {
        return 206.84 - 0.60 * (100.0 * syllables / words) - 1.02 * wordsPerSentence();
    }

    /**
     * Szigriszt-Pazos perspicuity (1993): 206.835 − 62.3 × syllables per word − words per sentence.
     * The INFLESZ scale (Barrio-Cantalejo 2008) reads it as: under 40 very hard, 40 to 55 somewhat
     * hard, 55 to 65 normal, 65 to 80 fairly easy, above 80 very easy.
     */
    public double szigrisztPazos() {
        return 206.835 - 62.3 * syllablesPerWord() - wordsPerSentence();
    }

    @Override
    public ReadabilityLanguage language() {
        return ReadabilityLanguage.SPANISH;
    }

    /** Fernández-Huerta readability. */
    @Override
    public double mainScore() {
        return fernandezHuerta();
    }
}
