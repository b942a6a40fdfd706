package org.otmilestones.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import java.util.List;
import org.otmilestones.core.AgeEvidence;
import org.otmilestones.core.Counting;
import org.otmilestones.core.LocalizedText;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.Polarity;
import org.otmilestones.core.Review;
import org.otmilestones.core.TypicalAge;

class AgeWordsTest {

    private static Milestone mostBy(int months) {
        return milestone(TypicalAge.mostBy(months, AgeEvidence.CDC_2022), Review.SOURCED);
    }

    private static Milestone milestone(TypicalAge age, Review review) {
        return new Milestone("m", "a", "c", LocalizedText.of("en", "Q?"), Polarity.SKILL, false, age, Counting.SCORED,
                List.of(), List.of("S"), review);
    }

    @Test
    void saysAgesUnderTwoYearsInMonthsWithBabiesBeforeOneYear() {
        assertThat(AgeWords.typicalAge(mostBy(9), "en")).isEqualTo("by 9 months (most babies)");
        assertThat(AgeWords.typicalAge(mostBy(1), "en")).isEqualTo("by 1 month (most babies)");
        assertThat(AgeWords.typicalAge(mostBy(12), "en")).isEqualTo("by 12 months (most children)");
        assertThat(AgeWords.typicalAge(mostBy(18), "en")).isEqualTo("by 18 months (most children)");
        assertThat(AgeWords.typicalAge(mostBy(9), "es")).isEqualTo("a los 9 meses (la mayoría de los bebés)");
        assertThat(AgeWords.typicalAge(mostBy(1), "es")).isEqualTo("al mes (la mayoría de los bebés)");
    }

    @Test
    void saysAgesFromTwoYearsInYearsAndHalfYearsAndOtherwiseInMonths() {
        assertThat(AgeWords.typicalAge(mostBy(24), "en")).isEqualTo("by 2 years (most children)");
        assertThat(AgeWords.typicalAge(mostBy(30), "en")).isEqualTo("by 2½ years (most children)");
        assertThat(AgeWords.typicalAge(mostBy(60), "en")).isEqualTo("by 5 years (most children)");
        assertThat(AgeWords.typicalAge(mostBy(27), "en")).isEqualTo("by 27 months (most children)");
        assertThat(AgeWords.typicalAge(mostBy(24), "es")).isEqualTo("a los 2 años (la mayoría de los niños)");
        assertThat(AgeWords.typicalAge(mostBy(42), "es")).isEqualTo("a los 3 años y medio (la mayoría de los niños)");
    }

    @Test
    void givesTheAgeOfFirstAppearanceWhenTheCatalogHasOne() {
        Milestone range = milestone(new TypicalAge(9, OptionalInt.of(6), AgeEvidence.PERCENTILE_75), Review.SOURCED);
        assertThat(AgeWords.typicalAge(range, "en")).isEqualTo("from 6 months; by 9 months (most babies)");
        assertThat(AgeWords.typicalAge(range, "es")).isEqualTo("desde los 6 meses; a los 9 meses (la mayoría de los bebés)");
        assertThat(AgeWords.typicalAge(milestone(new TypicalAge(9, OptionalInt.of(9), AgeEvidence.CDC_2022),
                Review.SOURCED), "en")).isEqualTo("by 9 months (most babies)");
        assertThat(AgeWords.typicalAge(milestone(new TypicalAge(2, OptionalInt.of(0), AgeEvidence.EXPERT_LIST),
                Review.SOURCED), "en")).isEqualTo("from birth; by 2 months (most babies)");
    }

    @Test
    void claimsNoMoreThanOftenForAMilestoneThatNeedsReview() {
        Milestone review = milestone(TypicalAge.mostBy(48, AgeEvidence.EXPERT_LIST), Review.NEEDS_REVIEW);
        Milestone range = milestone(new TypicalAge(30, OptionalInt.of(24), AgeEvidence.EXPERT_LIST), Review.NEEDS_REVIEW);

        assertThat(AgeWords.typicalAge(review, "en")).isEqualTo("often by 4 years");
        assertThat(AgeWords.typicalAge(review, "es")).isEqualTo("a los 4 años en muchos casos");
        assertThat(AgeWords.typicalAge(range, "en")).isEqualTo("from 2 years; often by 2½ years");
        assertThat(AgeWords.typicalAge(milestone(TypicalAge.mostBy(1, AgeEvidence.EXPERT_LIST), Review.NEEDS_REVIEW),
                "es")).isEqualTo("al mes en muchos casos");
    }

    @Test
    void refusesALanguageWithoutHandoutTexts() {
        assertThatThrownBy(() -> AgeWords.typicalAge(mostBy(9), "fr")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'fr'");
    }
}
