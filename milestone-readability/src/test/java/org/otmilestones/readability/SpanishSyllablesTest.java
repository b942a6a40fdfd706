package org.otmilestones.readability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpanishSyllablesTest {

    /**
     * The rules of the Real Academia Española's Ortografía (2010, ch. 1 and 2) on diphthongs,
     * triphthongs and hiatus, with its own examples where it gives them (ahu-ma-do, prohi-bir,
     * rehu-sar, bú-ho, guion as one syllable).
     */
    @ParameterizedTest(name = "{0} has {1}")
    @CsvSource({
        // hiatus: two strong vowels, or an accented í or ú beside a strong one
        "leer, 2", "poeta, 3", "aéreo, 4", "caer, 2", "país, 2", "día, 2", "río, 2", "baúl, 2", "maíz, 2",
        "oír, 2", "reír, 2", "creían, 3", "oído, 3", "todavía, 4", "energía, 4",
        // diphthongs and triphthongs
        "ciudad, 2", "cuidado, 3", "huevo, 2", "agua, 2", "juego, 2", "piedras, 2", "aire, 2", "buey, 1",
        "Uruguay, 3", "averiguáis, 4", "construí, 2", "evaluación, 4", "Aureliano, 4",
        // silent u of que, qui, gue, gui; spoken ü
        "queso, 2", "guitarra, 3", "juguete, 3", "pingüino, 3", "cigüeña, 3", "lingüística, 4", "guion, 1",
        // a silent h between vowels does not break a diphthong, but an accent still makes a hiatus
        "ahumado, 3", "prohibir, 2", "rehusar, 2", "búho, 2", "rehúso, 3", "prohíbe, 3", "ahora, 3",
        "zanahoria, 4", "hielo, 2",
        // y: a vowel at the end of a word, a consonant elsewhere
        "hoy, 1", "muy, 1", "rey, 1", "y, 1", "mayo, 2", "yo, 1", "ayuda, 3", "desayunar, 4",
        // ordinary words
        "niño, 2", "bebé, 2", "mamá, 2", "desabrocharse, 5", "manualidades, 5", "rompecabezas, 5"})
    void countsSyllablesByTheSpanishRules(String word, int syllables) {
        assertThat(SpanishSyllables.count(word)).isEqualTo(syllables);
    }

    /**
     * Words of the García Márquez passage in textstat's tests where textstat (through the pyphen
     * hyphenation dictionary) counts one syllable fewer: hyphenation never splits off a one-letter
     * syllable at a word's edge nor a hiatus there, but they are syllables ("a-ños", "rí-o").
     */
    @ParameterizedTest(name = "{0} has {1}")
    @CsvSource({"años, 2", "aquella, 3", "era, 2", "una, 2", "aldea, 3", "orilla, 3", "río, 2", "aguas, 2",
        "enormes, 3", "carecían, 4", "imán, 2", "gitano, 3", "había, 3", "Melquíades, 4", "desarrapados, 5"})
    void countsTheEdgeSyllablesThatHyphenationLeavesOut(String word, int syllables) {
        assertThat(SpanishSyllables.count(word)).isEqualTo(syllables);
    }

    @Test
    void givesAtLeastOneSyllableToAWordWithoutVowels() {
        assertThat(SpanishSyllables.count("sr")).isEqualTo(1);
    }

    @Test
    void givesNoSyllableToAStringWithoutLetters() {
        assertThat(SpanishSyllables.count("¿?")).isZero();
    }

    @Test
    void ignoresCapitalsAndKeepsAccentsOfCapitals() {
        assertThat(SpanishSyllables.count("DÍA")).isEqualTo(2);
        assertThat(SpanishSyllables.count("Ahí")).isEqualTo(2);
    }
}
