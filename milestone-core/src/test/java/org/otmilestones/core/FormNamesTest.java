package org.otmilestones.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.otmilestones.core.catalog.Catalogs;

class FormNamesTest {

    private static final Catalog CATALOG = Catalogs.loadBundled();

    @Test
    void everyQuestionGetsAUniqueNameThatFollowsRedcapsRules() {
        FormNames names = FormNames.of(CATALOG);

        assertThat(names.all()).hasSize(CATALOG.milestones().size() + CATALOG.generalQuestions().size()
                + CATALOG.sensorySigns().signs().size());
        assertThat(new HashSet<>(names.all().values())).hasSameSizeAs(names.all().values());
        // REDCap's full rules (reserved words, checkbox suffixes) are checked on the dictionaries in milestone-forms.
        assertThat(names.all().values()).allSatisfy(name -> assertThat(name)
                .matches("[a-z][a-z0-9_]*").hasSizeLessThanOrEqualTo(FormNames.MAX_LENGTH)
                .doesNotContain("__").doesNotEndWith("_"));
    }

    @Test
    void shortensTheAreaToItsInitialsAndKeepsTheRestOfTheId() {
        assertThat(FormNames.derive("fine_motor-19-24m-tower_4")).isEqualTo("fm_19_24m_tower_4");
        assertThat(FormNames.derive("general-lost_skill")).isEqualTo("general_lost_skill");
        assertThat(FormNames.derive("3-blocks")).isEqualTo("q_3_blocks");
    }

    @Test
    void cutsALongNameAndEndsItWithAChecksumOfTheId() {
        String name = FormNames.derive("self_care-13-18m-takes_off_hat_shoes");
        assertThat(name).hasSizeLessThanOrEqualTo(FormNames.MAX_LENGTH).matches("sc_13_18m_takes_off_h_[a-z0-9]{4}");
        assertThat(FormNames.derive("self_care-13-18m-takes_off_hat_socks")).isNotEqualTo(name);
    }

    @Test
    void aNameDependsOnItsIdAloneSoAddingQuestionsChangesNoOtherName() {
        FormNames all = FormNames.of(CATALOG);
        List<Milestone> fewer = CATALOG.milestones().subList(0, 40);
        FormNames some = FormNames.of(CATALOG.withMilestones(fewer));
        fewer.forEach(m -> assertThat(some.name(m.id())).isEqualTo(all.name(m.id())));
    }

    @Test
    void idsThatFoldToOneNameEachGetTheirOwnChecksum() {
        Milestone first = CATALOG.milestones().get(0);
        Milestone twin = new Milestone(first.id().replace('-', '.'), first.areaId(), first.checkpointId(),
                first.question(), first.polarity(), first.redFlag(), first.typicalAge(), first.counting(), List.of(),
                first.sourceKeys(), first.review());
        FormNames names = FormNames.of(CATALOG.withMilestones(List.of(first, twin)));

        assertThat(names.name(first.id())).isNotEqualTo(names.name(twin.id()));
        assertThat(names.questionId(names.name(twin.id()).toUpperCase())).contains(twin.id());
    }
}
