package org.otmilestones.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otmilestones.core.AgeEvidence;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Counting;
import org.otmilestones.core.Evidence;
import org.otmilestones.core.EvidenceKind;
import org.otmilestones.core.UnscoredReason;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.Review;
import org.otmilestones.core.SourceKind;
import org.otmilestones.core.TypicalAge;

/**
 * The content rules every catalog keeps, one test per kind of error, each on the small valid catalog
 * with one thing broken: the placement rule, numeric ages, the source rule (kinds, publishers' own
 * hosts, ids), former and retired ids, and what information only means.
 */
class CatalogContentRulesTest {

    @TempDir
    Path dir;

    private Path write(UnaryOperator<String> change) throws IOException {
        return SmallCatalog.write(dir, change);
    }

    private CatalogException failure(UnaryOperator<String> change) throws IOException {
        return SmallCatalog.failure(dir, change);
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
            assertThat(p.line()).isEqualTo(54);
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
    void readsScoredFalseAsInformationOnlyAndScoredAsTheDefault() throws Exception {
        Catalog informationOnly = Catalogs.load(write(s -> s.replaceFirst("\"redFlag\": false",
                "\"redFlag\": true, \"scored\": false, \"unscoredReason\": \"MEDICAL_SIGN\"")));
        assertThat(informationOnly.milestones().get(0).counting()).isEqualTo(Counting.INFORMATION_ONLY);
        assertThat(informationOnly.milestones().get(0).redFlag()).isTrue();
        assertThat(informationOnly.milestones().get(0).unscoredReason()).hasValue(UnscoredReason.MEDICAL_SIGN);
        assertThat(informationOnly.milestones().get(1).counting()).isEqualTo(Counting.SCORED);
        CatalogException e = failure(s -> s.replaceFirst("\"redFlag\": false", "\"redFlag\": false, \"scored\": \"no\""));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.path()).isEqualTo("$.milestones[0].scored"));
    }

    @Test
    void readsEachScoredMilestonesEvidenceRecord() throws Exception {
        Catalog catalog = Catalogs.load(write(UnaryOperator.identity()));
        Evidence evidence = catalog.milestones().get(0).evidence().orElseThrow();
        assertThat(evidence.sourceKey()).isEqualTo("CDC-12m");
        assertThat(evidence.percent()).hasValue(75);
        assertThat(evidence.kind()).isEqualTo(EvidenceKind.CDC_2022);
        assertThat(evidence.line()).isEqualTo("75% by 12 months (CDC-12m, CDC 2022): skill on CDC's 2022 checklist at 12 months");
    }

    @Test
    void rejectsAScoredMilestoneWithoutAnEvidenceRecord() throws Exception {
        CatalogException e = failure(s -> s.replaceFirst(",\\s*\"evidence\": \\{[^}]*\\}", ""));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.milestones[0].evidence");
            assertThat(p.message()).contains("'fm-12m-pokes'").contains("is scored but has no evidence record");
        });
    }

    @Test
    void rejectsAnUnscoredMilestoneThatDoesNotSayWhyAndAScoredOneThatGivesAReason() throws Exception {
        CatalogException silent = failure(s -> s.replaceFirst("\"redFlag\": false", "\"redFlag\": false, \"scored\": false"));
        assertThat(silent.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.milestones[0].unscoredReason");
            assertThat(p.message()).contains("NO_AGE_EVIDENCE");
        });
        CatalogException scored = failure(s -> s.replaceFirst("\"redFlag\": false",
                "\"redFlag\": false, \"unscoredReason\": \"NO_AGE_EVIDENCE\""));
        assertThat(scored.problems()).extracting(CatalogProblem::path).containsExactly("$.milestones[0].unscoredReason");
    }

    @Test
    void rejectsEvidenceFromAnUncitedSourceAndACdcRecordThatIsNotThreeInFour() throws Exception {
        CatalogException uncited = failure(s -> s.replaceFirst("\"evidence\": \\{\"source\": \"CDC-12m\"",
                "\"evidence\": {\"source\": \"CDC-99\""));
        assertThat(uncited.problems()).extracting(CatalogProblem::path).containsExactly("$.milestones[0].evidence.source");
        CatalogException half = failure(s -> s.replaceFirst("\"percent\": 75", "\"percent\": 50"));
        assertThat(half.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.milestones[0].evidence");
            assertThat(p.message()).contains("must be 75");
        });
    }

    @Test
    void readsTheCorrectedAgeRulesSourcesAndRejectsAnUnknownOne() throws Exception {
        Catalog cited = Catalogs.load(write(s -> s.replace("\"correctUntilMonths\": 24}",
                "\"correctUntilMonths\": 24, \"sources\": [\"CDC-12m\"]}")));
        assertThat(cited.correctedAge().sourceKeys()).containsExactly("CDC-12m");
        CatalogException e = failure(s -> s.replace("\"correctUntilMonths\": 24}",
                "\"correctUntilMonths\": 24, \"sources\": [\"AAP-PREEMIE\"]}"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.correctedAge.sources[0]");
            assertThat(p.message()).contains("source 'AAP-PREEMIE' is not in $.sources");
        });
    }

    @Test
    void readsRetiredIdsAndRejectsOneThatIsStillInUse() throws Exception {
        Catalog retired = Catalogs.load(write(s -> s.replace("\"correctUntilMonths\": 24}",
                "\"correctUntilMonths\": 24},\n  \"retiredIds\": [\"fm-9m-bangs_toys\"]")));
        assertThat(retired.isRetired("fm-9m-bangs_toys")).isTrue();
        assertThat(retired.isRetired("fm-12m-pokes")).isFalse();
        CatalogException e = failure(s -> s.replace("\"correctUntilMonths\": 24}",
                "\"correctUntilMonths\": 24},\n  \"retiredIds\": [\"fm-9m-pincer\", \"general-worried\"]"));
        assertThat(e.problems()).extracting(CatalogProblem::path).containsExactly("$.retiredIds[0]", "$.retiredIds[1]");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).contains("still a question's id or former id"));
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
}
