package org.otmilestones.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Area;
import org.otmilestones.core.LocalizedText;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.Polarity;
import org.otmilestones.core.Review;
import org.otmilestones.core.ScoringRules;

class AreaScoringRuleTest {

    private static final LocalizedText TEXT = LocalizedText.of("en", "text");
    private static final Area AREA = new Area("a", TEXT, TEXT, TEXT, TEXT,
            List.of(org.otmilestones.core.Sign.always(TEXT)), List.of(org.otmilestones.core.Sign.always(TEXT)));

    private static List<ItemResult> items(Polarity polarity, Answer... answers) {
        List<ItemResult> items = new ArrayList<>();
        for (int i = 0; i < answers.length; i++) {
            Milestone m = new Milestone("m" + i, "a", "c", TEXT, polarity, false, TEXT, List.of("S"), Review.SOURCED);
            items.add(new ItemResult(m, answers[i]));
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
        assertThat(result.status()).isEqualTo(AreaStatus.TALK_TO_OT);
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
        assertThat(ChecklistScorer.minimumAnswers(new ScoringRules(0.5, 0.5, 0.67, 2), 6)).isEqualTo(5);
    }

    @Test
    void followsTheCatalogsThresholdsNotFixedOnes() {
        ScoringRules strict = new ScoringRules(0.25, 0.5, 0.5, 2);
        List<ItemResult> oneInFour = items(Polarity.SKILL, Answer.NOT_YET, Answer.NOT_YET, Answer.YES, Answer.YES,
                Answer.YES);

        assertThat(score(ScoringRules.DEFAULT, false, oneInFour).status()).isEqualTo(AreaStatus.KEEP_PRACTICING);
        assertThat(score(strict, false, oneInFour).status()).isEqualTo(AreaStatus.TALK_TO_OT);
    }

    @Test
    void holdsMostNotYetAtKeepPracticingForAYoungerChild() {
        AreaResult result = score(ScoringRules.DEFAULT, true, items(Polarity.SKILL, Answer.NOT_YET, Answer.NOT_YET));

        assertThat(result.status()).isEqualTo(AreaStatus.KEEP_PRACTICING);
        assertThat(result.reason()).isEqualTo(StatusReason.MOST_NOT_YET_BUT_YOUNGER);
    }
}
