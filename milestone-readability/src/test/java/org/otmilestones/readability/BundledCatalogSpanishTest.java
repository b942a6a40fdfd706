package org.otmilestones.readability;


import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.otmilestones.core.Area;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.GeneralQuestion;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.catalog.Catalogs;
import org.otmilestones.core.testing.SpanishStyle;

/**
 * Every Spanish text of the bundled catalog follows the Spanish style guide (docs/spanish-style.md): no word its
 * glossary forbids, and every question asks with "¿...?". {@code SpanishStyleTest} shows both checks fail on a
 * bad text.
 */
class BundledCatalogSpanishTest {

    private static final Catalog CATALOG = Catalogs.loadBundled();

    private static Map<String, String> spanishTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("name", CATALOG.name().in("es"));
        for (Area area : CATALOG.areas()) {
            texts.put("areas[" + area.id() + "].technicalName", area.technicalName().in("es"));
        }
        for (ParentText text : CatalogReadability.parentTexts(CATALOG, "es")) {
            texts.put(text.where(), text.text());
        }
        return texts;
    }

    @Test
    void everySpanishTextAvoidsTheTermsTheGlossaryForbids() {
        Map<String, String> texts = spanishTexts();

        assertThat(texts).hasSizeGreaterThan(540);
        List<String> problems = SpanishStyle.problems(texts);
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void everySpanishQuestionAsksWithOpeningAndClosingQuestionMarks() {
        List<String> problems = new ArrayList<>();
        for (Milestone m : CATALOG.milestones()) {
            problems.addAll(SpanishStyle.questionProblems(m.id(), m.question().in("es")));
        }
        for (GeneralQuestion q : CATALOG.generalQuestions()) {
            problems.addAll(SpanishStyle.questionProblems(q.id(), q.question().in("es")));
        }

        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void theFingerFeedingQuestionAsksWhatTheEnglishAsksAndKeepsItsEarlierWording() {
        // The finger-feeding question could be read as "eats only some foods"; exports made before still say so.
        Milestone fingerFeeds = CATALOG.milestone("self_care-13-15m-finger_feeds").orElseThrow();

        assertThat(fingerFeeds.question().in("es")).isEqualTo(
                "¿Su niño o niña agarra algunos alimentos con los dedos y se los come sin ayuda?");
        assertThat(fingerFeeds.formerQuestions().get("es")).containsExactly(
                "¿Su niño come solo algunos alimentos con los dedos?");
    }
}
