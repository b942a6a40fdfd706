package org.otmilestones.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otmilestones.core.scoring.ScoringFixtures.ASSESSED;
import static org.otmilestones.core.scoring.ScoringFixtures.CATALOG;
import static org.otmilestones.core.scoring.ScoringFixtures.checkpoint;
import static org.otmilestones.core.scoring.ScoringFixtures.childAged;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Answers;
import org.otmilestones.core.Area;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.GeneralQuestion;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.Polarity;
import org.otmilestones.core.Review;

/** The one next step: red flags at any age, the age-aware standing, the clinic's floor and too few answers. */
class NextStepTest {

    private static Map<String, Answer> all(Checkpoint checkpoint, Answer answer) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        CATALOG.milestones(checkpoint).forEach(m -> answers.put(m.id(), answer));
        CATALOG.generalQuestions().forEach(q -> answers.put(q.id(), Answer.NOT_YET));
        return answers;
    }

    private static ChecklistResult score(int months, Map<String, Answer> answers, Checkpoint checkpoint)
            throws Exception {
        return ChecklistScorer.score(CATALOG, childAged(months), Answers.of(answers).forCheckpoint(checkpoint.id()),
                ASSESSED);
    }

    @Test
    void keepsPlayingWhenEveryAnswerIsYesAtTheChecklistsAge() throws Exception {
        ChecklistResult result = score(24, all(checkpoint("24m"), Answer.YES), checkpoint("24m"));

        assertThat(result.nextStep()).isEqualTo(NextStep.KEEP_PLAYING);
        assertThat(result.judgement().reasons()).isEmpty();
        assertThat(result.judgement().answerAgainOn()).isEmpty();
    }

    @Test
    void sendsEveryConcernToAQuestionForEveryAgeToTheDoctorSoonAtEveryAgeWhateverTheOtherAnswers() throws Exception {
        for (Checkpoint checkpoint : CATALOG.checkpoints()) {
            int last = CalibrationSimulation.window(CATALOG, checkpoint)[1] > checkpoint.ageMonths() + 1
                    ? (int) CalibrationSimulation.window(CATALOG, checkpoint)[1] - 1 : checkpoint.ageMonths();
            for (int months : new int[] {checkpoint.ageMonths(), last}) {
                for (GeneralQuestion question : CATALOG.generalQuestions()) {
                    Map<String, Answer> answers = all(checkpoint, Answer.YES);
                    answers.put(question.id(), question.polarity() == Polarity.CONCERN ? Answer.YES : Answer.NOT_YET);

                    ChecklistResult result = score(months, answers, checkpoint);

                    assertThat(result.nextStep()).as(checkpoint.id() + " at " + months + " months, " + question.id())
                            .isEqualTo(NextStep.DOCTOR_SOON);
                    assertThat(result.judgement().reasons()).contains(NextStepReason.RED_FLAG_CONCERN);
                    assertThat(result.redFlags()).extracting(RedFlag::questionId).containsExactly(question.id());
                }
            }
        }
    }

    @Test
    void watchesARedFlagSkillNotYetBeforeNineInTenChildrenHaveItAndSendsToTheDoctorAfter() throws Exception {
        Milestone redFlag = CATALOG.milestones().stream().filter(m -> m.redFlag() && m.polarity() == Polarity.SKILL
                && m.isScored() && m.mostByMonths() == CATALOG.checkpoint(m.checkpointId()).orElseThrow().ageMonths())
                .findFirst().orElseThrow();
        Checkpoint at = CATALOG.checkpoint(redFlag.checkpointId()).orElseThrow();
        int past = (int) Math.ceil(CATALOG.scoring().model().ageForShare(redFlag.mostByMonths(),
                CATALOG.scoring().model().doctorSoonFromShare())) + 1;
        Map<String, Answer> answers = all(at, Answer.YES);
        answers.put(redFlag.id(), Answer.NOT_YET);

        ChecklistResult atAge = score(at.ageMonths(), answers, at);
        ChecklistResult later = score(past, answers, at);

        assertThat(atAge.nextStep()).isEqualTo(NextStep.CHECK_AGAIN);
        assertThat(atAge.judgement().redFlagSkillsToWatch()).extracting(i -> i.milestone().id())
                .containsExactly(redFlag.id());
        assertThat(atAge.redFlags()).isEmpty();
        assertThat(atAge.judgement().answerAgainOn()).contains(ASSESSED.plusMonths(2));
        assertThat(later.nextStep()).isEqualTo(NextStep.DOCTOR_SOON);
        assertThat(later.judgement().reasons()).contains(NextStepReason.RED_FLAG_SKILL_PAST_AGE);
        assertThat(later.redFlags()).extracting(RedFlag::questionId).containsExactly(redFlag.id());
    }

    @Test
    void neverKeepsPlayingWhenMostSkillsOfAnAreaAreNoAfterTheFirstMonth() throws Exception {
        for (Checkpoint checkpoint : CATALOG.checkpoints()) {
            for (Area area : CATALOG.areas()) {
                Map<String, Answer> answers = all(checkpoint, Answer.YES);
                long scored = CATALOG.milestones(area, checkpoint).stream().filter(Milestone::isScored).count();
                if (scored < 2) {
                    continue;
                }
                CATALOG.milestones(area, checkpoint).forEach(m -> answers.put(m.id(), Answer.NOT_YET));

                ChecklistResult result = score(checkpoint.ageMonths() + 1, answers, checkpoint);

                assertThat(result.nextStep()).as(checkpoint.id() + " " + area.id()).isNotEqualTo(NextStep.KEEP_PLAYING)
                        .matches(step -> step.atLeast(NextStep.CHECK_AGAIN));
            }
        }
    }

    @Test
    void asksForTheRestWhenTooFewAnswersAreAllYesAndNeverKeepsPlayingOnLoneNotYets() throws Exception {
        Map<String, Answer> yes = new LinkedHashMap<>();
        Map<String, Answer> notYet = new LinkedHashMap<>();
        for (Milestone m : CATALOG.milestones(checkpoint("24m"))) {
            yes.put(m.id(), Answer.NO_ANSWER);
            notYet.put(m.id(), Answer.NO_ANSWER);
        }
        for (Area area : CATALOG.areas()) {
            CATALOG.milestones(area, checkpoint("24m")).stream().filter(Milestone::isScored).findFirst().ifPresent(m -> {
                yes.put(m.id(), Answer.YES);
                notYet.put(m.id(), Answer.NOT_YET);
            });
        }

        ChecklistResult fewYes = score(24, yes, checkpoint("24m"));
        ChecklistResult fewNo = score(24, notYet, checkpoint("24m"));

        assertThat(fewYes.areas()).filteredOn(a -> a.counts().answered() > 0)
                .allSatisfy(a -> assertThat(a.status()).isEqualTo(AreaStatus.NOT_ENOUGH_ANSWERS));
        assertThat(fewYes.nextStep()).isEqualTo(NextStep.ANSWER_REST);
        assertThat(fewNo.nextStep()).matches(step -> step.atLeast(NextStep.ANSWER_REST) && step != NextStep.ANSWER_REST,
                "more than asking for the rest: a parent who answers only the no's must not be told to wait");
    }

    @Test
    void sendsAChildWithNoneOfTheSkillsForAnEvaluationAndSaysAskAboutOtInEveryArea() throws Exception {
        ChecklistResult result = score(24, all(checkpoint("24m"), Answer.NOT_YET), checkpoint("24m"));

        // The red-flag skill is "not yet" at its 75% age, so it is watched; the standing decides.
        assertThat(result.nextStep()).isEqualTo(NextStep.OT_EVALUATION);
        assertThat(result.judgement().reasons()).contains(NextStepReason.WELL_BELOW_SAME_AGE);
        assertThat(result.areas()).filteredOn(a -> a.counts().answered() > 0)
                .allSatisfy(a -> assertThat(a.status()).isEqualTo(AreaStatus.TALK_TO_OT));
        assertThat(result.judgement().standing().orElseThrow().z()).isLessThan(-2.0);
    }

    @Test
    void neverSendsForAnEvaluationOnSkillsMarkedForReviewAlone() throws Exception {
        for (Checkpoint checkpoint : CATALOG.checkpoints()) {
            Map<String, Answer> answers = all(checkpoint, Answer.YES);
            CATALOG.milestones(checkpoint).stream().filter(m -> m.review() == Review.NEEDS_REVIEW && !m.redFlag())
                    .forEach(m -> answers.put(m.id(), Answer.NOT_YET));

            ChecklistResult result = score(checkpoint.ageMonths() + 2, answers, checkpoint);

            assertThat(result.judgement().reasons()).as(checkpoint.id())
                    .doesNotContain(NextStepReason.WELL_BELOW_SAME_AGE, NextStepReason.WELL_BELOW_IN_AREA);
        }
    }

    @Test
    void readsTheSameNoAnswersAsMoreWorryingTheOlderTheChild() throws Exception {
        Map<String, Answer> answers = all(checkpoint("24m"), Answer.YES);
        CATALOG.milestones(checkpoint("24m")).stream().filter(m -> !m.redFlag() && m.isScored()).limit(6)
                .forEach(m -> answers.put(m.id(), Answer.NOT_YET));

        double atAge = score(24, answers, checkpoint("24m")).judgement().standing().orElseThrow().z();
        double later = score(34, answers, checkpoint("24m")).judgement().standing().orElseThrow().z();

        assertThat(later).isLessThan(atAge - 0.3);
    }
}
