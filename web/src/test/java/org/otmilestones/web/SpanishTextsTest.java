package org.otmilestones.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.otmilestones.core.AnswerChoice;
import org.otmilestones.core.testing.SpanishStyle;

/**
 * The family's page in Spanish follows the style guide (docs/spanish-style.md), and its answer words are the
 * ones every form and the handout use ("No sé", not "No estoy seguro").
 */
class SpanishTextsTest {

    @Test
    void theSpanishPageAvoidsTheTermsTheGlossaryForbids() {
        Map<String, String> texts = new TreeMap<>();
        Texts.of("es").all().forEach((key, text) -> texts.put("texts_es.properties: " + key, text));

        List<String> problems = SpanishStyle.problems(texts);
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void thePagesAnswerWordsAreTheFormsAnswerWordsInBothLanguages() {
        for (String language : List.of("en", "es")) {
            Texts t = Texts.of(language);
            for (AnswerChoice choice : AnswerChoice.milestoneChoices()) {
                assertThat(t.get("answer." + choice.answer().name())).as(language + " " + choice)
                        .isEqualTo(choice.label(language));
            }
            assertThat(t.get("answer.NO")).isEqualTo(AnswerChoice.NO.label(language));
        }
    }
}
