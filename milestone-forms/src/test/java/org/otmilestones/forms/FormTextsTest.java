package org.otmilestones.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.otmilestones.core.AnswerChoice;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.FormField;
import org.otmilestones.core.catalog.Catalogs;
import org.otmilestones.core.testing.SpanishStyle;

/** The generated forms' own texts: in Spanish they follow the style guide, as the catalog's texts do. */
class FormTextsTest {

    private static final Catalog CATALOG = Catalogs.loadBundled();

    @Test
    void theFormsSpanishTextsAvoidTheTermsTheGlossaryForbids() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Checkpoint c : CATALOG.checkpoints()) {
            texts.put("checkpointSection " + c.id(), FormTexts.checkpointSection(c, "es"));
            texts.put("title " + c.id(), FormTexts.title(Form.of(CATALOG, c, List.of("es")), "es"));
        }
        texts.put("title every age", FormTexts.title(Form.everyCheckpoint(CATALOG, List.of("es")), "es"));
        texts.put("generalSection", FormTexts.generalSection("es"));
        texts.put("checkpointQuestion", FormTexts.checkpointQuestion("es"));
        texts.put("checkpointHint", FormTexts.checkpointHint(CATALOG, "es"));
        texts.put("weeksHint", FormTexts.weeksHint("es"));
        texts.put("assessmentDateHint", FormTexts.assessmentDateHint("es"));
        texts.put("ageMonthsLabel", FormTexts.ageMonthsLabel("es"));
        texts.put("birthDateMessage", FormTexts.birthDateMessage("es"));
        texts.put("weeksMessage", FormTexts.weeksMessage("es"));
        for (FormField f : FormField.values()) {
            texts.put("FormField." + f, f.label("es"));
        }
        for (AnswerChoice a : AnswerChoice.values()) {
            texts.put("AnswerChoice." + a, a.label("es"));
        }

        List<String> problems = SpanishStyle.problems(texts);
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void aTitleAfterANameInBracketsTakesACommaNotASecondPairOfBrackets() {
        Checkpoint twoYears = CATALOG.checkpoint("24m").orElseThrow();

        assertThat(FormTexts.title(Form.of(CATALOG, twoYears, List.of("es")), "es"))
                .isEqualTo("Lista de habilidades para familias (OT Milestones), 2 años");
        assertThat(FormTexts.title(Form.of(CATALOG, twoYears, List.of("en")), "en"))
                .isEqualTo("OT Milestones checklist for families (2 years)");
    }
}
