package org.otmilestones.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerTest {

    @Test
    void turnsYesAndNotYetAroundOnConcernQuestions() {
        assertThat(Answer.YES.countedFor(Polarity.CONCERN)).isEqualTo(Answer.NOT_YET);
        assertThat(Answer.NOT_YET.countedFor(Polarity.CONCERN)).isEqualTo(Answer.YES);
        assertThat(Answer.SOMETIMES.countedFor(Polarity.CONCERN)).isEqualTo(Answer.SOMETIMES);
        assertThat(Answer.YES.countedFor(Polarity.SKILL)).isEqualTo(Answer.YES);
    }

    @Test
    void seesConcernInNotYetOnASkillAndInYesOrSometimesOnAConcern() {
        assertThat(Answer.NOT_YET.isConcernFor(Polarity.SKILL)).isTrue();
        assertThat(Answer.SOMETIMES.isConcernFor(Polarity.SKILL)).isFalse();
        assertThat(Answer.YES.isConcernFor(Polarity.CONCERN)).isTrue();
        assertThat(Answer.SOMETIMES.isConcernFor(Polarity.CONCERN)).isTrue();
        assertThat(Answer.NOT_YET.isConcernFor(Polarity.CONCERN)).isFalse();
        assertThat(Answer.NOT_SURE.isConcernFor(Polarity.CONCERN)).isFalse();
        assertThat(Answer.NO_ANSWER.isConcernFor(Polarity.SKILL)).isFalse();
    }

    @Test
    void keepsTheFormsOrderAndCopiesTheMap() {
        java.util.Map<String, Answer> map = new java.util.LinkedHashMap<>();
        map.put("z", Answer.YES);
        map.put("a", Answer.NOT_SURE);
        Answers answers = Answers.of(map);
        map.put("b", Answer.YES);

        assertThat(answers.byQuestionId().keySet()).containsExactly("z", "a");
    }
}
