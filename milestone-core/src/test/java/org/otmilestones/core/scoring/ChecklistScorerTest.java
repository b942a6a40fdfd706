package org.otmilestones.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.otmilestones.core.scoring.ScoringFixtures.ASSESSED;
import static org.otmilestones.core.scoring.ScoringFixtures.CATALOG;
import static org.otmilestones.core.scoring.ScoringFixtures.checkpoint;
import static org.otmilestones.core.scoring.ScoringFixtures.childAged;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Answers;
import org.otmilestones.core.Area;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.Child;
import org.otmilestones.core.InvalidAssessmentException;
import org.otmilestones.core.Milestone;

class ChecklistScorerTest {

    private static Area area(String id) {
        return CATALOG.area(id).orElseThrow();
    }

    /** Answers every milestone of one area at one checkpoint with the given answers, in order, the rest YES. */
    private static Map<String, Answer> answerArea(String areaId, String checkpointId, Answer... answers) {
        Map<String, Answer> map = new LinkedHashMap<>();
        List<Milestone> milestones = scored(areaId, checkpointId);
        for (int i = 0; i < milestones.size(); i++) {
            map.put(milestones.get(i).id(), i < answers.length ? answers[i] : Answer.YES);
        }
        return map;
    }

    /** The scored milestones of one area and checkpoint: the ones the area's counts are made of. */
    private static List<Milestone> scored(String areaId, String checkpointId) {
        return CATALOG.milestones(area(areaId), checkpoint(checkpointId)).stream().filter(Milestone::isScored).toList();
    }

    private static Answer[] repeat(Answer answer, int times) {
        Answer[] answers = new Answer[times];
        java.util.Arrays.fill(answers, answer);
        return answers;
    }

    @Test
    void scoresAreaAsOnTrackWhenEveryAnswerIsYes() throws Exception {
        ChecklistResult result = ChecklistScorer.score(CATALOG, childAged(24),
                Answers.of(answerArea("fine_motor", "24m")), ASSESSED);

        AreaResult fine = result.area("fine_motor").orElseThrow();
        assertThat(fine.status()).isEqualTo(AreaStatus.ON_TRACK);
        assertThat(fine.reason()).isEqualTo(StatusReason.MOSTLY_YES);
        assertThat(fine.counts().yes()).isEqualTo(fine.counts().asked());
    }

    @Test
    void keepsAnAreaWithNoToMostSkillsAtCheckAgainWhenNothingElsePointsLow() throws Exception {
        int asked = scored("self_care", "24m").size();
        int notYet = asked / 2 + 1;
        ChecklistResult result = ChecklistScorer.score(CATALOG, childAged(25),
                Answers.of(answerArea("self_care", "24m", repeat(Answer.NOT_YET, notYet))), ASSESSED);

        AreaResult selfCare = result.area("self_care").orElseThrow();
        // One area alone, a little over half "not yet", the other areas not asked: the clinic's floor holds.
        assertThat(selfCare.status()).isEqualTo(AreaStatus.KEEP_PRACTICING);
        assertThat(selfCare.reason()).isEqualTo(StatusReason.LOW_CREDIT);
        assertThat(result.nextStep()).isEqualTo(NextStep.CHECK_AGAIN);
        assertThat(result.judgement().reasons()).contains(NextStepReason.AREA_MOSTLY_NO);
        assertThat(selfCare.explanation()).startsWith("credit " + (asked - notYet) + " of " + asked + " skills ("
                + (asked - notYet) + " yes, 0 sometimes, " + notYet + " not yet)");
    }

    @Test
    void scoresAreaAsKeepPracticingWhenExactlyHalfAreNotYet() throws Exception {
        // Four 30m fine-motor questions answered, two "not yet": half is not "more than half".
        Map<String, Answer> answers = new LinkedHashMap<>();
        List<Milestone> milestones = scored("fine_motor", "30m").subList(0, 4);
        answers.put(milestones.get(0).id(), Answer.NOT_YET);
        answers.put(milestones.get(1).id(), Answer.NOT_YET);
        answers.put(milestones.get(2).id(), Answer.YES);
        answers.put(milestones.get(3).id(), Answer.YES);

        AreaResult fine = ChecklistScorer.score(CATALOG, childAged(30), Answers.of(answers), ASSESSED)
                .area("fine_motor").orElseThrow();

        assertThat(fine.status()).isEqualTo(AreaStatus.KEEP_PRACTICING);
        assertThat(fine.reason()).isEqualTo(StatusReason.SOME_NOT_YET);
    }

    @Test
    void scoresAreaAsKeepPracticingWhenMostAnswersAreSometimes() throws Exception {
        int asked = scored("visual_motor", "3y").size();
        AreaResult area = ChecklistScorer.score(CATALOG, childAged(36),
                Answers.of(answerArea("visual_motor", "3y", repeat(Answer.SOMETIMES, asked / 2 + 1))), ASSESSED)
                .area("visual_motor").orElseThrow();

        assertThat(area.status()).isEqualTo(AreaStatus.KEEP_PRACTICING);
        assertThat(area.reason()).isEqualTo(StatusReason.MOSTLY_SOMETIMES);
    }

    @Test
    void scoresAreaAsNotEnoughAnswersWhenFewerThanTwoThirdsAreAnswered() throws Exception {
        int asked = scored("self_care", "4y").size();
        int blank = asked - (int) Math.ceil(asked * 2.0 / 3.0) + 1;
        // Blanks first, then "not yet" for the rest: too few answers wins over "most not yet".
        Answer[] answers = new Answer[asked];
        for (int i = 0; i < asked; i++) {
            answers[i] = i < blank ? Answer.NO_ANSWER : Answer.NOT_YET;
        }
        AreaResult area = ChecklistScorer.score(CATALOG, childAged(50),
                Answers.of(answerArea("self_care", "4y", answers)), ASSESSED)
                .area("self_care").orElseThrow();

        assertThat(area.status()).isEqualTo(AreaStatus.NOT_ENOUGH_ANSWERS);
        assertThat(area.counts().noAnswer()).isEqualTo(blank);
    }

    @Test
    void keepsNotSureApartFromBlankAndDoesNotCountItAsAnswered() throws Exception {
        AreaResult area = ChecklistScorer.score(CATALOG, childAged(24),
                Answers.of(answerArea("fine_motor", "24m", Answer.NOT_SURE, Answer.NO_ANSWER)), ASSESSED)
                .area("fine_motor").orElseThrow();

        assertThat(area.counts().notSure()).isEqualTo(1);
        assertThat(area.counts().noAnswer()).isEqualTo(1);
        assertThat(area.counts().answered()).isEqualTo(area.counts().asked() - 2);
    }

    @Test
    void reportsAnAreaTheFormDidNotAskAsNotAskedNotAsAFailure() throws Exception {
        ChecklistResult result = ChecklistScorer.score(CATALOG, childAged(24),
                Answers.of(answerArea("fine_motor", "24m")), ASSESSED);

        assertThat(result.area("self_care").orElseThrow().status()).isEqualTo(AreaStatus.NOT_ASKED);
        assertThat(result.areas()).hasSize(5);
    }

    @Test
    void neverSaysTalkToOtFromCountsWhenTheChildIsYoungerThanTheChecklist() throws Exception {
        // A form for 24 months filled in for a 20-month-old: all "not yet" stays at "keep practicing".
        int asked = scored("fine_motor", "24m").size();
        ChecklistResult result = ChecklistScorer.score(CATALOG, childAged(20),
                Answers.of(answerArea("fine_motor", "24m", repeat(Answer.NOT_YET, asked))).forCheckpoint("24m"),
                ASSESSED);

        AreaResult fine = result.area("fine_motor").orElseThrow();
        assertThat(fine.status()).isEqualTo(AreaStatus.KEEP_PRACTICING);
        assertThat(fine.reason()).isEqualTo(StatusReason.LOW_CREDIT_BUT_YOUNGER);
        assertThat(result.hasNote(Note.Kind.CHECKPOINT_DISAGREES_WITH_AGE)).isTrue();
    }

    @Test
    void raisesTheDoctorFlagWhenAGeneralRedFlagIsAnsweredWithConcernWhateverTheCounts() throws Exception {
        Map<String, Answer> answers = answerArea("fine_motor", "24m");
        answers.put("general-lost_skill", Answer.YES);
        ChecklistResult result = ChecklistScorer.score(CATALOG, childAged(24), Answers.of(answers), ASSESSED);

        assertThat(result.area("fine_motor").orElseThrow().status()).isEqualTo(AreaStatus.ON_TRACK);
        assertThat(result.talkToDoctor()).isTrue();
        assertThat(result.redFlags()).extracting(RedFlag::questionId).containsExactly("general-lost_skill");
    }

    @Test
    void raisesNoDoctorFlagWhenTheGeneralQuestionsAreAnsweredNo() throws Exception {
        Map<String, Answer> answers = answerArea("fine_motor", "24m");
        CATALOG.generalQuestions().forEach(q -> answers.put(q.id(), Answer.NOT_YET));
        ChecklistResult result = ChecklistScorer.score(CATALOG, childAged(24), Answers.of(answers), ASSESSED);

        assertThat(result.talkToDoctor()).isFalse();
        assertThat(result.generalAnswers()).hasSize(CATALOG.generalQuestions().size());
    }

    @Test
    void raisesTheDoctorFlagWhenARedFlagSkillIsNotYet() throws Exception {
        Milestone redFlag = CATALOG.milestones().stream()
                .filter(m -> m.redFlag() && m.checkpointId().equals("9m")).findFirst().orElseThrow();
        Map<String, Answer> answers = answerArea(redFlag.areaId(), "9m");
        answers.put(redFlag.id(), Answer.NOT_YET);

        // Past the age by which about 9 in 10 children have it (about 3 months after its 75% age).
        ChecklistResult result = ChecklistScorer.score(CATALOG, childAged(12), Answers.of(answers).forCheckpoint("9m"),
                ASSESSED);

        assertThat(result.redFlags()).extracting(RedFlag::questionId).containsExactly(redFlag.id());
        assertThat(result.nextStep()).isEqualTo(NextStep.DOCTOR_SOON);
    }

    @Test
    void choosesTheYoungerChecklistBetweenTwoCheckpoints() throws Exception {
        assertThat(ChecklistScorer.checkpointForAge(CATALOG, new org.otmilestones.core.Age(23, 29)).id()).isEqualTo("18m");
        assertThat(ChecklistScorer.checkpointForAge(CATALOG, new org.otmilestones.core.Age(24, 0)).id()).isEqualTo("24m");
        assertThat(ChecklistScorer.checkpointForAge(CATALOG, new org.otmilestones.core.Age(47, 10)).id()).isEqualTo("3y");
    }

    @Test
    void givesABabyYoungerThanTheFirstCheckpointTheFirstChecklistWithANote() throws Exception {
        ChecklistResult result = ChecklistScorer.score(CATALOG, childAged(2), Answers.of(Map.of()), ASSESSED);

        assertThat(result.checkpoint().id()).isEqualTo("3m");
        assertThat(result.checkpointChoice()).isEqualTo(CheckpointChoice.YOUNGER_THAN_FIRST);
        assertThat(result.hasNote(Note.Kind.YOUNGER_THAN_FIRST_CHECKPOINT)).isTrue();
    }

    @Test
    void rejectsAChildMoreThanTwelveMonthsPastTheLastCheckpoint() {
        assertThatThrownBy(() -> ChecklistScorer.score(CATALOG, childAged(84 + 13), Answers.of(Map.of()), ASSESSED))
                .isInstanceOf(InvalidAssessmentException.class)
                .hasMessageContaining("past the last checklist (7y)");
    }

    @Test
    void acceptsAChildExactlyTwelveMonthsPastTheLastCheckpoint() throws Exception {
        assertThat(ChecklistScorer.score(CATALOG, childAged(96), Answers.of(Map.of()), ASSESSED).checkpoint().id())
                .isEqualTo("7y");
    }

    @Test
    void rejectsABirthDateAfterTheAssessment() {
        Child unborn = Child.of("c1", null, ASSESSED.plusDays(1));
        assertThatThrownBy(() -> ChecklistScorer.score(CATALOG, unborn, Answers.of(Map.of()), ASSESSED))
                .isInstanceOf(InvalidAssessmentException.class)
                .satisfies(e -> assertThat(((InvalidAssessmentException) e).field())
                        .isEqualTo(InvalidAssessmentException.Field.DATE_OF_BIRTH));
    }

    @Test
    void usesTheCorrectedAgeToChooseTheChecklistForAPretermBaby() throws Exception {
        // Born at 28 weeks (12 weeks early), 7 months old: corrected age is about 4 months -> 3m checklist.
        Child preterm = childAged(7).bornAtWeeks(28);
        ChecklistResult result = ChecklistScorer.score(CATALOG, preterm, Answers.of(Map.of()), ASSESSED);

        assertThat(result.age().corrected()).isPresent();
        assertThat(result.age().forMilestones().months()).isEqualTo(4);
        assertThat(result.checkpoint().id()).isEqualTo("3m");
    }

    @Test
    void takesTheFormsCheckpointFromItsQuestionsWhenItNamesNone() throws Exception {
        ChecklistResult result = ChecklistScorer.score(CATALOG, childAged(29),
                Answers.of(answerArea("fine_motor", "24m")), ASSESSED);

        assertThat(result.checkpoint().id()).isEqualTo("24m");
        assertThat(result.checkpointChoice()).isEqualTo(CheckpointChoice.BY_FORM);
        assertThat(result.hasNote(Note.Kind.CHECKPOINT_DISAGREES_WITH_AGE)).isFalse();
    }

    @Test
    void warnsWhenTheFormsCheckpointDisagreesWithTheAge() throws Exception {
        ChecklistResult result = ChecklistScorer.score(CATALOG, childAged(40),
                Answers.of(answerArea("fine_motor", "24m")), ASSESSED);

        assertThat(result.checkpoint().id()).isEqualTo("24m");
        assertThat(result.hasNote(Note.Kind.CHECKPOINT_DISAGREES_WITH_AGE)).isTrue();
    }

    @Test
    void rejectsAFormThatNamesACheckpointTheCatalogDoesNotHave() {
        assertThatThrownBy(() -> ChecklistScorer.score(CATALOG, childAged(24),
                Answers.of(Map.of()).forCheckpoint("33m"), ASSESSED))
                .isInstanceOf(InvalidAssessmentException.class)
                .hasMessageContaining("'33m'").hasMessageContaining("3m, 6m, 9m");
    }

    @Test
    void listsTheNextCheckpointsSkillsAsComingNext() throws Exception {
        ChecklistResult result = ChecklistScorer.score(CATALOG, childAged(24),
                Answers.of(answerArea("fine_motor", "24m")), ASSESSED);

        assertThat(result.nextCheckpoint()).map(Checkpoint::id).hasValue("30m");
        assertThat(result.area("fine_motor").orElseThrow().comingNext())
                .isEqualTo(CATALOG.milestones(area("fine_motor"), checkpoint("30m")));
    }

    @Test
    void notesAnswersToOtherChecklistsAndUnknownIdsWithoutCountingThem() throws Exception {
        Map<String, Answer> answers = answerArea("fine_motor", "24m");
        answers.putAll(answerArea("fine_motor", "15m"));
        answers.put("no-such-question", Answer.YES);
        ChecklistResult result = ChecklistScorer.score(CATALOG, childAged(24),
                Answers.of(answers).forCheckpoint("24m"), ASSESSED);

        assertThat(result.area("fine_motor").orElseThrow().counts().asked())
                .isEqualTo(scored("fine_motor", "24m").size());
        assertThat(result.hasNote(Note.Kind.ANSWERS_FROM_OTHER_CHECKPOINTS_IGNORED)).isTrue();
        assertThat(result.hasNote(Note.Kind.UNKNOWN_QUESTIONS_IGNORED)).isTrue();
    }

    @Test
    void takesTheCheckpointOfTheAnsweredSectionOfAFormWithASectionPerAge() throws Exception {
        Map<String, Answer> answers = new LinkedHashMap<>();
        CATALOG.milestones(checkpoint("18m")).forEach(m -> answers.put(m.id(), Answer.NO_ANSWER));
        answers.putAll(answerArea("fine_motor", "24m"));
        CATALOG.milestones(checkpoint("3y")).forEach(m -> answers.put(m.id(), Answer.NO_ANSWER));

        ChecklistResult result = ChecklistScorer.score(CATALOG, childAged(40), Answers.of(answers), ASSESSED);

        assertThat(result.checkpoint().id()).isEqualTo("24m");
        assertThat(result.hasNote(Note.Kind.ANSWERS_FROM_OTHER_CHECKPOINTS_IGNORED)).isFalse();
        assertThat(result.hasNote(Note.Kind.CHECKPOINT_DISAGREES_WITH_AGE)).isTrue();
    }

    @Test
    void raisesNoRedFlagForASkillTheChildIsNotOldEnoughForYet() throws Exception {
        Milestone redFlag = CATALOG.milestones().stream()
                .filter(m -> m.redFlag() && m.checkpointId().equals("4y")).findFirst().orElseThrow();
        Map<String, Answer> answers = answerArea(redFlag.areaId(), "4y");
        answers.put(redFlag.id(), Answer.NOT_YET);
        answers.put("general-worried", Answer.NOT_YET);

        ChecklistResult younger = ChecklistScorer.score(CATALOG, childAged(44), Answers.of(answers).forCheckpoint("4y"),
                ASSESSED);
        // Past the age by which about 9 in 10 children have the skill (the spread grows with age).
        ChecklistResult onTime = ChecklistScorer.score(CATALOG, childAged(56), Answers.of(answers).forCheckpoint("4y"),
                ASSESSED);

        assertThat(younger.youngerThanChecklist()).isTrue();
        assertThat(younger.talkToDoctor()).isFalse();
        assertThat(onTime.redFlags()).extracting(RedFlag::questionId).containsExactly(redFlag.id());
    }

    @Test
    void keepsAWorryARedFlagEvenForAYoungerChild() throws Exception {
        Map<String, Answer> answers = answerArea("fine_motor", "24m");
        answers.put("general-lost_skill", Answer.YES);

        ChecklistResult result = ChecklistScorer.score(CATALOG, childAged(20), Answers.of(answers).forCheckpoint("24m"),
                ASSESSED);

        assertThat(result.talkToDoctor()).isTrue();
    }
}
