package org.otmilestones.readability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishSyllablesTest {

    /**
     * The words of textstat's syllable test (tests/backend/counts/test_count_syllables.py, release
     * 0.7.11), where textstat allows a margin of 0; counts as in the CMU Pronouncing Dictionary.
     */
    @ParameterizedTest(name = "{0} has {1}")
    @CsvSource({
        "relived, 2", "couple, 2", "enriched, 2", "us, 1", "too, 1", "monopoly, 4", "him, 1", "he, 1",
        "without, 2", "creative, 3", "every, 3", "stimulating, 4", "life, 1", "cupboards, 2", "day's, 1",
        "forgotten, 3", "through, 1", "marriage, 2", "hello, 2", "the, 1", "sentences, 3", "songwriter, 3",
        "removing, 3", "interpersonal, 5"})
    void countsTheWordsOfTextstatsSyllableTest(String word, int syllables) {
        assertThat(EnglishSyllables.count(word)).isEqualTo(syllables);
    }

    /** Words that trip simple vowel counting; counts as in the CMU Pronouncing Dictionary. */
    @ParameterizedTest(name = "{0} has {1}")
    @CsvSource({
        // silent final e, but a spoken -le after a consonant
        "make, 1", "whole, 1", "smile, 1", "table, 2", "little, 2", "puzzle, 2", "people, 2", "circle, 2",
        "isle, 1", "the, 1", "here, 1",
        // -ed spoken only after t and d, and in a spoken -le
        "jumped, 1", "played, 1", "wanted, 2", "needed, 2", "puzzled, 2", "called, 1", "used, 1",
        // -es spoken after s, x, z, ch, sh and soft c and g
        "makes, 1", "clothes, 1", "boxes, 2", "pieces, 2", "changes, 2", "glasses, 2", "tables, 2",
        "shoes, 1", "tries, 1", "eyes, 1",
        // -ing after a vowel, y between vowels
        "going, 2", "being, 2", "seeing, 2", "trying, 2", "playing, 2", "bring, 1", "crayon, 2", "player, 2",
        // vowel pairs spoken as two syllables, and the ones that are not
        "idea, 3", "area, 3", "create, 2", "creature, 2", "real, 2", "really, 2", "quiet, 2", "diet, 2",
        "radio, 3", "lion, 2", "action, 2", "cushion, 2", "usual, 3", "language, 2", "cruel, 2",
        "fluid, 2", "fruit, 1", "easier, 3", "friend, 1", "science, 2", "poem, 2", "video, 3", "museum, 3",
        "appreciate, 4", "curious, 3", "delicious, 3",
        // silent e inside compounds and before suffixes
        "something, 2", "sometimes, 2", "someone, 2", "homework, 2", "milestone, 2", "eyesight, 2",
        "safely, 2", "movement, 2", "careful, 2", "safety, 2", "bracelet, 2", "gentleness, 3", "element, 3",
        // contractions, final -gue, -ism, qu
        "isn't, 2", "don't, 1", "it'll, 2", "couldn't, 2", "league, 1", "tongue, 1", "argue, 2", "autism, 3",
        "queen, 1", "square, 1",
        // accents dropped
        "café, 2"})
    void countsTrickyWordsLikeTheDictionary(String word, int syllables) {
        assertThat(EnglishSyllables.count(word)).isEqualTo(syllables);
    }

    @Test
    void givesAtLeastOneSyllableToAWordWithoutVowels() {
        assertThat(EnglishSyllables.count("hmm")).isEqualTo(1);
        assertThat(EnglishSyllables.count("shh")).isEqualTo(1);
    }

    @Test
    void givesNoSyllableToAStringWithoutLetters() {
        assertThat(EnglishSyllables.count("’")).isZero();
        assertThat(EnglishSyllables.count("")).isZero();
    }

    @Test
    void ignoresLetterCase() {
        assertThat(EnglishSyllables.count("BUTTERFLY")).isEqualTo(EnglishSyllables.count("butterfly")).isEqualTo(3);
    }
}
