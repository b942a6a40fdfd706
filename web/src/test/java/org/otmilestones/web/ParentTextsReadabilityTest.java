package org.otmilestones.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.otmilestones.readability.PlainLanguageTargets;
import org.otmilestones.readability.Readability;
import org.otmilestones.readability.ReadabilityLanguage;

/**
 * The family's page in plain words: its own texts (the catalog's come from the catalog, which has its
 * own gate), measured alone, against the handout's targets.
 */
class ParentTextsReadabilityTest {

    /** The sentences a parent reads: texts of four words or more, placeholders filled in. */
    private static List<String> sentences(String language) {
        return Texts.of(language).all().values().stream().map(t -> t.replaceAll("\\{\\d+}", "2"))
                .filter(t -> t.split("\\s+").length >= 4).toList();
    }

    static double englishAverage(List<String> texts) {
        return texts.stream().mapToDouble(t -> Readability.english(t).fleschKincaidGrade()).average().orElseThrow();
    }

    static double spanishAverage(List<String> texts) {
        return texts.stream().mapToDouble(t -> Readability.spanish(t).fernandezHuerta()).average().orElseThrow();
    }

    @Test
    void theEnglishPageReadsAtASixthGradeLevelWithShortSentences() {
        List<String> texts = sentences("en");
        PlainLanguageTargets targets = PlainLanguageTargets.forParents(ReadabilityLanguage.ENGLISH);
        assertThat(texts).hasSizeGreaterThan(15);
        assertThat(targets.meets(englishAverage(texts), targets.averageLimit())).as("average grade %.2f",
                englishAverage(texts)).isTrue();
        assertThat(texts).allSatisfy(t -> assertThat(Readability.english(t).longestSentenceWords()).as(t)
                .isLessThanOrEqualTo(20));
    }

    @Test
    void theSpanishPageIsFairlyEasy() {
        List<String> texts = sentences("es");
        PlainLanguageTargets targets = PlainLanguageTargets.forParents(ReadabilityLanguage.SPANISH);
        assertThat(texts).hasSizeGreaterThan(15);
        assertThat(targets.meets(spanishAverage(texts), targets.averageLimit())).as("average Fernandez-Huerta %.1f",
                spanishAverage(texts)).isTrue();
    }

    @Test
    void theGateFailsOnHardWording() {
        List<String> hard = List.of("Notwithstanding developmental heterogeneity, comprehensive multidisciplinary"
                + " evaluation facilitates individualized therapeutic intervention planning.");
        PlainLanguageTargets en = PlainLanguageTargets.forParents(ReadabilityLanguage.ENGLISH);
        assertThat(en.meets(englishAverage(hard), en.averageLimit())).isFalse();
        PlainLanguageTargets es = PlainLanguageTargets.forParents(ReadabilityLanguage.SPANISH);
        assertThat(es.meets(spanishAverage(List.of("No obstante la heterogeneidad del desarrollo, la evaluación"
                + " multidisciplinaria exhaustiva facilita la planificación terapéutica individualizada.")),
                es.averageLimit())).isFalse();
    }

    @Test
    void bothLanguagesHaveTheSameTexts() {
        Map<String, String> en = Texts.of("en").all();
        Map<String, String> es = Texts.of("es").all();
        assertThat(es.keySet()).isEqualTo(en.keySet());
    }
}
