package org.otmilestones.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Milestone;

/** Forms made with an earlier catalog: moved questions, former ids, and which checklist such a form is. */
class OlderFormsTest {

    /** Answers every milestone of one area at one checkpoint with YES. */
    private static Map<String, Answer> answerArea(String areaId, String checkpointId) {
        Map<String, Answer> map = new LinkedHashMap<>();
        Area area = CATALOG.area(areaId).orElseThrow();
        CATALOG.milestones(area, checkpoint(checkpointId)).forEach(m -> map.put(m.id(), Answer.YES));
        return map;
    }

    @Test
    void takesAFormWithAFewQuestionsMovedToAnotherAgeAsTheChecklistOfMostOfItsQuestions() throws Exception {
        // A form made for an older catalog: the 24-month questions, and one that the catalog now asks at 3 years.
        Map<String, Answer> answers = new LinkedHashMap<>();
        CATALOG.milestones(checkpoint("24m")).forEach(m -> answers.put(m.id(), Answer.YES));
        answers.put(CATALOG.milestones(checkpoint("3y")).get(0).id(), Answer.NOT_YET);

        ChecklistResult result = ChecklistScorer.score(CATALOG, childAged(40), Answers.of(answers), ASSESSED);

        assertThat(result.checkpoint().id()).isEqualTo("24m");
        assertThat(result.checkpointChoice()).isEqualTo(CheckpointChoice.BY_FORM);
        assertThat(result.hasNote(Note.Kind.ANSWERS_FROM_OTHER_CHECKPOINTS_IGNORED)).isTrue();
    }

    @Test
    void letsTheAgeDecideWhenTwoSectionsOfAFormWereAnswered() throws Exception {
        Map<String, Answer> answers = new LinkedHashMap<>();
        CATALOG.milestones(checkpoint("24m")).forEach(m -> answers.put(m.id(), Answer.YES));
        CATALOG.milestones(checkpoint("3y")).forEach(m -> answers.put(m.id(), Answer.YES));

        ChecklistResult result = ChecklistScorer.score(CATALOG, childAged(40), Answers.of(answers), ASSESSED);

        assertThat(result.checkpoint().id()).isEqualTo("3y");
        assertThat(result.checkpointChoice()).isEqualTo(CheckpointChoice.BY_AGE);
    }

    @Test
    void scoresAnAnswerKeyedByAFormerIdAsTheMilestoneItIsNow() throws Exception {
        Milestone moved = CATALOG.milestones(checkpoint("24m")).get(0);
        List<Milestone> milestones = new java.util.ArrayList<>(CATALOG.milestones());
        milestones.set(milestones.indexOf(moved), new Milestone(moved.id(), moved.areaId(), moved.checkpointId(),
                moved.question(), moved.polarity(), moved.redFlag(), moved.typicalAge(), moved.counting(),
                List.of("an-old-id"), moved.sourceKeys(), moved.review()));
        Catalog withFormerId = CATALOG.withMilestones(milestones);
        Map<String, Answer> answers = answerArea(moved.areaId(), "24m");
        answers.remove(moved.id());
        answers.put("an-old-id", Answer.NOT_YET);

        ChecklistResult result = ChecklistScorer.score(withFormerId, childAged(24), Answers.of(answers), ASSESSED);

        AreaResult area = result.area(moved.areaId()).orElseThrow();
        assertThat(area.items()).anySatisfy(i -> {
            assertThat(i.milestone().id()).isEqualTo(moved.id());
            assertThat(i.answer()).isEqualTo(Answer.NOT_YET);
        });
        assertThat(result.hasNote(Note.Kind.UNKNOWN_QUESTIONS_IGNORED)).isFalse();
    }
}
