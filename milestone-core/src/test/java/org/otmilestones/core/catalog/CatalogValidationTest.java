package org.otmilestones.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otmilestones.core.Catalog;

/** One test per kind of catalog error, each on a small valid catalog with one thing broken. */
class CatalogValidationTest {

    @TempDir
    Path dir;

    private Path write(UnaryOperator<String> change) throws IOException {
        return SmallCatalog.write(dir, change);
    }

    private CatalogException failure(UnaryOperator<String> change) throws IOException {
        return SmallCatalog.failure(dir, change);
    }

    @Test
    void loadsAValidClinicCatalog() throws Exception {
        Catalog catalog = Catalogs.load(write(UnaryOperator.identity()));

        assertThat(catalog.id()).isEqualTo("clinic-small");
        assertThat(catalog.milestones()).hasSize(2);
        assertThat(catalog.scoring().minAnswered()).isEqualTo(2);
    }

    @Test
    void rejectsAnotherFormatVersionNamingBoth() throws Exception {
        CatalogException e = failure(s -> s.replace("\"formatVersion\": 2", "\"formatVersion\": 3"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.formatVersion");
            assertThat(p.message()).contains("is 3").contains("reads format 2");
        });
    }

    @Test
    void refusesAFormatOneCatalogSayingHowToUpgradeIt() throws Exception {
        CatalogException e = failure(s -> s.replace("\"formatVersion\": 2", "\"formatVersion\": 1"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.formatVersion");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("is 1, an older catalog format").contains("mostByMonths")
                    .contains("typicalAge").contains("publishers").contains("talkToOtWhenCreditShareBelow")
                    .contains("docs/catalog-format.md");
        });
    }

    @Test
    void reportsMalformedJsonWithLineAndColumn() throws Exception {
        CatalogException e = failure(s -> s.replace("\"id\": \"clinic-small\",", "\"id\": \"clinic-small\""));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).as("the token after the missing comma").isEqualTo(4);
            assertThat(p.column()).isPositive();
            assertThat(p.message()).contains("not valid JSON");
        });
    }

    @Test
    void rejectsAnUnknownFieldSoATypoDoesNotVanish() throws Exception {
        CatalogException e = failure(s -> s.replaceFirst("\"redFlag\": false", "\"redflag\": false"));
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("$.milestones[0].redflag");
            assertThat(p.line()).isEqualTo(24);
            assertThat(p.message()).contains("unknown field 'redflag'").contains("redFlag");
        });
    }

    @Test
    void reportsEveryUnknownFieldTogetherWithTheOtherProblems() throws Exception {
        CatalogException e = failure(s -> s.replaceFirst("\"redFlag\": false", "\"redflag\": false")
                .replace("\"polarity\": \"SKILL\", \"redFlag\": false, \"mostByMonths\": 12, \"ageEvidence\"",
                        "\"polarty\": \"SKILL\", \"redFlag\": false, \"mostByMonths\": 12, \"ageEvidence\"")
                .replace("\"ageMonths\": 12", "\"ageMonths\": 2"));

        assertThat(e.problems()).extracting(CatalogProblem::path)
                .contains("$.milestones[0].redflag", "$.milestones[1].polarty", "$.checkpoints[1].ageMonths");
        assertThat(e.problems()).filteredOn(p -> p.path().equals("$.milestones[1].polarty"))
                .singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(27));
    }

    @Test
    void rejectsDuplicateMilestoneIds() throws Exception {
        CatalogException e = failure(s -> s.replace("\"fm-12m-pincer\"", "\"fm-12m-pokes\""));
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("$.milestones[1].id");
            assertThat(p.message()).contains("'fm-12m-pokes' is used twice");
        });
    }

    @Test
    void rejectsAReferenceToAnUnknownArea() throws Exception {
        CatalogException e = failure(s -> s.replace("\"area\": \"fine_motor\", \"checkpoint\": \"12m\", \"question\": {\"en\": \"Does your child pick",
                "\"area\": \"fine_moter\", \"checkpoint\": \"12m\", \"question\": {\"en\": \"Does your child pick"));
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("$.milestones[1].area");
            assertThat(p.line()).isEqualTo(26);
            assertThat(p.toString()).startsWith("line 26, column ");
            assertThat(p.message()).contains("milestone 'fm-12m-pincer'").contains("'fine_moter'")
                    .contains("fine_motor");
        });
    }

    @Test
    void rejectsAReferenceToAnUnknownSource() throws Exception {
        CatalogException e = failure(s -> s.replace("\"sources\": [\"CDC-12m\"]", "\"sources\": [\"CDC-13m\"]"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("source 'CDC-13m' is not in $.sources"));
    }

    @Test
    void rejectsATextMissingADeclaredLanguage() throws Exception {
        CatalogException e = failure(s -> s.replace("\"languages\": [\"en\"]", "\"languages\": [\"en\", \"es\"]"));
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("$.name");
            assertThat(p.message()).contains("has no es text");
        });
    }

    @Test
    void textsUpToTheirCapsLoadAndOneCharacterMoreIsRefusedWithItsPathAndLength() throws Exception {
        String name = "\"name\": {\"en\": \"A small clinic catalog\"}";
        String question = "\"question\": {\"en\": \"Does your child poke with one finger?\"}";
        Catalog atCaps = Catalogs.load(write(s -> s.replace(name, "\"name\": {\"en\": \""
                + "N".repeat(TextCaps.CATALOG_NAME) + "\"}").replace(question, "\"question\": {\"en\": \""
                + "Q".repeat(TextCaps.QUESTION - 1) + "?\"}")));
        assertThat(atCaps.name().in("en")).hasSize(TextCaps.CATALOG_NAME);
        CatalogException e = failure(s -> s.replace(name, "\"name\": {\"en\": \""
                + "N".repeat(TextCaps.CATALOG_NAME + 1) + "\"}").replace(question, "\"question\": {\"en\": \""
                + "Q".repeat(TextCaps.QUESTION) + "?\"}"));
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("$.name.en");
            assertThat(p.message()).contains("81 characters long; expected at most 80");
        });
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.path()).isEqualTo("$.milestones[0].question.en"));
    }

    @Test
    void aCatalogNameOf200000CharactersIsRefusedWithoutEchoingIt() throws Exception {
        String name = "\"name\": {\"en\": \"A small clinic catalog\"}";
        CatalogException e = failure(s -> s.replace(name, "\"name\": {\"en\": \"" + "N".repeat(200_000) + "\"}"));
        assertThat(e.getMessage()).contains("200000 characters long").hasSizeLessThan(2_000);
    }

    @Test
    void rejectsAnEmptyText() throws Exception {
        CatalogException e = failure(s -> s.replace("\"plainName\": {\"en\": \"Using hands and fingers\"}",
                "\"plainName\": {\"en\": \"  \"}"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.path()).isEqualTo("$.areas[0].plainName"));
    }

    @Test
    void rejectsCheckpointsOutOfOrder() throws Exception {
        CatalogException e = failure(s -> s.replace("\"ageMonths\": 12", "\"ageMonths\": 2"));
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("$.checkpoints[1].ageMonths");
            assertThat(p.message()).contains("not after the one before it");
        });
    }

    @Test
    void rejectsThresholdsOutOfRange() throws Exception {
        CatalogException e = failure(s -> s.replace("\"talkToOtWhenCreditShareBelow\": 0.5",
                "\"talkToOtWhenCreditShareBelow\": 50"));
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("$.scoring.talkToOtWhenCreditShareBelow");
            assertThat(p.message()).contains("is 50.0").contains("from 0 up to");
        });
    }

    @Test
    void rejectsAnUnknownPolarityListingTheExpectedOnes() throws Exception {
        CatalogException e = failure(s -> s.replaceFirst("\"polarity\": \"SKILL\"", "\"polarity\": \"skill\""));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("'skill'").contains("SKILL, CONCERN"));
    }

    @Test
    void rejectsAMissingGuidanceText() throws Exception {
        CatalogException e = failure(s -> s.replace("\"ownPace\"", "\"ownPaces\""));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("'ownPaces' is not a guidance key"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("missing the text 'ownPace'"));
    }

    @Test
    void rejectsAnImpossibleCorrectedAgeRule() throws Exception {
        CatalogException e = failure(s -> s.replace("\"pretermBeforeWeeks\": 37", "\"pretermBeforeWeeks\": 41"));
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("$.correctedAge");
            assertThat(p.message()).contains("pretermBeforeWeeks");
        });
    }

    @Test
    void reportsEveryProblemNotJustTheFirst() throws Exception {
        CatalogException e = failure(s -> s.replace("\"sources\": [\"CDC-12m\"]", "\"sources\": [\"X\"]")
                .replace("\"ageMonths\": 12", "\"ageMonths\": 2"));
        assertThat(e.problems()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void rejectsASometimesCreditAboveAYesAndAnEvaluationThresholdAboveTheCheckAgainOne() throws Exception {
        CatalogException e = failure(s -> s.replace("\"sometimesCredit\": 0.5", "\"sometimesCredit\": 1.5")
                .replace("\"otEvaluationBelowZ\": -1.3", "\"otEvaluationBelowZ\": -0.2"));
        assertThat(e.problems()).extracting(CatalogProblem::path).containsExactly("$.scoring.sometimesCredit",
                "$.scoring.model");
        assertThat(e.problems().get(1).message()).contains("otEvaluationBelowZ").contains("checkAgainBelowZ");
    }

    @Test
    void refusesTheRetiredThreeAreasRuleWithHowToReplaceIt() throws Exception {
        CatalogException e = failure(s -> s.replace("\"minAnswered\": 2,",
                "\"minAnswered\": 2, \"checklistWideWhenAreasNotOnTrackAtLeast\": 3,"));
        assertThat(e.problems()).extracting(CatalogProblem::path)
                .containsExactly("$.scoring.checklistWideWhenAreasNotOnTrackAtLeast");
        assertThat(e.problems().get(0).message()).contains("remove it").contains("$.scoring.model");
    }

    @Test
    void namesAMissingModelParameter() throws Exception {
        CatalogException e = failure(s -> s.replace("\"spreadMonths\": 2.7,", ""));
        assertThat(e.problems()).extracting(CatalogProblem::path).containsExactly("$.scoring.model.spreadMonths");
    }

    @Test
    void saysPlainlyWhenTheFileDoesNotExist() {
        assertThatThrownBy(() -> Catalogs.load(dir.resolve("missing.json")))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("missing.json").hasMessageContaining("does not exist");
    }
}
