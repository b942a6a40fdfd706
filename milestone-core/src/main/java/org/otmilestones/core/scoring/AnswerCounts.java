package org.otmilestones.core.scoring;

import java.util.Collection;
import org.otmilestones.core.Answer;

/**
 * How many questions of an area got each answer, after concern questions were turned around.
 *
 * @param yes answers of yes
 * @param sometimes answers of sometimes
 * @param notYet answers of not yet
 * @param notSure answers of not sure
 * @param noAnswer questions asked and left blank
 */
public record AnswerCounts(int yes, int sometimes, int notYet, int notSure, int noAnswer) {

    /** No questions at all. */
    public static final AnswerCounts NONE = new AnswerCounts(0, 0, 0, 0, 0);

    public AnswerCounts {
        if (yes < 0 || sometimes < 0 || notYet < 0 || notSure < 0 || noAnswer < 0) {
            throw new IllegalArgumentException("counts must be 0 or more");
        }
    }

    /** Counts the answers as given (already turned around for concern questions). */
    public static AnswerCounts of(Collection<Answer> counted) {
        int[] n = new int[Answer.values().length];
        counted.forEach(answer -> n[answer.ordinal()]++);
        return new AnswerCounts(n[Answer.YES.ordinal()], n[Answer.SOMETIMES.ordinal()],
                n[Answer.NOT_YET.ordinal()], n[Answer.NOT_SURE.ordinal()], n[Answer.NO_ANSWER.ordinal()]);
    }

    /** Questions the form asked. */
    public int asked() {
        return yes + sometimes + notYet + notSure + noAnswer;
    }

    /** Questions that count towards a status: yes, sometimes and not yet. */
    public int answered() {
        return yes + sometimes + notYet;
    }

    /** How many got this answer. */
    public int count(Answer answer) {
        return switch (answer) {
            case YES -> yes;
            case SOMETIMES -> sometimes;
            case NOT_YET -> notYet;
            case NOT_SURE -> notSure;
            case NO_ANSWER -> noAnswer;
        };
    }
}
