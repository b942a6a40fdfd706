package org.otmilestones.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Answers;
import org.otmilestones.core.Area;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.Child;
import org.otmilestones.core.catalog.Catalogs;

/** The checklist-wide outcome and the reasons to talk to the doctor that no count overrides. */
class ChecklistOutcomeTest {

    private static final Catalog CATALOG = Catalogs.loadBundled();
    private static final LocalDate ASSESSED = LocalDate.of(2026, 11, 2);

    private static Checkpoint checkpoint(String id) {
        return CATALOG.checkpoint(id).orElseThrow();
    }

    /** A child who is exactly {@code months} old on the assessment date. */
    private static Child childAged(int months) {
        return Child.of("c1", "Test Child", ASSESSED.minusMonths(months));
    }

    @Test
    void keepsAWorriedParentsAnswerAReasonToTalkToTheDoctorWhenEveryAreaIsOnTrack() throws Exception {
        Map<String, Answer> answers = new LinkedHashMap<>();
        CATALOG.milestones(checkpoint("6m")).forEach(m -> answers.put(m.id(), Answer.YES));
        answers.put("general-worried", Answer.YES);

        ChecklistResult result = ChecklistScorer.score(CATALOG, childAged(6), Answers.of(answers), ASSESSED);

        assertThat(result.areas()).allSatisfy(a -> assertThat(a.status()).isEqualTo(AreaStatus.ON_TRACK));
        assertThat(result.checklistWide().outcome()).isEqualTo(ChecklistOutcome.BY_AREA);
        assertThat(result.talkToDoctor()).isTrue();
    }

    /** Every 6-month question asked, one answered per area with this answer, the rest left blank. */
    private static ChecklistResult oneAnswerPerArea(Answer answer) throws Exception {
        Map<String, Answer> answers = new LinkedHashMap<>();
        CATALOG.milestones(checkpoint("6m")).forEach(m -> answers.put(m.id(), Answer.NO_ANSWER));
        for (Area area : CATALOG.areas()) {
            answers.put(CATALOG.milestones(area, checkpoint("6m")).stream().filter(m -> m.isScored()).findFirst()
                    .orElseThrow().id(), answer);
        }
        return ChecklistScorer.score(CATALOG, childAged(6), Answers.of(answers).forCheckpoint("6m"), ASSESSED);
    }

    @Test
    void countsAreasWithTooFewAnswersAndANotYetAsNotOnTrack() throws Exception {
        // A parent who answers only "not yet" and leaves the rest blank may be skipping the "no"s.
        ChecklistResult result = oneAnswerPerArea(Answer.NOT_YET);

        assertThat(result.areas()).allSatisfy(a -> assertThat(a.status()).isEqualTo(AreaStatus.NOT_ENOUGH_ANSWERS));
        assertThat(result.areas()).allSatisfy(a -> assertThat(a.isNotOnTrack()).isTrue());
        assertThat(result.checklistWide().outcome()).isEqualTo(ChecklistOutcome.MENTION_AT_CHECKUP);
    }

    @Test
    void doesNotCallAreasWithTooFewAnswersThatAreAllYesNotOnTrack() throws Exception {
        // Nothing but "yes" so far is no sign of trouble: the handout asks for the missing answers instead, and
        // the areas stay "not enough answers", never "on track".
        ChecklistResult result = oneAnswerPerArea(Answer.YES);

        assertThat(result.areas()).allSatisfy(a -> assertThat(a.status()).isEqualTo(AreaStatus.NOT_ENOUGH_ANSWERS));
        assertThat(result.areas()).noneSatisfy(a -> assertThat(a.isNotOnTrack()).isTrue());
        assertThat(result.checklistWide().outcome()).isEqualTo(ChecklistOutcome.BY_AREA);
    }

    @Test
    void holdsTheChecklistWideOutcomeForAChildYoungerThanTheChecklistAsItHoldsTalkToOt() throws Exception {
        Map<String, Answer> answers = new LinkedHashMap<>();
        CATALOG.milestones(checkpoint("6m")).forEach(m -> answers.put(m.id(), Answer.NOT_YET));

        ChecklistResult younger = ChecklistScorer.score(CATALOG, childAged(4), Answers.of(answers).forCheckpoint("6m"),
                ASSESSED);
        ChecklistResult onTime = ChecklistScorer.score(CATALOG, childAged(6), Answers.of(answers), ASSESSED);

        assertThat(younger.checklistWide().outcome()).isEqualTo(ChecklistOutcome.YOUNGER_THAN_CHECKLIST);
        assertThat(younger.areas()).allSatisfy(a -> assertThat(a.cdcSkillsNotYet()).isEmpty());
        assertThat(onTime.checklistWide().outcome()).isEqualTo(ChecklistOutcome.MENTION_AT_CHECKUP);
        assertThat(onTime.areas()).allSatisfy(a -> assertThat(a.status()).isEqualTo(AreaStatus.TALK_TO_OT));
    }
}
