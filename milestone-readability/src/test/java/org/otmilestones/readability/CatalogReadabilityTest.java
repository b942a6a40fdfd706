package org.otmilestones.readability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.otmilestones.core.Area;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Guidance;
import org.otmilestones.core.LocalizedText;
import org.otmilestones.core.catalog.Catalogs;

class CatalogReadabilityTest {

    private static final Catalog CATALOG = Catalogs.loadBundled();

    @Test
    void collectsEveryParentTextOnceAndNoTherapistText() {
        List<ParentText> texts = CatalogReadability.parentTexts(CATALOG, "en");

        int areaTexts = CATALOG.areas().stream()
                .mapToInt(a -> 3 + a.signsOfDifficulty().size() + a.redFlags().size()).sum();
        assertThat(texts).hasSize(CATALOG.checkpoints().size() + areaTexts + CATALOG.milestones().size()
                + CATALOG.generalQuestions().size() + CATALOG.activities().size() + Guidance.values().length);
        assertThat(texts).extracting(ParentText::where).doesNotHaveDuplicates()
                .contains("checkpoints[3m].title", "areas[fine_motor].whatItIs", "areas[fine_motor].redFlags[0]",
                        "milestones[fine_motor-0-3m-opens_hands].question", "generalQuestions[general-lost_skill].question",
                        "activities[0].text", "guidance.ownPace")
                .noneMatch(where -> where.contains("technicalName") || where.contains("typicalAge")
                        || where.startsWith("sources") || where.equals("name"));
        assertThat(texts).filteredOn(t -> t.kind().isQuestion())
                .hasSize(CATALOG.milestones().size() + CATALOG.generalQuestions().size());
    }

    @Test
    void takesTheTextsOfTheAskedLanguageAndTheirArea() {
        ParentText question = CatalogReadability.parentTexts(CATALOG, "es").stream()
                .filter(t -> t.where().equals("milestones[fine_motor-0-3m-opens_hands].question")).findFirst().orElseThrow();

        assertThat(question.text()).startsWith("¿").isEqualTo(CATALOG.milestones().get(0).question().in("es"));
        assertThat(question.areaId()).contains("fine_motor");
        assertThat(question.kind()).isEqualTo(TextKind.MILESTONE_QUESTION);
    }

    @Test
    void scoresEveryTextInTheLanguage() {
        CatalogReadabilityReport report = CatalogReadability.report(CATALOG, "es");

        assertThat(report.language()).isEqualTo(ReadabilityLanguage.SPANISH);
        assertThat(report.texts()).hasSize(CatalogReadability.parentTexts(CATALOG, "es").size());
        assertThat(report.texts()).allSatisfy(t -> assertThat(t.readability()).isInstanceOf(SpanishReadability.class));
        assertThat(report.unscored()).isEmpty();
    }

    @Test
    void summarisesAreasInCatalogOrderThenTheWholeChecklist() {
        CatalogReadabilityReport report = CatalogReadability.report(CATALOG, "en");

        List<AreaReadability> areas = report.areas();

        assertThat(areas).extracting(a -> a.areaId().orElse("whole"))
                .containsExactly("fine_motor", "visual_motor", "visual_perception", "self_care", "sensory_processing",
                        "whole");
        assertThat(areas.stream().mapToInt(AreaReadability::texts).sum()).isEqualTo(report.texts().size());
        for (AreaReadability area : areas) {
            List<ScoredText> own = report.texts().stream().filter(t -> t.text().areaId().equals(area.areaId())).toList();
            assertThat(area.averageScore())
                    .isEqualTo(own.stream().mapToDouble(ScoredText::mainScore).average().orElseThrow());
            assertThat(area.hardest().mainScore())
                    .isEqualTo(own.stream().mapToDouble(ScoredText::mainScore).max().orElseThrow());
        }
    }

    @Test
    void ordersTheHardestTextsByTheDirectionOfTheScore() {
        List<ScoredText> english = CatalogReadability.report(CATALOG, "en").hardest(5);
        List<ScoredText> spanish = CatalogReadability.report(CATALOG, "es").hardest(5);

        assertThat(english).hasSize(5).extracting(ScoredText::mainScore).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(spanish).hasSize(5).extracting(ScoredText::mainScore).isSortedAccordingTo(Double::compare);
        double lowestFh = CatalogReadability.report(CATALOG, "es").texts().stream()
                .mapToDouble(ScoredText::mainScore).min().orElseThrow();
        assertThat(spanish.get(0).mainScore()).isEqualTo(lowestFh);
    }

    @Test
    void addsUpAllTextsForThePooledScore() {
        CatalogReadabilityReport report = CatalogReadability.report(CATALOG, "en");
        TextReadability pooled = report.pooled();

        assertThat(pooled.words()).isEqualTo(report.texts().stream().mapToInt(t -> t.readability().words()).sum());
        assertThat(pooled.sentences()).isEqualTo(report.texts().stream().mapToInt(t -> t.readability().sentences()).sum());
        assertThat(pooled.longestSentenceWords()).isEqualTo(report.longestSentenceWords());
    }

    @Test
    void listsTextsWithoutWordsInsteadOfDroppingThem() {
        Map<Guidance, LocalizedText> guidance = new EnumMap<>(CATALOG.guidance());
        guidance.put(Guidance.OWN_PACE, new LocalizedText(Map.of("en", "—", "es", "—")));
        Catalog withDash = Catalog.of(CATALOG.id(), CATALOG.version(), CATALOG.name(), CATALOG.languages(),
                CATALOG.checkpoints(), CATALOG.areas(), CATALOG.milestones(), CATALOG.generalQuestions(),
                CATALOG.activities(), guidance, CATALOG.publishers(), CATALOG.sources(), CATALOG.scoring(), CATALOG.correctedAge(),
                CATALOG.retiredIds());

        CatalogReadabilityReport report = CatalogReadability.report(withDash, "en");

        assertThat(report.unscored()).extracting(ParentText::where).containsExactly("guidance.ownPace");
        assertThat(report.texts()).hasSize(CatalogReadability.parentTexts(withDash, "en").size() - 1);
        assertThat(CatalogReadability.formatTable(report, 0)).contains("Not scored, no words: guidance.ownPace");
    }

    @Test
    void formatsAPlainTextTable() {
        CatalogReadabilityReport report = CatalogReadability.report(CATALOG, "es");
        ScoredText hardest = report.hardest(1).get(0);

        String table = CatalogReadability.formatTable(report, 3);

        assertThat(table).contains("Spanish texts (es), by Fernández-Huerta (higher is easier)",
                "Szigriszt-Pazos (INFLESZ)", "Area", "fine_motor", "sensory_processing", "(whole checklist)",
                "Hardest 3 texts:", hardest.text().where(), hardest.text().text());
        for (Area area : CATALOG.areas()) {
            assertThat(table).contains(area.id());
        }
        assertThat(CatalogReadability.formatTable(report, 0)).doesNotContain("Hardest");
    }

    @Test
    void refusesALanguageTheCatalogOrThePackageLacks() {
        assertThat(CatalogReadability.canReport(CATALOG, "en")).isTrue();
        assertThat(CatalogReadability.canReport(CATALOG, "fr")).isFalse();
        assertThat(CatalogReadability.canReport(CATALOG, null)).isFalse();
        assertThatThrownBy(() -> CatalogReadability.report(CATALOG, "fr"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fr");
    }

    @Test
    void refusesAReportMixingLanguages() {
        ScoredText en = new ScoredText(new ParentText("guidance.ownPace", TextKind.GUIDANCE, Optional.empty(), "Hi."),
                Readability.english("Hi."));
        assertThatThrownBy(() -> new CatalogReadabilityReport(ReadabilityLanguage.SPANISH, List.of(en), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CatalogReadabilityReport(ReadabilityLanguage.ENGLISH, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
