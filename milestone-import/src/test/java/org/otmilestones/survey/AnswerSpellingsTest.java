package org.otmilestones.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.otmilestones.core.Answer;
import org.otmilestones.core.AnswerChoice;

class AnswerSpellingsTest {

    private final AnswerSpellings usual = new AnswerSpellings(Map.of(), Map.of());

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Yes|YES", "y|YES", "TRUE|YES", "1|YES", "Yes, often|YES", "Sí|YES", "si|YES", "  Yes |YES",
        "Sometimes|SOMETIMES", "A veces|SOMETIMES", "a  veces|SOMETIMES",
        "Not yet|NOT_YET", "no|NOT_YET", "Todavía no|NOT_YET", "aún no|NOT_YET", "NOT YET|NOT_YET",
        "Not sure|NOT_SURE", "unsure|NOT_SURE", "No estoy seguro|NOT_SURE", "no estoy segura|NOT_SURE",
        "No estoy seguro/a|NOT_SURE", "Don't know|NOT_SURE", "No sé|NOT_SURE", "no se|NOT_SURE",
        "No está seguro|NOT_SURE",
    })
    void readsEnglishAndSpanishSpellingsIgnoringCaseAndSpacesOnly(String cell, Answer expected) {
        assertThat(usual.read(cell)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "-1", "+1", "=1", "@1", "'Yes", "Yes;", "NOT YET!", "-0", "+0", "\uff11", "\uff10", "1.0", "01", "- 1",
    })
    void readsNoAnswerFromASpellingWithASignAPrefixOrAFullWidthDigit(String cell) {
        assertThat(usual.read(cell)).isEqualTo(Optional.empty());
    }

    @Test
    void readsAnAnswerInDecomposedFormAsItsComposedSpelling() {
        assertThat(usual.read("Todavi\u0301a no")).contains(Answer.NOT_YET);
        assertThat(usual.read("No se\u0301")).contains(Answer.NOT_SURE);
    }

    @Test
    void takesNoUsualCodeFromAColumnWithCodesOfItsOwn() {
        AnswerSpellings redcap = new AnswerSpellings(new java.util.TreeMap<>(Map.of("1", Answer.YES, "2", Answer.SOMETIMES)), Map.of());

        assertThat(redcap.read("0")).isEmpty();
        assertThat(redcap.read("2")).contains(Answer.SOMETIMES);
        assertThat(redcap.read("Yes")).contains(Answer.YES);
        assertThat(redcap.codes()).isEqualTo("1 (yes), 2 (sometimes)");
    }

    @Test
    void readsEveryAnswerWordOurFormsShowAndNamesEachInItsErrorMessages() {
        for (AnswerChoice choice : AnswerChoice.values()) {
            for (String language : java.util.List.of("en", "es")) {
                assertThat(usual.read(choice.label(language))).as(choice + " " + language).contains(choice.answer());
                if (choice != AnswerChoice.NO) {
                    assertThat(usual.accepted()).as("the importer's list of answers")
                            .contains(choice.label(language).toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        // The earlier Spanish word is still read, so forms made before "No sé" keep importing.
        assertThat(usual.read("No estoy seguro")).contains(Answer.NOT_SURE);
        assertThat(usual.accepted()).doesNotContain("estoy seguro");
    }

    @Test
    void readsABlankCellAsAskedButNotAnswered() {
        assertThat(usual.read("   ")).contains(Answer.NO_ANSWER);
        assertThat(usual.read("")).contains(Answer.NO_ANSWER);
    }

    @ParameterizedTest
    @CsvSource({"Sometime", "maybe", "2", "N/A", "Yes;Not yet"})
    void knowsNothingItWasNotTold(String cell) {
        assertThat(usual.read(cell)).isEqualTo(Optional.empty());
    }

    @Test
    void letsAColumnsSpellingBeatTheMappingsAndTheMappingsBeatTheUsualOnes() {
        Map<String, Answer> mapping = new LinkedHashMap<>();
        mapping.put("1", Answer.SOMETIMES);
        mapping.put("no", Answer.NOT_SURE);
        mapping.put("Oui", Answer.YES);
        AnswerSpellings spellings = new AnswerSpellings(Map.of("1", Answer.NOT_YET), mapping);

        assertThat(spellings.read("1")).contains(Answer.NOT_YET);
        assertThat(spellings.read("NO")).contains(Answer.NOT_SURE);
        assertThat(spellings.read("oui")).contains(Answer.YES);
        assertThat(spellings.read("yes")).contains(Answer.YES);
        assertThat(spellings.accepted()).startsWith("1 (not yet), 1 (sometimes), no (not sure), Oui (yes), yes,");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Not yet|not yet", "  NOT--yet!! |not yet", "'Yes|yes", "Yes, often|yes often", "do not_know|do not know",
        "No estoy seguro/a|no estoy seguro a", "2 + 2|2 2", "---|\"\"", "A1b2|a1b2", "\tSome\ttimes\t|some times",
    })
    void keysAsciiCellsAsTheNormalizingPathDoes(String ascii, String key) {
        assertThat(AnswerSpellings.key(ascii)).isEqualTo(key);
        // A leading inverted exclamation mark is not ASCII, so this copy takes the normalizing path.
        assertThat(AnswerSpellings.key("\u00a1" + ascii)).isEqualTo(key);
    }
}
