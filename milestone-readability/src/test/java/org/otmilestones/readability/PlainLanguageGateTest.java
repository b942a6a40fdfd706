package org.otmilestones.readability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.otmilestones.readability.ReadabilityLanguage.ENGLISH;
import static org.otmilestones.readability.ReadabilityLanguage.SPANISH;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PlainLanguageGateTest {

    private static final String EASY_EN = "Does your baby smile at you?";
    private static final String EASY_ES = "¿Su bebé le sonríe?";

    private static ScoredText scored(String where, TextKind kind, String text, ReadabilityLanguage language) {
        return new ScoredText(new ParentText(where, kind, Optional.of("fine_motor"), text), Readability.of(text, language));
    }

    private static CatalogReadabilityReport report(ReadabilityLanguage language, ScoredText... extra) {
        List<ScoredText> texts = new ArrayList<>();
        String easy = language == ENGLISH ? EASY_EN : EASY_ES;
        for (int i = 0; i < 20; i++) {
            texts.add(scored("milestones[m" + i + "].question", TextKind.MILESTONE_QUESTION, easy, language));
        }
        texts.addAll(List.of(extra));
        return new CatalogReadabilityReport(language, texts, List.of());
    }

    @Test
    void passesPlainTexts() {
        assertThat(PlainLanguageGate.check(report(ENGLISH))).isEmpty();
        assertThat(PlainLanguageGate.check(report(SPANISH))).isEmpty();
    }

    @Test
    void flagsAnEnglishQuestionAboveGradeEightButNotAnActivityAtThatGrade() {
        String hard = "Does your baby usually get through diaper changes without hard crying?"; // grade 9.1
        ScoredText question = scored("milestones[diaper].question", TextKind.MILESTONE_QUESTION, hard, ENGLISH);
        ScoredText activity = scored("activities[3].text", TextKind.ACTIVITY, hard, ENGLISH);

        List<GateFinding> findings = PlainLanguageGate.check(report(ENGLISH, question, activity));

        assertThat(question.mainScore()).isGreaterThan(8.0);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(GateFinding.Rule.QUESTION_SCORE);
            assertThat(f.text()).contains(question);
            assertThat(f.limit()).isEqualTo(8.0);
        });
    }

    @Test
    void flagsAnEnglishAverageAboveGradeSix() {
        String hard = "Occupational therapy evaluations consider developmental coordination.";
        CatalogReadabilityReport report = new CatalogReadabilityReport(ENGLISH,
                List.of(scored("guidance.aboutOt", TextKind.GUIDANCE, hard, ENGLISH)), List.of());

        assertThat(PlainLanguageGate.check(report)).extracting(GateFinding::rule)
                .containsExactly(GateFinding.Rule.AVERAGE_SCORE);
    }

    @Test
    void flagsAnEnglishSentenceOverTwentyWords() {
        String longSentence = "Let your child pick up the toy and put it in the box and then take it out "
                + "and put it back in again.";
        ScoredText text = scored("activities[0].text", TextKind.ACTIVITY, longSentence, ENGLISH);

        List<GateFinding> findings = PlainLanguageGate.check(report(ENGLISH, text));

        assertThat(text.readability().longestSentenceWords()).isEqualTo(24);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(GateFinding.Rule.SENTENCE_LENGTH);
            assertThat(f.value()).isEqualTo(24);
        });
    }

    @Test
    void allowsASentenceOfExactlyTwentyWords() {
        String twenty = "Let your child pick up the toy and put it in the box and then take it right out again.";
        ScoredText text = scored("activities[0].text", TextKind.ACTIVITY, twenty, ENGLISH);
        assertThat(text.readability().longestSentenceWords()).isEqualTo(20);
        assertThat(PlainLanguageGate.check(report(ENGLISH, text))).isEmpty();
    }

    @Test
    void flagsASpanishQuestionBelowFiftyFive() {
        ScoredText question = scored("milestones[unbuttons].question", TextKind.MILESTONE_QUESTION,
                "¿Su niño puede desabrocharse algunos botones?", SPANISH); // 40.7

        List<GateFinding> findings = PlainLanguageGate.check(report(SPANISH, question));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(GateFinding.Rule.QUESTION_SCORE);
            assertThat(f.value()).isLessThan(55.0);
        });
    }

    @Test
    void flagsASpanishAverageBelowSeventy() {
        ScoredText hard = scored("guidance.aboutOt", TextKind.GUIDANCE,
                "La terapia ocupacional proporciona intervenciones especializadas.", SPANISH);
        CatalogReadabilityReport report = new CatalogReadabilityReport(SPANISH, List.of(hard), List.of());

        assertThat(PlainLanguageGate.check(report)).extracting(GateFinding::rule)
                .containsExactly(GateFinding.Rule.AVERAGE_SCORE);
    }

    @Test
    void hasNoSentenceLimitInSpanish() {
        String longSentence = "Deje que su niño tome el juguete y lo ponga en la caja y luego lo saque "
                + "y lo vuelva a poner en la caja otra vez.";
        ScoredText text = scored("activities[0].text", TextKind.ACTIVITY, longSentence, SPANISH);
        assertThat(text.readability().longestSentenceWords()).isGreaterThan(20);
        assertThat(PlainLanguageGate.check(report(SPANISH, text))).isEmpty();
    }

    @Test
    void formatsFindingsWithWhereTheTextIsAndTheText() {
        ScoredText question = scored("milestones[diaper].question", TextKind.MILESTONE_QUESTION,
                "Does your baby usually get through diaper changes without hard crying?", ENGLISH);

        String lines = PlainLanguageGate.format(PlainLanguageGate.check(report(ENGLISH, question)), ENGLISH);

        assertThat(lines).contains("milestones[diaper].question", "Flesch-Kincaid grade is 9.1, limit 8.0",
                "diaper changes");
    }

    @Test
    void readsLimitsInTheDirectionOfEachLanguagesScore() {
        assertThat(PlainLanguageTargets.forParents(ENGLISH).meets(5.9, 6.0)).isTrue();
        assertThat(PlainLanguageTargets.forParents(ENGLISH).meets(6.1, 6.0)).isFalse();
        assertThat(PlainLanguageTargets.forParents(SPANISH).meets(70.1, 70.0)).isTrue();
        assertThat(PlainLanguageTargets.forParents(SPANISH).meets(69.9, 70.0)).isFalse();
        assertThat(PlainLanguageTargets.forParents(ENGLISH).maxSentenceWords()).isEqualTo(OptionalInt.of(20));
    }

    @Test
    void refusesTargetsOfAnotherLanguage() {
        assertThatThrownBy(() -> PlainLanguageGate.check(report(ENGLISH), PlainLanguageTargets.forParents(SPANISH)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
