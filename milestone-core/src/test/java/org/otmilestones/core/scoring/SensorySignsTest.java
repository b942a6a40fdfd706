package org.otmilestones.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Answers;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.Child;
import org.otmilestones.core.SensorySign;
import org.otmilestones.core.catalog.Catalogs;

/** Signs of how a child handles the senses, both ways: several "often" lead to talking to an OT about the senses. */
class SensorySignsTest {

    private static final Catalog CATALOG = Catalogs.loadBundled();
    private static final LocalDate ASSESSED = LocalDate.of(2026, 11, 2);

    /** Every skill "yes", every worry "no", every sign "no" but those of the kind, "often" up to {@code often} of them. */
    private static ChecklistResult child(Checkpoint checkpoint, SensorySign.Kind kind, int often) throws Exception {
        Map<String, Answer> answers = new LinkedHashMap<>();
        CATALOG.milestones(checkpoint).forEach(m -> answers.put(m.id(), Answer.YES));
        CATALOG.generalQuestions().forEach(q -> answers.put(q.id(), Answer.NOT_YET));
        int left = often;
        for (SensorySign sign : CATALOG.sensorySigns().askedAt(checkpoint)) {
            boolean yes = sign.kind() == kind && left-- > 0;
            answers.put(sign.id(), yes ? Answer.YES : Answer.NOT_YET);
        }
        return ChecklistScorer.score(CATALOG, Child.of("c", null, ASSESSED.minusMonths(checkpoint.ageMonths())),
                Answers.of(answers).forCheckpoint(checkpoint.id()), ASSESSED);
    }

    @Test
    void asksBothKindsOfSignsAtEveryChecklistFromSixMonths() {
        for (Checkpoint checkpoint : CATALOG.checkpoints()) {
            List<SensorySign> asked = CATALOG.sensorySigns().askedAt(checkpoint);
            if (checkpoint.ageMonths() < 6) {
                assertThat(asked).as(checkpoint.id()).isEmpty();
            } else {
                assertThat(asked).as(checkpoint.id()).extracting(SensorySign::kind)
                        .contains(SensorySign.Kind.AVOIDING, SensorySign.Kind.SEEKING);
            }
        }
    }

    @Test
    void sendsASeekingChildWhoDoesEverySkillToAnOtAboutTheSenses() throws Exception {
        ChecklistResult seeking = child(CATALOG.checkpoint("24m").orElseThrow(), SensorySign.Kind.SEEKING, 4);

        assertThat(seeking.areas()).allSatisfy(a -> assertThat(a.counts().notYet()).isZero());
        assertThat(seeking.judgement().talkToOtAboutTheSenses()).isTrue();
        assertThat(seeking.nextStep()).isEqualTo(NextStep.OT_EVALUATION);
        assertThat(seeking.judgement().sensorySignsOften()).hasSize(4)
                .allMatch(s -> s.kind() == SensorySign.Kind.SEEKING);
    }

    @Test
    void sendsAnAvoidingChildWhoDoesEverySkillToAnOtAboutTheSenses() throws Exception {
        ChecklistResult avoiding = child(CATALOG.checkpoint("3y").orElseThrow(), SensorySign.Kind.AVOIDING, 4);

        assertThat(avoiding.judgement().talkToOtAboutTheSenses()).isTrue();
        assertThat(avoiding.nextStep()).isEqualTo(NextStep.OT_EVALUATION);
    }

    @Test
    void keepsAChildWithNoSignsAtKeepPlaying() throws Exception {
        ChecklistResult none = child(CATALOG.checkpoint("24m").orElseThrow(), SensorySign.Kind.SEEKING, 0);

        assertThat(none.judgement().talkToOtAboutTheSenses()).isFalse();
        assertThat(none.judgement().sensorySigns()).isNotEmpty();
        assertThat(none.nextStep()).isEqualTo(NextStep.KEEP_PLAYING);
    }

    @Test
    void asksToCheckAgainWithTwoSignsAndForAnEvaluationWithThreeOfOneKind() throws Exception {
        Checkpoint twoYears = CATALOG.checkpoint("24m").orElseThrow();

        assertThat(child(twoYears, SensorySign.Kind.AVOIDING, 1).nextStep()).isEqualTo(NextStep.KEEP_PLAYING);
        assertThat(child(twoYears, SensorySign.Kind.AVOIDING, 2).nextStep()).isEqualTo(NextStep.CHECK_AGAIN);
        assertThat(child(twoYears, SensorySign.Kind.AVOIDING, 3).nextStep()).isEqualTo(NextStep.OT_EVALUATION);
    }

    @Test
    void neverNotesASignAnswerAsAnUnknownQuestion() throws Exception {
        ChecklistResult result = child(CATALOG.checkpoint("24m").orElseThrow(), SensorySign.Kind.SEEKING, 1);

        assertThat(result.hasNote(Note.Kind.UNKNOWN_QUESTIONS_IGNORED)).isFalse();
    }
}
