package org.otmilestones.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChildAgeTest {

    private static final CorrectedAgeRule RULE = CorrectedAgeRule.DEFAULT;

    @Test
    void countsChronologicalAgeInMonthsAndDays() throws Exception {
        Child child = Child.of("c", null, LocalDate.of(2024, 1, 31));
        ChildAge age = ChildAge.of(child, LocalDate.of(2026, 3, 15), RULE);

        assertThat(age.chronological()).isEqualTo(new Age(25, 15));
        assertThat(age.corrected()).isEmpty();
        assertThat(age.forMilestones()).isEqualTo(age.chronological());
    }

    @Test
    void correctsForPrematurityByTheWeeksBornEarly() throws Exception {
        // The AAP example: born at 32 weeks (8 weeks early), 16 weeks old -> judged as 8 weeks.
        LocalDate born = LocalDate.of(2026, 1, 1);
        Child child = Child.of("c", null, born).bornAtWeeks(32);
        ChildAge age = ChildAge.of(child, born.plusWeeks(16), RULE);

        assertThat(age.weeksEarly()).isEqualTo(8);
        assertThat(age.corrected()).isPresent();
        LocalDate dueDate = born.plusWeeks(8);
        assertThat(age.corrected().get()).isEqualTo(Age.between(dueDate, born.plusWeeks(16)));
    }

    @Test
    void doesNotCorrectABabyBornAtThirtySevenWeeks() throws Exception {
        Child child = Child.of("c", null, LocalDate.of(2026, 1, 1)).bornAtWeeks(37);
        assertThat(ChildAge.of(child, LocalDate.of(2026, 6, 1), RULE).corrected()).isEmpty();
    }

    @Test
    void correctsABabyBornAtThirtySixWeeks() throws Exception {
        Child child = Child.of("c", null, LocalDate.of(2026, 1, 1)).bornAtWeeks(36);
        assertThat(ChildAge.of(child, LocalDate.of(2026, 6, 1), RULE).weeksEarly()).isEqualTo(4);
    }

    @Test
    void stopsCorrectingAtTwentyFourMonthsOfChronologicalAge() throws Exception {
        Child child = Child.of("c", null, LocalDate.of(2024, 1, 1)).bornAtWeeks(28);

        assertThat(ChildAge.of(child, LocalDate.of(2025, 12, 31), RULE).corrected()).isPresent();
        assertThat(ChildAge.of(child, LocalDate.of(2026, 1, 1), RULE).corrected()).isEmpty();
    }

    @Test
    void followsTheCatalogsRuleWhenAClinicUsesAnother() throws Exception {
        CorrectedAgeRule until36 = new CorrectedAgeRule(37, 40, 36);
        Child child = Child.of("c", null, LocalDate.of(2024, 1, 1)).bornAtWeeks(28);

        assertThat(ChildAge.of(child, LocalDate.of(2026, 1, 1), until36).corrected()).isPresent();
    }

    @Test
    void countsCorrectedAgeAsZeroBeforeTheDueDate() throws Exception {
        Child child = Child.of("c", null, LocalDate.of(2026, 1, 1)).bornAtWeeks(26);
        ChildAge age = ChildAge.of(child, LocalDate.of(2026, 2, 1), RULE);

        assertThat(age.corrected()).hasValue(new Age(0, 0));
    }

    @Test
    void rejectsABirthDateAfterTheAssessmentDate() {
        Child child = Child.of("c", null, LocalDate.of(2026, 5, 2));
        assertThatThrownBy(() -> ChildAge.of(child, LocalDate.of(2026, 5, 1), RULE))
                .isInstanceOf(InvalidAssessmentException.class)
                .hasMessageContaining("after the assessment date");
    }

    @Test
    void rejectsWeeksAtBirthOutsideTwentyTwoToFortyFour() {
        Child child = Child.of("c", null, LocalDate.of(2026, 1, 1));
        assertThatThrownBy(() -> child.bornAtWeeks(21)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weeksAtBirth");
        assertThatThrownBy(() -> child.bornAtWeeks(45)).isInstanceOf(IllegalArgumentException.class);
        assertThat(child.bornAtWeeks(22).weeksAtBirth()).hasValue(22);
        assertThat(child.bornAtWeeks(44).weeksAtBirth()).hasValue(44);
    }

    @Test
    void keepsTheNameAndBirthDateOutOfToString() {
        Child child = Child.of("c-7", "Ana López", LocalDate.of(2024, 10, 14)).bornAtWeeks(33);

        assertThat(child.toString()).contains("c-7").doesNotContain("Ana").doesNotContain("2024");
    }
}
