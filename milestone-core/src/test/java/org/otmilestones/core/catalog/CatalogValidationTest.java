package org.otmilestones.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otmilestones.core.AgeEvidence;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Counting;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.Review;
import org.otmilestones.core.SourceKind;
import org.otmilestones.core.TypicalAge;

/** One test per kind of catalog error, each on a small valid catalog with one thing broken. */
class CatalogValidationTest {

    @TempDir
    Path dir;

    private static String valid() {
        try (InputStream in = CatalogValidationTest.class.getResourceAsStream("small-catalog.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path write(UnaryOperator<String> change) throws IOException {
        Path file = dir.resolve("clinic-catalog.json");
        String original = valid();
        String changed = change.apply(original);
        if (change != UnaryOperator.<String>identity()) {
            assertThat(changed).as("the change must apply to the fixture").isNotEqualTo(original);
        }
        Files.writeString(file, changed);
        return file;
    }

    private CatalogException failure(UnaryOperator<String> change) throws IOException {
        Path file = write(change);
        try {
            Catalogs.load(file);
        } catch (CatalogException e) {
            assertThat(e.file()).contains(file.toString());
            assertThat(e.getMessage()).contains(file.toString());
            return e;
        }
        throw new AssertionError("expected the catalog to be rejected");
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
                .singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(26));
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
            assertThat(p.line()).isEqualTo(25);
            assertThat(p.toString()).startsWith("line 25, column ");
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

    /** The fixture's first milestone, as written, to change one field of it. */
    private static final String POKES = "\"id\": \"fm-12m-pokes\", \"area\": \"fine_motor\", \"checkpoint\": \"12m\"";
    private static final String CDC_URL = "\"url\": \"https://www.cdc.gov/act-early/milestones/1-year.html\"";

    @Test
    void rejectsAMilestoneAtACheckpointBeforeMostChildrenHaveIt() throws Exception {
        // Most children poke by 12 months: asked at 9 months it would push children into "keep practicing".
        CatalogException e = failure(s -> s.replace(POKES, POKES.replace("\"12m\"", "\"9m\"")));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.milestones[0].checkpoint");
            assertThat(p.line()).isEqualTo(23);
            assertThat(p.column()).isPositive();
            assertThat(p.message()).contains("milestone 'fm-12m-pokes'").contains("sits at 9m (9 months)")
                    .contains("most children do it by 12 months").contains("belongs at 12m").contains("formerIds");
        });
    }

    @Test
    void rejectsAMilestoneAtALaterCheckpointThanTheFirstAtOrAfterItsAge() throws Exception {
        // Most by 8 months belongs at 9m, the first checkpoint at or after it; 12m is one too late.
        CatalogException e = failure(s -> s.replace("\"mostByMonths\": 12, \"emergesMonths\": 9",
                "\"mostByMonths\": 8, \"emergesMonths\": 6"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.milestones[0].checkpoint");
            assertThat(p.message()).contains("by 8 months").contains("belongs at 9m");
        });
    }

    @Test
    void rejectsAMilestoneMostChildrenHaveOnlyAfterTheLastCheckpoint() throws Exception {
        CatalogException e = failure(s -> s.replace("\"mostByMonths\": 12, \"emergesMonths\": 9",
                "\"mostByMonths\": 15, \"emergesMonths\": 9"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.milestones[0].mostByMonths");
            assertThat(p.message()).contains("by 15 months").contains("after the last checkpoint (12m");
        });
    }

    @Test
    void rejectsAnAgeOfFirstAppearanceAfterTheAgeMostChildrenHaveIt() throws Exception {
        CatalogException e = failure(s -> s.replace("\"emergesMonths\": 9", "\"emergesMonths\": 14"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.milestones[0].emergesMonths");
            assertThat(p.line()).isEqualTo(24);
            assertThat(p.message()).contains("is 14").contains("up to mostByMonths (12)");
        });
    }

    @Test
    void rejectsAMissingAgeMostChildrenHaveIt() throws Exception {
        CatalogException e = failure(s -> s.replace("\"mostByMonths\": 12, \"emergesMonths\": 9, ", ""));
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("$.milestones[0].mostByMonths");
            assertThat(p.message()).contains("is null").contains("about 3 in 4 children");
        });
    }

    @Test
    void rejectsAFractionOfAMonthRatherThanRoundingIt() throws Exception {
        CatalogException e = failure(s -> s.replace("\"mostByMonths\": 12, \"emergesMonths\": 9",
                "\"mostByMonths\": 11.5, \"emergesMonths\": 9"));
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("$.milestones[0].mostByMonths");
            assertThat(p.line()).isEqualTo(24);
        });
    }

    @Test
    void rejectsAnUnknownKindOfAgeEvidenceListingTheKnownOnes() throws Exception {
        CatalogException e = failure(s -> s.replaceFirst("\"ageEvidence\": \"CDC_2022\"", "\"ageEvidence\": \"CDC\""));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.milestones[0].ageEvidence");
            assertThat(p.message()).contains("'CDC'").contains("CDC_2022, PERCENTILE_75, MEAN_PLUS_SD");
        });
    }

    @Test
    void rejectsASourceAddressOnAnotherHostThanItsPublishers() throws Exception {
        // A copy of CDC's page on another site is not CDC's page.
        CatalogException e = failure(s -> s.replace(CDC_URL,
                "\"url\": \"https://mydrs.hit-scan.com/act-early/milestones/1-year.html\""));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.sources[0].url");
            assertThat(p.line()).isEqualTo(52);
            assertThat(p.message()).contains("source 'CDC-12m'").contains("mydrs.hit-scan.com")
                    .contains("not a host of publisher 'CDC' (cdc.gov)").contains("not a copy");
        });
    }

    @Test
    void acceptsASubdomainOfThePublishersHostButNotAHostThatOnlyEndsLikeIt() throws Exception {
        Catalogs.load(write(s -> s.replace(CDC_URL, "\"url\": \"https://stacks.cdc.gov/view/cdc/1\"")));

        for (String mirror : List.of("https://evilcdc.gov/page", "https://cdc.gov.example.com/page")) {
            CatalogException e = failure(s -> s.replace(CDC_URL, "\"url\": \"" + mirror + "\""));
            assertThat(e.problems()).as(mirror).singleElement()
                    .satisfies(p -> assertThat(p.path()).isEqualTo("$.sources[0].url"));
        }
    }

    @Test
    void rejectsASourceWhosePublisherIsNotListed() throws Exception {
        CatalogException e = failure(s -> s.replace("\"publisher\": \"CDC\"", "\"publisher\": \"CDCX\""));
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("$.sources[0].publisher");
            assertThat(p.message()).contains("'CDCX' is not in $.publishers").contains("CDC");
        });
    }

    @Test
    void rejectsAPublisherHostWrittenAsAnAddress() throws Exception {
        CatalogException e = failure(s -> s.replace("\"hosts\": [\"cdc.gov\"]", "\"hosts\": [\"https://cdc.gov/\"]"));
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("$.publishers[0].hosts[0]");
            assertThat(p.message()).contains("lower-case host name");
        });
    }

    @Test
    void rejectsASourcedMilestoneThatOnlyABlogSupports() throws Exception {
        UnaryOperator<String> blogOnly = s -> s.replace("\"kind\": \"GOVERNMENT\"", "\"kind\": \"OTHER\"");
        CatalogException e = failure(blogOnly);
        assertThat(e.problems()).hasSize(2).allSatisfy(p -> {
            assertThat(p.path()).matches("\\$\\.milestones\\[[01]]\\.sources");
            assertThat(p.message()).contains("marked SOURCED but cites only sources of kind OTHER (CDC-12m)")
                    .contains("mark it NEEDS_REVIEW");
        });

        Catalog needsReview = Catalogs.load(write(s -> blogOnly.apply(s)
                .replace("\"review\": \"SOURCED\"", "\"review\": \"NEEDS_REVIEW\"")));
        assertThat(needsReview.milestones()).allSatisfy(m -> assertThat(m.review()).isEqualTo(Review.NEEDS_REVIEW));
    }

    @Test
    void rejectsAPeerReviewedArticleWithoutDoiOrPubMedId() throws Exception {
        CatalogException e = failure(s -> s.replace("\"kind\": \"GOVERNMENT\"", "\"kind\": \"PEER_REVIEWED\""));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.sources[0].kind");
            assertThat(p.message()).contains("needs its doi or pmid");
        });
        Catalogs.load(write(s -> s.replace("\"kind\": \"GOVERNMENT\"", "\"kind\": \"PEER_REVIEWED\", \"doi\": \"10.1542/peds.2021-052138\"")));
    }

    @Test
    void rejectsAnIsbnWithAWrongCheckDigitAndMalformedIds() throws Exception {
        CatalogException e = failure(s -> s.replace(CDC_URL, CDC_URL
                + ", \"isbn\": \"978-0-323-16925-8\", \"doi\": \"doi:10.1542/x\", \"pmid\": \"PMID35132439\""));
        assertThat(e.problems()).extracting(CatalogProblem::path)
                .containsExactlyInAnyOrder("$.sources[0].isbn", "$.sources[0].doi", "$.sources[0].pmid");
        Catalogs.load(write(s -> s.replace(CDC_URL, CDC_URL + ", \"isbn\": \"978-0-323-16925-7\", \"edition\": \"7th\", "
                + "\"year\": 2015")));
    }

    @Test
    void rejectsAFormerIdThatIsAnotherQuestionsId() throws Exception {
        CatalogException e = failure(s -> s.replace("\"formerIds\": [\"fm-9m-pincer\"]",
                "\"formerIds\": [\"fm-12m-pokes\", \"general-worried\"]"));
        assertThat(e.problems()).extracting(CatalogProblem::path)
                .containsExactly("$.milestones[1].formerIds[0]", "$.milestones[1].formerIds[1]");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).contains("is the id of another question"));
    }

    @Test
    void rejectsAFormerIdTwoMilestonesClaim() throws Exception {
        CatalogException e = failure(s -> s.replace("\"emergesMonths\": 9,", "\"emergesMonths\": 9, \"formerIds\": [\"fm-9m-pincer\"],"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.milestones[1].formerIds[0]");
            assertThat(p.message()).contains("also a former id of milestone 'fm-12m-pokes'");
        });
    }

    @Test
    void rejectsAnInformationOnlyItemMarkedAsARedFlag() throws Exception {
        CatalogException e = failure(s -> s.replaceFirst("\"redFlag\": false", "\"redFlag\": true, \"scored\": false"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.milestones[0].scored");
            assertThat(p.message()).contains("cannot be a red flag");
        });
        Catalog informationOnly = Catalogs.load(write(s -> s.replaceFirst("\"redFlag\": false",
                "\"redFlag\": false, \"scored\": false")));
        assertThat(informationOnly.milestones().get(0).counting()).isEqualTo(Counting.INFORMATION_ONLY);
        assertThat(informationOnly.milestones().get(1).counting()).isEqualTo(Counting.SCORED);
    }

    @Test
    void rejectsASometimesCreditAboveAYesAndAChecklistWideThresholdOfNoAreas() throws Exception {
        CatalogException e = failure(s -> s.replace("\"sometimesCredit\": 0.5", "\"sometimesCredit\": 1.5")
                .replace("\"checklistWideWhenAreasNotOnTrackAtLeast\": 3", "\"checklistWideWhenAreasNotOnTrackAtLeast\": 0"));
        assertThat(e.problems()).extracting(CatalogProblem::path).containsExactly("$.scoring.sometimesCredit",
                "$.scoring.checklistWideWhenAreasNotOnTrackAtLeast");
    }

    @Test
    void readsTheNumericAgesEvidenceAndFormerIds() throws Exception {
        Catalog catalog = Catalogs.load(write(UnaryOperator.identity()));
        Milestone pokes = catalog.milestone("fm-12m-pokes").orElseThrow();

        assertThat(pokes.typicalAge()).isEqualTo(new TypicalAge(12, OptionalInt.of(9), AgeEvidence.CDC_2022));
        assertThat(pokes.isCdcListed()).isTrue();
        assertThat(catalog.currentId("fm-9m-pincer")).hasValue("fm-12m-pincer");
        assertThat(catalog.currentId("fm-12m-pincer")).hasValue("fm-12m-pincer");
        assertThat(catalog.currentId("general-worried")).hasValue("general-worried");
        assertThat(catalog.currentId("fm-9m-nothing")).isEmpty();
        assertThat(catalog.source("CDC-12m").orElseThrow().kind()).isEqualTo(SourceKind.GOVERNMENT);
        assertThat(catalog.publisher("CDC").orElseThrow().hosts()).containsExactly("cdc.gov");
    }

    @Test
    void saysPlainlyWhenTheFileDoesNotExist() {
        assertThatThrownBy(() -> Catalogs.load(dir.resolve("missing.json")))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("missing.json").hasMessageContaining("does not exist");
    }
}
