package org.otmilestones.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.catalog.Catalogs;
import org.otmilestones.core.AnswerChoice;
import org.otmilestones.core.testing.SpanishStyle;

/**
 * The handout's and the blank checklist's own Spanish follows the style guide (docs/spanish-style.md), the
 * ages it makes from numbers included, and its answer words are the ones the forms and the importer use.
 */
class SpanishWordingTest {

    @Test
    void everySpanishMessageAvoidsTheTermsTheGlossaryForbids() {
        Messages es = Messages.of("es");
        Map<String, String> texts = new TreeMap<>();
        for (String key : es.keys()) {
            if (!key.startsWith("symbol.") && !key.endsWith(".pattern")) {
                texts.put("messages_es.properties: " + key, es.get(key));
            }
        }

        assertThat(texts).hasSizeGreaterThan(100);
        List<String> problems = SpanishStyle.problems(texts);
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void everyAgeTheHandoutMakesInSpanishAvoidsTheTermsTheGlossaryForbids() {
        Map<String, String> texts = new TreeMap<>();
        for (Milestone m : Catalogs.loadBundled().milestones()) {
            texts.put("typical age of " + m.id(), AgeWords.typicalAge(m, "es"));
        }
        for (int months = 0; months <= 96; months++) {
            texts.put("age " + months, AgeWords.age(months, "es"));
        }

        List<String> problems = new ArrayList<>(SpanishStyle.problems(texts));
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
        assertThat(texts.get("age 30")).isEqualTo("2 años y medio");
    }

    @Test
    void theHandoutsAnswerWordsAreTheFormsAnswerWordsInBothLanguages() {
        for (String language : List.of("en", "es")) {
            Messages messages = Messages.of(language);
            for (AnswerChoice choice : AnswerChoice.milestoneChoices()) {
                assertThat(messages.get("answer." + choice.answer().name())).as(language + " " + choice)
                        .isEqualTo(choice.label(language));
            }
            assertThat(messages.get("answer.concern." + Answer.NOT_YET.name())).isEqualTo(AnswerChoice.NO.label(language));
        }
        assertThat(Messages.of("es").get("blank.howTo")).contains("\"" + AnswerChoice.NOT_SURE.label("es") + "\"");
    }
}
