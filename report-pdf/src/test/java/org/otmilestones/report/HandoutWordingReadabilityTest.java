package org.otmilestones.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.otmilestones.readability.CatalogReadability;
import org.otmilestones.readability.GateFinding;
import org.otmilestones.readability.ParentText;
import org.otmilestones.readability.PlainLanguageGate;
import org.otmilestones.readability.ReadabilityLanguage;
import org.otmilestones.readability.TextKind;

/**
 * The plain-language gate over the handout's own wording, on its own: the catalog's texts have their own gate,
 * and averaged together the catalog's hundreds of texts would hide any hard sentence of the handout.
 */
class HandoutWordingReadabilityTest {

    /** The handout's sentences: message values with at least four words, placeholders filled as the code fills them. */
    private static List<ParentText> wording(String language) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = HandoutWordingReadabilityTest.class.getResourceAsStream("messages_" + language + ".properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<ParentText> texts = new ArrayList<>();
        for (String key : new TreeSet<>(messages.stringPropertyNames())) {
            String text = messages.getProperty(key).replaceAll("\\{\\d+}", language.equals("es") ? "Ana" : "Sam");
            if (!key.startsWith("symbol.") && !key.contains("pattern") && text.split("\\s+").length >= 4) {
                texts.add(new ParentText("messages_" + language + ".properties: " + key, TextKind.HANDOUT_WORDING,
                        Optional.empty(), text));
            }
        }
        return texts;
    }

    private static List<GateFinding> findings(List<ParentText> texts, String language) {
        ReadabilityLanguage scored = ReadabilityLanguage.forCode(language).orElseThrow();
        return PlainLanguageGate.check(CatalogReadability.score(texts, scored));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void keepsTheHandoutsOwnWordingWithinThePlainLanguageTargets(String language) throws IOException {
        List<ParentText> wording = wording(language);

        assertThat(wording).hasSizeGreaterThan(20);
        List<GateFinding> findings = findings(wording, language);
        assertThat(findings).as(PlainLanguageGate.format(findings, ReadabilityLanguage.forCode(language).orElseThrow()))
                .isEmpty();
    }

    @Test
    void failsTheWordingGateOnOneLongHardSentence() throws IOException {
        List<ParentText> wording = new ArrayList<>(wording("en"));
        wording.add(new ParentText("messages_en.properties: hard", TextKind.HANDOUT_WORDING, Optional.empty(),
                "Notwithstanding the aforementioned developmental considerations, occupational therapists frequently "
                        + "recommend comprehensive standardized evaluations whenever longitudinal observations "
                        + "indicate persistent difficulties with coordination, regulation or independence."));

        assertThat(findings(wording, "en")).extracting(GateFinding::rule).contains(GateFinding.Rule.SENTENCE_LENGTH);
    }

    @Test
    void failsTheWordingGateWhenTheWordingIsHardOnAverage() {
        List<ParentText> hard = List.of(
                new ParentText("a", TextKind.HANDOUT_WORDING, Optional.empty(),
                        "Comprehensive developmental evaluations necessitate interdisciplinary collaboration."),
                new ParentText("b", TextKind.HANDOUT_WORDING, Optional.empty(),
                        "Occupational therapists administer standardized assessments systematically."));

        assertThat(findings(hard, "en")).extracting(GateFinding::rule).containsExactly(GateFinding.Rule.AVERAGE_SCORE);
        assertThat(findings(List.of(new ParentText("c", TextKind.HANDOUT_WORDING, Optional.empty(),
                "La evaluación interdisciplinaria comprehensiva necesita colaboración profesional especializada.")), "es"))
                .extracting(GateFinding::rule).containsExactly(GateFinding.Rule.AVERAGE_SCORE);
    }
}
