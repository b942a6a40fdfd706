package org.otmilestones.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.otmilestones.core.Answer;
import org.otmilestones.core.scoring.AreaResult;
import org.otmilestones.core.scoring.ItemResult;

/** One voice from page 1 to the end: one symbol per meaning, boxes in question order, counts, urgency said once. */
class HandoutVoiceTest {

    private static Properties messages(String language) {
        Properties p = new Properties();
        try (InputStream in = HandoutVoiceTest.class.getResourceAsStream("messages_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static List<Block> blocks(Samples.Sample s, String language) {
        return Handouts.describe(s.result(), Samples.CATALOG, s.options().withLanguage(language)).blocks();
    }

    private static String text(Samples.Sample s, String language) {
        return String.join("\n", HandoutGuidanceTest.texts(blocks(s, language)));
    }

    private static List<Block.Cell.AnswerBar> bars(List<Block> blocks) {
        List<Block.Cell.AnswerBar> bars = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Section s) {
                bars.addAll(bars(s.blocks()));
            } else if (b instanceof Block.Table t) {
                t.rows().forEach(row -> row.stream().filter(Block.Cell.AnswerBar.class::isInstance)
                        .map(Block.Cell.AnswerBar.class::cast).forEach(bars::add));
            }
        }
        return bars;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es"})
    void notEnoughAnswersHasASymbolNoAnswerUses(String language) {
        Properties m = messages(language);
        String tooFew = m.getProperty("symbol.status.NOT_ENOUGH_ANSWERS");
        for (Answer answer : Answer.values()) {
            assertThat(m.getProperty("symbol.answer." + answer.name())).as(answer.name()).isNotEqualTo(tooFew);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es"})
    void answerBoxesFollowTheQuestionsOrderAndCountsShowSometimes(String language) {
        Properties m = messages(language);
        Samples.Sample s = Samples.toddlerMixed();
        List<Block.Cell.AnswerBar> bars = bars(blocks(s, language));
        List<AreaResult> areas = s.result().areas();
        assertThat(bars).hasSameSizeAs(areas);
        boolean someSometimes = false;
        for (int i = 0; i < areas.size(); i++) {
            List<String> expected = areas.get(i).items().stream().filter(it -> it.milestone().isScored())
                    .map(ItemResult::counted).map(a -> m.getProperty("symbol.answer." + a.name())).toList();
            assertThat(bars.get(i).dots().stream().map(Block.Dot::symbol).toList()).isEqualTo(expected);
            int sometimes = areas.get(i).counts().sometimes();
            if (sometimes > 0) {
                someSometimes = true;
                String word = language.equals("en") ? "sometimes" : "a veces";
                assertThat(bars.get(i).caption().plain()).contains(sometimes + " " + word)
                        .contains(areas.get(i).counts().yes() + (language.equals("en") ? " yes" : " sí"));
            }
        }
        assertThat(someSometimes).as("the sample has an area with \"sometimes\"").isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es"})
    void pleaseDontWaitIsSaidOnceInTheParentsPart(String language) {
        String phrase = language.equals("en") ? "Please don't wait" : "Por favor, no espere";
        for (Samples.Sample s : List.of(Samples.otEvaluation(), Samples.sixYearOldTwoAreasToOt(),
                Samples.worstCase("3y", language, Paper.LETTER, true))) {
            Matcher found = Pattern.compile(Pattern.quote(phrase)).matcher(text(s, language));
            int n = 0;
            while (found.find()) {
                n++;
            }
            assertThat(n).as(s.name()).isLessThanOrEqualTo(1);
        }
        assertThat(text(Samples.otEvaluation(), language)).contains(phrase);
    }

    @Test
    void theUrgentPhraseFilterDropsTheRepeatsAndKeepsTheFirst() {
        List<Block> blocks = List.of(Block.Paragraph.of("Ask now. Please don't wait for the next check-up."),
                new Block.Section(List.of(Block.Paragraph.of("Ask about OT. Please don't wait. Bring this handout."))));
        List<String> out = HandoutGuidanceTest.texts(UrgentPhrases.once(blocks,
                List.of("Please don't wait for the next check-up.", "Please don't wait.")));
        assertThat(out).containsExactly("Ask now. Please don't wait for the next check-up.",
                "Ask about OT. Bring this handout.");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es"})
    void aRedFlagPutsTheDoctorFirstAndLeavesWhatIsOtOut(String language) {
        Samples.Sample s = Samples.worstCase("24m", language, Paper.LETTER, true);
        assertThat(text(s, language)).doesNotContain(messages(language).getProperty("ot.heading"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es"})
    void theQuestionsForEveryAgeAreNamedWhereTheirAnswersAreSummedUp(String language) {
        Properties m = messages(language);
        String text = text(Samples.toddlerMixed(), language);
        assertThat(text).contains(m.getProperty("general.topic.general-lost_skill"),
                m.getProperty("general.topic.general-worried"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es"})
    void tooFewAnswersDoNotAlsoSayTheAnswersLookFineOrMoveOnToTheNextChecklist(String language) {
        Samples.Sample s = Samples.manyMissing();
        String text = text(s, language);
        assertThat(text).contains(messages(language).getProperty("todo.lead.FINISH"))
                .doesNotContain(Samples.CATALOG.guidance(org.otmilestones.core.Guidance.YOU_KNOW_YOUR_CHILD)
                        .in(language));
    }
}
