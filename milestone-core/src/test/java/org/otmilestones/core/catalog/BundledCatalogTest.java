package org.otmilestones.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.otmilestones.core.Area;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.Publisher;
import org.otmilestones.core.Review;
import org.otmilestones.core.Source;

class BundledCatalogTest {

    private static final Catalog CATALOG = Catalogs.loadBundled();
    private static final int MIN_MILESTONES = 4;
    private static final int MIN_ACTIVITIES = 2;
    /** The fewest scored milestones of the cells below, where the evidence allows no fourth. */
    private static final int MIN_MILESTONES_OF_AN_EXCEPTION = 2;

    /**
     * Cells with fewer than {@value #MIN_MILESTONES} scored milestones, each because no other skill has a
     * source for that age; never padded with unsourced items. Scoring still works with 2 or 3 (at least 2
     * answers count), but one answer weighs more.
     */
    private static final Map<String, String> FEWER_THAN_FOUR = Map.of(
            "fine_motor 3m", "CDC places hands to mouth and holding a toy at 4 months; other early grasps at 5-6 months",
            "visual_motor 18m", "pegs and posting belong at 24 months; stacking two blocks is the fine-motor item",
            "visual_perception 6m", "eyes look straight is medical: information only, never counted (a red flag still)",
            "visual_perception 12m", "eyes straight repeats the 6-month item; a named picture is CDC's 15 months",
            "visual_perception 4y", "part of a picture lost its only source; 4-6 piece puzzles belong at 5 years",
            "self_care 3m", "the hunger cue is CDC's 4 months; hand on the bottle is 2 to 4 months",
            "self_care 6m", "spoon feeding moved to 9 months, when solids have started",
            "fine_motor 7y", "no source gives age norms for in-hand skills at 7 years",
            "visual_perception 7y", "no source gives age norms for fonts or copying from the board");

    @Test
    void hasTheFiveOtAreasInHandoutOrder() {
        assertThat(CATALOG.areas()).extracting(Area::id).containsExactly(
                "fine_motor", "visual_motor", "visual_perception", "self_care", "sensory_processing");
    }

    @Test
    void hasElevenCheckpointsFromThreeMonthsToSevenYears() {
        assertThat(CATALOG.checkpoints()).extracting(Checkpoint::id).containsExactly(
                "3m", "6m", "9m", "12m", "18m", "24m", "3y", "4y", "5y", "6y", "7y");
        assertThat(CATALOG.checkpoints()).extracting(Checkpoint::ageMonths).containsExactly(
                3, 6, 9, 12, 18, 24, 36, 48, 60, 72, 84);
    }

    @Test
    void everyAreaAndCheckpointHasEnoughMilestonesAndActivities() {
        StringBuilder table = new StringBuilder(String.format("%-20s", "milestones/activities"));
        CATALOG.checkpoints().forEach(c -> table.append(String.format("%7s", c.id())));
        List<String> tooFew = new ArrayList<>();
        for (Area area : CATALOG.areas()) {
            table.append(String.format("%n%-20s", area.id()));
            for (Checkpoint checkpoint : CATALOG.checkpoints()) {
                int milestones = (int) CATALOG.milestones(area, checkpoint).stream().filter(Milestone::isScored).count();
                int activities = CATALOG.activities(area, checkpoint).size();
                table.append(String.format("%7s", milestones + "/" + activities));
                String cell = area.id() + " " + checkpoint.id();
                int minimum = FEWER_THAN_FOUR.containsKey(cell) ? MIN_MILESTONES_OF_AN_EXCEPTION : MIN_MILESTONES;
                if (milestones < minimum || activities < MIN_ACTIVITIES) {
                    tooFew.add(cell + ": " + milestones + " scored milestones, " + activities + " activities");
                }
                if (FEWER_THAN_FOUR.containsKey(cell) && milestones >= MIN_MILESTONES) {
                    tooFew.add(cell + " is listed as an exception but has " + milestones + ": take it off the list");
                }
            }
        }
        table.append(String.format("%ntotal: %d milestones, %d activities, %d general questions, %d sources",
                CATALOG.milestones().size(), CATALOG.activities().size(), CATALOG.generalQuestions().size(),
                CATALOG.sources().size()));
        assertThat(tooFew).as("cells below the minimum\n" + table).isEmpty();
    }

    @Test
    void everyTextIsInEveryDeclaredLanguage() {
        assertThat(CATALOG.languages()).containsExactly("en", "es");
        for (Milestone m : CATALOG.milestones()) {
            assertThat(m.question().languages()).as(m.id()).containsExactlyInAnyOrder("en", "es");
        }
    }

    @Test
    void everySourcedMilestoneCitesASourceAClinicianAccepts() {
        for (Milestone m : CATALOG.milestones()) {
            assertThat(m.sourceKeys()).as(m.id()).isNotEmpty();
            m.sourceKeys().forEach(key -> assertThat(CATALOG.source(key)).as(m.id() + " " + key).isPresent());
            if (m.review() == Review.SOURCED) {
                assertThat(m.sourceKeys()).as(m.id() + " cites a source of a kind other than OTHER")
                        .anyMatch(key -> CATALOG.source(key).orElseThrow().kind().isAuthoritative());
            }
        }
    }

    @Test
    void everySourceAddressIsOnItsPublishersOwnHost() {
        for (Source source : CATALOG.sources()) {
            Publisher publisher = CATALOG.publisher(source.publisherId()).orElseThrow();
            source.host().ifPresent(host -> assertThat(publisher.owns(host))
                    .as(source.key() + " at " + host + " belongs to " + publisher.hosts()).isTrue());
        }
    }

    @Test
    void everyMilestoneSitsAtTheFirstCheckpointAtOrAfterTheAgeMostChildrenHaveIt() {
        for (Milestone m : CATALOG.milestones()) {
            Checkpoint first = CATALOG.checkpoints().stream().filter(c -> c.ageMonths() >= m.mostByMonths())
                    .findFirst().orElseThrow();
            assertThat(m.checkpointId()).as(m.id() + ", most by " + m.mostByMonths() + " months").isEqualTo(first.id());
        }
    }

    @Test
    void milestoneIdsNameTheirAreaAndStayUnique() {
        Set<String> ids = CATALOG.milestones().stream().map(Milestone::id).collect(Collectors.toSet());
        assertThat(ids).hasSize(CATALOG.milestones().size());
        assertThat(CATALOG.milestones()).allSatisfy(m -> assertThat(m.id()).startsWith(m.areaId() + "-"));
    }

    @Test
    void asksTheGeneralRedFlagQuestionsAboutLostSkillsWorryAndOneSide() {
        assertThat(CATALOG.generalQuestions()).extracting(q -> q.id())
                .contains("general-lost_skill", "general-worried", "general-one_side");
    }

    @Test
    void marksUncertainFactsForReviewButNotMostOfThem() {
        // Only a government, professional-body, peer-reviewed or textbook source makes a milestone SOURCED.
        long needsReview = CATALOG.milestones().stream().filter(m -> m.review() == Review.NEEDS_REVIEW).count();
        assertThat(needsReview).isPositive().isLessThan(CATALOG.milestones().size() / 2);
    }

    @Test
    void keepsDryNightsAndEyeAlignmentAsInformationOnlyAndTheEyesARedFlag() {
        List<Milestone> informationOnly = CATALOG.milestones().stream().filter(m -> !m.isScored()).toList();
        assertThat(informationOnly).extracting(Milestone::id).containsExactlyInAnyOrder("self_care-6-7y-dry_nights",
                "visual_perception-4-6m-eyes_together");
        assertThat(CATALOG.milestone("visual_perception-4-6m-eyes_together").orElseThrow().redFlag()).isTrue();
    }

    @Test
    void listsTheCatalogsCdcMilestonesAndKeepsOldIdsImporting() {
        assertThat(CATALOG.milestones()).filteredOn(Milestone::isCdcListed).hasSizeGreaterThan(50)
                .allSatisfy(m -> assertThat(m.review()).as(m.id()).isEqualTo(Review.SOURCED));
        assertThat(CATALOG.currentId("self_care-7-9m-sips_held_cup")).hasValue("self_care-10-12m-open_cup_held");
        assertThat(CATALOG.currentId("fine_motor-19-24m-unwraps")).hasValue("fine_motor-2-3y-unwraps");
        assertThat(CATALOG.isRetired("visual_perception-3-4y-part_picture")).isTrue();
        assertThat(CATALOG.correctedAge().sourceKeys()).containsExactly("AAP-PREEMIE");
    }
}
