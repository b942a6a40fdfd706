package org.otmilestones.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.otmilestones.core.catalog.Catalogs;

class CatalogLookupTest {

    private static final Catalog CATALOG = Catalogs.loadBundled();

    @Test
    void findsEveryRecordByItsIdAndNothingForAnUnknownId() {
        CATALOG.areas().forEach(a -> assertThat(CATALOG.area(a.id())).containsSame(a));
        CATALOG.checkpoints().forEach(c -> assertThat(CATALOG.checkpoint(c.id())).containsSame(c));
        CATALOG.milestones().forEach(m -> assertThat(CATALOG.milestone(m.id())).containsSame(m));
        CATALOG.generalQuestions().forEach(q -> assertThat(CATALOG.generalQuestion(q.id())).containsSame(q));
        CATALOG.sources().forEach(s -> assertThat(CATALOG.source(s.key())).containsSame(s));

        assertThat(CATALOG.area("no-such-area")).isEmpty();
        assertThat(CATALOG.checkpoint("99y")).isEmpty();
        assertThat(CATALOG.milestone(CATALOG.generalQuestions().get(0).id())).isEmpty();
        assertThat(CATALOG.generalQuestion(CATALOG.milestones().get(0).id())).isEmpty();
        assertThat(CATALOG.source("no-such-source")).isEmpty();
    }

    @Test
    void listsTheMilestonesAndActivitiesOfAnAreaAndCheckpointInCatalogOrder() {
        for (Checkpoint checkpoint : CATALOG.checkpoints()) {
            // A cell may be empty (the senses at 15 and 30 months ask no milestone); a checkpoint never is.
            assertThat(CATALOG.milestones(checkpoint)).isNotEmpty().containsExactlyElementsOf(
                    CATALOG.milestones().stream().filter(m -> m.checkpointId().equals(checkpoint.id())).toList());
            for (Area area : CATALOG.areas()) {
                assertThat(CATALOG.milestones(area, checkpoint)).containsExactlyElementsOf(
                        CATALOG.milestones().stream().filter(m -> m.areaId().equals(area.id())
                                && m.checkpointId().equals(checkpoint.id())).toList());
                assertThat(CATALOG.activities(area, checkpoint)).isNotEmpty().containsExactlyElementsOf(
                        CATALOG.activities().stream().filter(a -> a.areaId().equals(area.id())
                                && a.checkpointId().equals(checkpoint.id())).toList());
            }
        }
    }

    @Test
    void looksUpEachCatalogsOwnRecordsWhenTwoCatalogsAreUsedInTurn() {
        Milestone first = CATALOG.milestones().get(0);
        Milestone reworded = first.withQuestion(new LocalizedText(Map.of("en", "Reworded?", "es", "¿Otra forma?")));
        List<Milestone> milestones = new ArrayList<>(CATALOG.milestones());
        milestones.set(0, reworded);
        Catalog other = CATALOG.withMilestones(milestones);
        Area area = CATALOG.area(first.areaId()).orElseThrow();
        Checkpoint checkpoint = CATALOG.checkpoint(first.checkpointId()).orElseThrow();

        for (int turn = 0; turn < 2; turn++) {
            assertThat(CATALOG.milestone(first.id())).containsSame(first);
            assertThat(other.milestone(first.id())).containsSame(reworded);
            assertThat(CATALOG.milestones(area, checkpoint).get(0)).isSameAs(first);
            assertThat(other.milestones(area, checkpoint).get(0)).isSameAs(reworded);
        }
    }

    @Test
    void keepsEachCatalogsLookupsWhenTwoCatalogsAreUsedInTurn() {
        // The lists come from an index each catalog builds once; a shared cache that only held the catalog
        // used last would rebuild it on every switch, and hand out new lists each time.
        Catalog other = CATALOG.withMilestones(CATALOG.milestones());
        Area area = CATALOG.areas().get(0);
        Checkpoint checkpoint = CATALOG.checkpoints().get(0);
        List<Milestone> mine = CATALOG.milestones(area, checkpoint);
        List<Milestone> theirs = other.milestones(area, checkpoint);

        for (int turn = 0; turn < 3; turn++) {
            assertThat(CATALOG.milestones(area, checkpoint)).isSameAs(mine);
            assertThat(other.milestones(area, checkpoint)).isSameAs(theirs);
            assertThat(CATALOG.activities(area, checkpoint)).isSameAs(CATALOG.activities(area, checkpoint));
        }
        assertThat(theirs).isNotSameAs(mine).isEqualTo(mine);
        assertThat(other).isEqualTo(CATALOG).hasSameHashCodeAs(CATALOG);
    }

    @Test
    void refusesTwoRecordsWithOneIdNamingTheId() {
        List<Milestone> twice = new ArrayList<>(CATALOG.milestones());
        twice.add(CATALOG.milestones().get(0));
        assertThatThrownBy(() -> CATALOG.withMilestones(twice))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("duplicate milestone id: " + CATALOG.milestones().get(0).id());
    }
}
