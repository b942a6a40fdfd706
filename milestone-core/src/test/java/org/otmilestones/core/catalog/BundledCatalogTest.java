package org.otmilestones.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.otmilestones.core.Area;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.Review;

class BundledCatalogTest {

    private static final Catalog CATALOG = Catalogs.loadBundled();
    private static final int MIN_MILESTONES = 4;
    private static final int MIN_MILESTONES_AT_LAST_CHECKPOINT = 3;
    private static final int MIN_ACTIVITIES = 2;

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
                int milestones = CATALOG.milestones(area, checkpoint).size();
                int activities = CATALOG.activities(area, checkpoint).size();
                table.append(String.format("%7s", milestones + "/" + activities));
                boolean last = checkpoint.equals(CATALOG.checkpoints().get(CATALOG.checkpoints().size() - 1));
                int minimum = last ? MIN_MILESTONES_AT_LAST_CHECKPOINT : MIN_MILESTONES;
                if (milestones < minimum || activities < MIN_ACTIVITIES) {
                    tooFew.add(area.id() + " " + checkpoint.id() + ": " + milestones + " milestones, "
                            + activities + " activities");
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
    void everyMilestoneCitesASourceWithAnAddress() {
        for (Milestone m : CATALOG.milestones()) {
            assertThat(m.sourceKeys()).as(m.id()).isNotEmpty();
            m.sourceKeys().forEach(key -> assertThat(CATALOG.source(key)).as(m.id() + " " + key).isPresent());
        }
        assertThat(CATALOG.sources()).allSatisfy(s -> assertThat(s.url()).startsWith("http"));
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
        long needsReview = CATALOG.milestones().stream().filter(m -> m.review() == Review.NEEDS_REVIEW).count();
        assertThat(needsReview).isPositive().isLessThan(CATALOG.milestones().size() / 3);
    }
}
