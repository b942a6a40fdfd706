package org.otmilestones.readability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSplitterTest {

    @Test
    void endsSentencesAtPeriodsQuestionAndExclamationMarks() {
        assertThat(TextSplitter.sentences("Does your baby smile? Yes! Keep playing."))
                .containsExactly(List.of("Does", "your", "baby", "smile"), List.of("Yes"), List.of("Keep", "playing"));
    }

    @Test
    void countsATextWithoutFinalPunctuationAsOneSentence() {
        assertThat(TextSplitter.sentences("Skills most babies have by 3 months"))
                .containsExactly(List.of("Skills", "most", "babies", "have", "by", "3", "months"));
    }

    @Test
    void doesNotEndASentenceAtAnAbbreviationOrAnInitial() {
        assertThat(TextSplitter.sentences("Use soft things, e.g. a towel. Then stop.")).hasSize(2);
        assertThat(TextSplitter.sentences("Ask Dr. Lee about it.")).hasSize(1);
        assertThat(TextSplitter.sentences("Ask J. Lee or the T.V. guide.")).hasSize(1);
        assertThat(TextSplitter.sentences("Use soft things, p. ej. una toalla.")).hasSize(1);
    }

    @Test
    void endsASentenceAtEtcOnlyBeforeACapital() {
        assertThat(TextSplitter.sentences("Blocks, cups, etc. Then rest.")).hasSize(2);
        assertThat(TextSplitter.sentences("Blocks, cups, etc. and then rest.")).hasSize(1);
    }

    @Test
    void keepsNumbersAndRangesWhole() {
        assertThat(TextSplitter.sentences("At 4-5 years, or 2.5 hours, 4–5 times."))
                .containsExactly(List.of("At", "4-5", "years", "or", "2.5", "hours", "4–5", "times"));
    }

    @Test
    void endsASentenceAtANumberBeforeACapital() {
        assertThat(TextSplitter.sentences("Stack 4. Then 5.")).hasSize(2);
    }

    @Test
    void doesNotEndASentenceBeforeALowercaseWord() {
        assertThat(TextSplitter.sentences("Playing ... games is fun.")).hasSize(1);
    }

    @Test
    void endsASentenceInsideClosingQuotes() {
        assertThat(TextSplitter.sentences("Many answers were “not yet.” Talk to your doctor."))
                .containsExactly(List.of("Many", "answers", "were", "not", "yet"), List.of("Talk", "to", "your", "doctor"));
    }

    @Test
    void handlesSpanishOpeningMarks() {
        assertThat(TextSplitter.sentences("¿Su bebé sonríe? ¡Qué bien! «¿Y los brazos?»"))
                .containsExactly(List.of("Su", "bebé", "sonríe"), List.of("Qué", "bien"), List.of("Y", "los", "brazos"));
    }

    @Test
    void makesEachBulletItsOwnSentence() {
        String text = "Signs to watch for:\n• drops things often\n- avoids crayons\n1. tires fast";
        assertThat(TextSplitter.sentences(text)).containsExactly(List.of("Signs", "to", "watch", "for"),
                List.of("drops", "things", "often"), List.of("avoids", "crayons"), List.of("tires", "fast"));
    }

    @Test
    void joinsAWrappedLineButNotANewLineThatStartsWithACapital() {
        assertThat(TextSplitter.sentences("Keep playing and\npracticing together.")).hasSize(1);
        assertThat(TextSplitter.sentences("Things to try\nPut a rattle in the hand.")).hasSize(2);
        assertThat(TextSplitter.sentences("One.\n\nTwo")).hasSize(2);
    }

    @Test
    void splitsWordsAtSlashesAndDashesBetweenWordsButNotAtHyphens() {
        assertThat(TextSplitter.words("he/she")).containsExactly("he", "she");
        assertThat(TextSplitter.words("hands—like")).containsExactly("hands", "like");
        assertThat(TextSplitter.words("eye-hand")).containsExactly("eye-hand");
        assertThat(TextSplitter.words("(OT)")).containsExactly("OT");
        assertThat(TextSplitter.words("75%,")).containsExactly("75%");
    }

    @Test
    void leavesOutTokensWithoutALetterOrDigit() {
        assertThat(TextSplitter.sentences("Cups — and & spoons.")).containsExactly(List.of("Cups", "and", "spoons"));
        assertThat(TextSplitter.sentences(" … ¿? ")).isEmpty();
        assertThat(TextSplitter.sentences("")).isEmpty();
    }
}
