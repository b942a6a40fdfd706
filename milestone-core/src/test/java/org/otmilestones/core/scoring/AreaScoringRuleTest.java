package org.otmilestones.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.otmilestones.core.AgeEvidence;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Area;
import org.otmilestones.core.Counting;
import org.otmilestones.core.LocalizedText;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.Polarity;
import org.otmilestones.core.Review;
import org.otmilestones.core.ScoringRules;
import org.otmilestones.core.TypicalAge;

class AreaScoringRuleTest {

    private static final LocalizedText TEXT = LocalizedText.of("en", "text");
    private static final Area AREA = new Area("a", TEXT, TEXT, TEXT, TEXT,
            List.of(org.otmilestones.core.Sign.always(TEXT)), List.of(org.otmilestones.core.Sign.always(TEXT)));

    private static Milestone milestone(String id, Polarity polarity, AgeEvidence evidence, Counting counting) {
        return new Milestone(id, "a", "c", TEXT, polarity, false, TypicalAge.mostBy(24, evidence), counting, List.of(),
                List.of("S"), Review.SOURCED);
    }

    private static List<ItemResult> items(Polarity polarity, Answer... answers) {
        List<ItemResult> items = new ArrayList<>();
        for (int i = 0; i < answers.length; i++) {
            items.add(new ItemResult(milestone("m" + i, polarity, AgeEvidence.EXPERT_LIST, Counting.SCORED), answers[i]));
        }
        return items;
    }

    private static AreaResult score(ScoringRules rules, boolean younger, List<ItemResult> items) {
        return ChecklistScorer.scoreArea(AREA, items, rules, younger, List.of());
    }

    @Test
    void turnsConcernQuestionsAroundBeforeCounting() {
        // "Yes" to three worries is three "not yet": the area needs a talk with an OT.
        AreaResult result = score(ScoringRules.DEFAULT, false,
                items(Polarity.CONCERN, Answer.YES, Answer.YES, Answer.YES, Answer.NOT_YET));

        assertThat(result.counts().notYet()).isEqualTo(3);
        assertThat(result.counts().yes()).isEqualTo(1);
        assertThat(result.reason()).isEqualTo(StatusReason.LOW_CREDIT);
    }

    @Test
    void needsAtLeastTwoAnswersEvenWhenTwoThirdsWouldBeFewer() {
        AreaResult result = score(ScoringRules.DEFAULT, false, items(Polarity.SKILL, Answer.YES, Answer.NO_ANSWER));

        assertThat(result.status()).isEqualTo(AreaStatus.NOT_ENOUGH_ANSWERS);
    }

    @Test
    void scoresASingleAskedQuestionWhenItIsAnswered() {
        AreaResult result = score(ScoringRules.DEFAULT, false, items(Polarity.SKILL, Answer.YES));

        assertThat(result.status()).isEqualTo(AreaStatus.ON_TRACK);
    }

    @Test
    void takesTwoThirdsOfSixAsFourAnswers() {
        assertThat(ChecklistScorer.minimumAnswers(ScoringRules.DEFAULT, 6)).isEqualTo(4);
        assertThat(ChecklistScorer.minimumAnswers(ScoringRules.DEFAULT, 5)).isEqualTo(4);
        assertThat(ChecklistScorer.minimumAnswers(ScoringRules.DEFAULT, 3)).isEqualTo(2);
        assertThat(ChecklistScorer.minimumAnswers(ScoringRules.DEFAULT, 1)).isEqualTo(1);
    }

    @Test
    void takesTheBundledCatalogsTwoThirdsAsFourOfSixAndTwoOfThree() {
        ScoringRules bundled = org.otmilestones.core.catalog.Catalogs.loadBundled().scoring();

        assertThat(ChecklistScorer.minimumAnswers(bundled, 6)).isEqualTo(4);
        assertThat(ChecklistScorer.minimumAnswers(bundled, 3)).isEqualTo(2);
        assertThat(ChecklistScorer.minimumAnswers(new ScoringRules(0.5, 0.5, 0.5, 0.67, 2, org.otmilestones.core.JudgementModel.DEFAULT), 6)).isEqualTo(5);
    }

    @Test
    void followsTheCatalogsThresholdsNotFixedOnes() {
        // Credit 3 of 5: not below half, but below a clinic's stricter 0.7.
        ScoringRules strict = new ScoringRules(0.5, 0.7, 0.5, 0.5, 2, org.otmilestones.core.JudgementModel.DEFAULT);
        List<ItemResult> twoOfFive = items(Polarity.SKILL, Answer.NOT_YET, Answer.NOT_YET, Answer.YES, Answer.YES,
                Answer.YES);

        assertThat(score(ScoringRules.DEFAULT, false, twoOfFive).status()).isEqualTo(AreaStatus.KEEP_PRACTICING);
        assertThat(score(strict, false, twoOfFive).reason()).isEqualTo(StatusReason.LOW_CREDIT);
    }

    @Test
    void countsSometimesAtTheCatalogsCreditNotAsAYes() {
        // 1 yes and 4 sometimes: credit 3 of 5 at one half each; a catalog that gives "sometimes" nothing
        // leaves credit 1 of 5, below half.
        List<ItemResult> mostlySometimes = items(Polarity.SKILL, Answer.YES, Answer.SOMETIMES, Answer.SOMETIMES,
                Answer.SOMETIMES, Answer.SOMETIMES);
        ScoringRules noCredit = new ScoringRules(0.0, 0.5, 0.5, 2.0 / 3.0, 2, org.otmilestones.core.JudgementModel.DEFAULT);

        assertThat(score(ScoringRules.DEFAULT, false, mostlySometimes).credit()).isEqualTo(3.0);
        assertThat(score(ScoringRules.DEFAULT, false, mostlySometimes).status()).isEqualTo(AreaStatus.KEEP_PRACTICING);
        assertThat(score(noCredit, false, mostlySometimes).credit()).isEqualTo(1.0);
        assertThat(score(noCredit, false, mostlySometimes).reason()).isEqualTo(StatusReason.LOW_CREDIT);
    }

    @Test
    void holdsMostNotYetAtKeepPracticingForAYoungerChild() {
        AreaResult result = score(ScoringRules.DEFAULT, true, items(Polarity.SKILL, Answer.NOT_YET, Answer.NOT_YET));

        assertThat(result.status()).isEqualTo(AreaStatus.KEEP_PRACTICING);
        assertThat(result.reason()).isEqualTo(StatusReason.LOW_CREDIT_BUT_YOUNGER);
    }

    @Test
    void showsAnInformationOnlyItemButNeverCountsIt() {
        List<ItemResult> items = new ArrayList<>(items(Polarity.SKILL, Answer.YES, Answer.YES));
        items.add(new ItemResult(milestone("dry_nights", Polarity.SKILL, AgeEvidence.PERCENTILE_75,
                Counting.INFORMATION_ONLY), Answer.NOT_YET));

        AreaResult result = score(ScoringRules.DEFAULT, false, items);

        assertThat(result.status()).isEqualTo(AreaStatus.ON_TRACK);
        assertThat(result.counts().asked()).isEqualTo(2);
        assertThat(result.counts().notYet()).isZero();
        assertThat(result.items()).hasSize(3).extracting(i -> i.milestone().id()).contains("dry_nights");
        assertThat(result.cdcSkillsNotYet()).isEmpty();
    }

    @Test
    void listsACdcSkillAnsweredNotYetToMentionAtTheCheckup() {
        List<ItemResult> items = new ArrayList<>(items(Polarity.SKILL, Answer.YES, Answer.YES, Answer.YES));
        ItemResult cdc = new ItemResult(milestone("cdc", Polarity.SKILL, AgeEvidence.CDC_2022, Counting.SCORED),
                Answer.NOT_YET);
        items.add(cdc);
        items.add(new ItemResult(milestone("cdc_yes", Polarity.SKILL, AgeEvidence.CDC_2022, Counting.SCORED),
                Answer.YES));
        items.add(new ItemResult(milestone("cdc_sometimes", Polarity.SKILL, AgeEvidence.CDC_2022, Counting.SCORED),
                Answer.SOMETIMES));

        AreaResult result = score(ScoringRules.DEFAULT, false, items);

        assertThat(result.status()).isEqualTo(AreaStatus.KEEP_PRACTICING);
        assertThat(result.cdcSkillsNotYet()).containsExactly(cdc);
        assertThat(score(ScoringRules.DEFAULT, true, items).cdcSkillsNotYet())
                .as("a skill the child is not old enough for yet").isEmpty();
    }
}
