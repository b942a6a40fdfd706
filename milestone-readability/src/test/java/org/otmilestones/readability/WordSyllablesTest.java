package org.otmilestones.readability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otmilestones.readability.ReadabilityLanguage.ENGLISH;
import static org.otmilestones.readability.ReadabilityLanguage.SPANISH;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordSyllablesTest {

    @ParameterizedTest(name = "{0} is read in {1} syllables in English and {2} in Spanish")
    @CsvSource({
        "3, 1, 1",          // three, tres
        "18, 2, 3",         // eigh-teen, die-cio-cho
        "24, 3, 4",         // twen-ty four, vein-ti-cua-tro
        "36, 3, 4",         // thir-ty six, trein-ta y seis
        "100, 3, 1",        // one hun-dred, cien
        "4-5, 2, 4",        // four / five, cua-tro / cin-co
        "4–5, 2, 4",        // the same with an en dash
        "12-18, 3, 5",      // twelve / eigh-teen, do-ce / die-cio-cho
        "75%, 6, 9",        // sev-en-ty five per-cent, se-ten-ta y cin-co por cien-to
        "2nd, 1, 1"})       // the ordinal read like its number
    void readsNumbersAsTheyAreSaid(String number, int english, int spanish) {
        assertThat(WordSyllables.count(number, ENGLISH)).isEqualTo(english);
        assertThat(WordSyllables.count(number, SPANISH)).isEqualTo(spanish);
    }

    @Test
    void readsDecimalAndThousandsMarksTheWayEachLanguageWritesThem() {
        assertThat(WordSyllables.count("2.5", ENGLISH)).isEqualTo(3);     // two point five
        assertThat(WordSyllables.count("2,5", SPANISH)).isEqualTo(5);     // dos co-ma cin-co
        assertThat(WordSyllables.count("1,000", ENGLISH)).isEqualTo(3);   // one thou-sand
        assertThat(WordSyllables.count("1.000", SPANISH)).isEqualTo(1);   // mil
    }

    @Test
    void spellsShortCapitalAbbreviationsLetterByLetter() {
        assertThat(WordSyllables.count("OT", ENGLISH)).isEqualTo(2);      // o-t
        assertThat(WordSyllables.count("CDC", ENGLISH)).isEqualTo(3);
        assertThat(WordSyllables.count("TO", SPANISH)).isEqualTo(2);      // te-o
        assertThat(WordSyllables.count("OT's", ENGLISH)).isEqualTo(2);
    }

    @Test
    void countsEachPartOfAHyphenatedWord() {
        assertThat(WordSyllables.count("well-balanced", ENGLISH)).isEqualTo(3);
        assertThat(WordSyllables.count("bye-bye", ENGLISH)).isEqualTo(2);
        assertThat(WordSyllables.count("ojo-mano", SPANISH)).isEqualTo(4);
    }

    @Test
    void readsLongDigitStringsDigitByDigit() {
        assertThat(WordSyllables.count("1234567890", ENGLISH)).isEqualTo(12); // one two three ... sev-en ... ze-ro
    }
}
