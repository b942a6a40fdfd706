package org.otmilestones.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Answers;
import org.otmilestones.core.Area;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.Child;
import org.otmilestones.core.Guidance;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.scoring.AreaResult;
import org.otmilestones.core.scoring.AreaStatus;
import org.otmilestones.core.scoring.NextStep;
import org.otmilestones.core.scoring.ChecklistResult;
import org.otmilestones.core.scoring.ChecklistScorer;

/**
 * What the handout says follows the rule: "no" to most of the skills, many areas not on track, or a
 * CDC-listed skill "not yet" never reads as "wait and see".
 */
class HandoutGuidanceTest {

    /** Words that tell a family to wait; none may appear when the answers call for help. */
    private static final Map<String, List<String>> WAIT = Map.of(
            "en", List.of("few weeks", "answer these questions again", "look again", "wait and see", "until then"),
            "es", List.of("unas semanas", "conteste de nuevo", "vuelva a mirar", "esperar a ver", "mientras tanto"));

    /** The "don't wait" of the page-1 box when an area calls for an OT evaluation. */
    private static final Map<String, String> DONT_WAIT = Map.of(
            "en", "Please don't wait for the next check-up.", "es", "Por favor, no espere al próximo chequeo.");

    /** The lead of the page-1 box when a red-flag answer calls for the doctor. */
    private static final Map<String, String> SOON = Map.of(
            "en", "Please talk to your child's doctor soon.", "es", "Por favor, hable pronto con el médico de su niño o niña.");

    /** Every text of the handout, in reading order, one entry per paragraph, item, cell or heading. */
    static List<String> texts(List<Block> blocks) {
        List<String> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Section s) {
                out.addAll(texts(s.blocks()));
            } else if (b instanceof Block.Callout c) {
                out.addAll(texts(c.blocks()));
            } else if (b instanceof Block.Heading h) {
                out.add(h.text().plain());
            } else if (b instanceof Block.Paragraph p) {
                out.add(p.text().plain());
            } else if (b instanceof Block.BulletList l) {
                l.items().forEach(t -> out.add(t.plain()));
            } else if (b instanceof Block.Table t) {
                t.rows().forEach(row -> row.forEach(cell -> {
                    if (cell instanceof Block.Cell.Words w) {
                        out.add(w.text().plain());
                    }
                }));
            }
        }
        return out;
    }

    /** The handout's texts, home activities left out: "wait and see if your baby looks for the ball" is play. */
    private static String handout(ChecklistResult result, String language) {
        List<String> activities = Samples.CATALOG.activities().stream().map(a -> a.text().in(language)).toList();
        // Ideas may run on after their label, two to a paragraph: take each idea out wherever it stands.
        return String.join("\n", texts(Handouts.describe(result, Samples.CATALOG,
                ReportOptions.defaults().withLanguage(language)).blocks()).stream().map(t -> {
                    String without = t;
                    for (String activity : activities) {
                        without = without.replace(activity, "");
                    }
                    return without;
                }).toList());
    }

    private static ChecklistResult score(String checkpointId, BiFunction<Integer, Integer, Answer> answer)
            throws Exception {
        Checkpoint checkpoint = Samples.CATALOG.checkpoint(checkpointId).orElseThrow();
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Area area : Samples.CATALOG.areas()) {
            // The answers the area counts: its scored skills (the others are asked, never counted).
            List<Milestone> milestones = Samples.CATALOG.milestones(area, checkpoint).stream()
                    .filter(Milestone::isScored).toList();
            for (int i = 0; i < milestones.size(); i++) {
                answers.put(milestones.get(i).id(), answer.apply(i, milestones.size()));
            }
        }
        LocalDate on = LocalDate.of(2026, 11, 2);
        return ChecklistScorer.score(Samples.CATALOG, Child.of("c", null, on.minusMonths(checkpoint.ageMonths())),
                Answers.of(answers), on);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3m", "6m", "9m", "12m", "15m", "18m", "24m", "30m", "3y", "4y", "5y", "6y", "7y"})
    void neverTellsAFamilyToWaitWhenTheAnswersAreNoToMostSkills(String checkpoint) throws Exception {
        // All "not yet"; and "not yet" on the first half with "sometimes" on the rest (credit below half).
        List<ChecklistResult> results = List.of(score(checkpoint, (i, n) -> Answer.NOT_YET),
                score(checkpoint, (i, n) -> i < (n + 1) / 2 ? Answer.NOT_YET : Answer.SOMETIMES));
        for (ChecklistResult result : results) {
            // An area with no scored skill at this age (the senses at 15 months) has nothing to count.
            assertThat(result.areas()).filteredOn(a -> a.items().stream().anyMatch(i -> i.milestone().isScored()))
                    .isNotEmpty().allSatisfy(a -> assertThat(a.status()).as(a.explanation())
                    .isEqualTo(AreaStatus.TALK_TO_OT));
            assertThat(result.nextStep().atLeast(NextStep.OT_EVALUATION)).as(checkpoint + " " + result.nextStep()).isTrue();
            for (String language : List.of("en", "es")) {
                String text = handout(result, language);
                // One urgency: "soon" (a red-flag skill not yet) or "don't wait" wins over "at the next check-up".
                assertThat(text).as(language).containsAnyOf(DONT_WAIT.get(language), SOON.get(language))
                        .doesNotContain(Samples.CATALOG.guidance(Guidance.CHECKLIST_WIDE).in(language));
                for (String wait : WAIT.get(language)) {
                    assertThat(text.toLowerCase()).as(checkpoint + " " + language).doesNotContain(wait);
                }
            }
        }
    }

    @Test
    void neverSendsOneNotYetInEachOfThreeAreasAtTheChecklistsAgeForAnEvaluation() throws Exception {
        // The typical 2-year-old: one "not yet" in each of three areas, the rest "yes".
        ChecklistResult result = score("24m", (i, n) -> Answer.YES);
        Map<String, Answer> answers = new LinkedHashMap<>(result.areas().stream().flatMap(a -> a.items().stream())
                .collect(LinkedHashMap::new, (m, item) -> m.put(item.milestone().id(), Answer.YES), Map::putAll));
        for (AreaResult area : result.areas().subList(0, 3)) {
            area.items().stream().filter(i -> !i.milestone().isCdcListed() && !i.milestone().redFlag()).findFirst()
                    .ifPresent(i -> answers.put(i.milestone().id(), Answer.NOT_YET));
        }
        ChecklistResult three = ChecklistScorer.score(Samples.CATALOG, result.child(), Answers.of(answers),
                result.assessedOn());
        assertThat(three.nextStep()).isNotIn(NextStep.OT_EVALUATION, NextStep.DOCTOR_SOON);
        assertThat(three.areas()).noneMatch(a -> a.status() == AreaStatus.TALK_TO_OT);

        Block.Callout box = (Block.Callout) Handouts.describe(three, Samples.CATALOG, ReportOptions.defaults()).blocks()
                .stream().filter(Block.Callout.class::isInstance).findFirst().orElseThrow();
        List<String> texts = texts(box.blocks());
        assertThat(texts.get(0)).isEqualTo("What to do next");
        assertThat(String.join(" ", texts)).doesNotContain("OT evaluation").doesNotContain("don't wait");
    }

    @Test
    void namesTheMonthToAnswerAgainAndNeverSaysDontWaitUnderCheckAgain() throws Exception {
        ChecklistResult result = score("24m", (i, n) -> Answer.SOMETIMES);
        assertThat(result.nextStep()).isEqualTo(NextStep.CHECK_AGAIN);

        for (String language : List.of("en", "es")) {
            String text = handout(result, language);
            String month = java.time.format.DateTimeFormatter.ofPattern(language.equals("en") ? "MMMM yyyy" : "MMMM 'de' yyyy",
                    java.util.Locale.forLanguageTag(language)).format(result.judgement().answerAgainOn().orElseThrow());
            assertThat(text).as(language).contains(month).doesNotContain(DONT_WAIT.get(language))
                    .doesNotContain(SOON.get(language));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void asksToMentionACdcListedSkillNotYetAtTheCheckupNotToLookAgainInAFewWeeks(String language) throws Exception {
        ChecklistResult allYes = score("24m", (i, n) -> Answer.YES);
        Milestone cdc = allYes.areas().stream().flatMap(a -> a.items().stream()).map(i -> i.milestone())
                .filter(Milestone::isCdcListed).findFirst().orElseThrow();
        Map<String, Answer> answers = new LinkedHashMap<>();
        allYes.areas().forEach(a -> a.items().forEach(item -> answers.put(item.milestone().id(), Answer.YES)));
        answers.put(cdc.id(), Answer.NOT_YET);
        ChecklistResult result = ChecklistScorer.score(Samples.CATALOG, allYes.child(), Answers.of(answers),
                allYes.assessedOn());
        AreaResult area = result.area(cdc.areaId()).orElseThrow();
        assertThat(area.status()).isEqualTo(AreaStatus.KEEP_PRACTICING);
        assertThat(area.cdcSkillsNotYet()).extracting(i -> i.milestone().id()).containsExactly(cdc.id());

        List<String> texts = List.of(handout(result, language).split("\n"));
        String guidance = Samples.CATALOG.guidance(Guidance.CDC_SKILL_NOT_YET).in(language);
        assertThat(texts).anySatisfy(t -> assertThat(t).endsWith(guidance));
        String mostBy = AgeWords.age(cdc.mostByMonths(), language);
        assertThat(texts).anySatisfy(t -> assertThat(t).startsWith(cdc.question().in(language)).contains(mostBy));
        // The "check again": mention it at the check-up and answer again in a named month, never "a few weeks".
        assertThat(result.nextStep()).isEqualTo(NextStep.CHECK_AGAIN);
        for (String wait : WAIT.get(language)) {
            if (!wait.equals("answer these questions again") && !wait.equals("conteste de nuevo")) {
                assertThat(String.join("\n", texts).toLowerCase()).doesNotContain(wait);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void saysOnPageOneAndAboveTheAreasThatALostSkillMattersMoreThanTheTicks(String language) throws Exception {
        ChecklistResult allYes = score("24m", (i, n) -> Answer.YES);
        Map<String, Answer> answers = new LinkedHashMap<>();
        allYes.areas().forEach(a -> a.items().forEach(item -> answers.put(item.milestone().id(), Answer.YES)));
        answers.put("general-lost_skill", Answer.YES);
        ChecklistResult lost = ChecklistScorer.score(Samples.CATALOG, allYes.child(), Answers.of(answers),
                allYes.assessedOn());
        assertThat(lost.nextStep()).isEqualTo(NextStep.DOCTOR_SOON);

        String text = handout(lost, language);
        String question = Samples.CATALOG.generalQuestion("general-lost_skill").orElseThrow().question().in(language);
        String page1 = language.equals("en") ? "This answer matters more than the ticks" : "Esta respuesta importa más";
        String page2 = language.equals("en") ? "Remember: your answer to" : "Recuerde: su respuesta a";
        assertThat(text).contains(page1).contains(page2 + " \"" + question + "\"");
        assertThat(text.indexOf(page1)).isLessThan(text.indexOf(page2));
    }

    @Test
    void tellsTheFamilyOfABabyBornEarlyWhichChecklistFitsAndWhenTheNextOneIsDue() throws Exception {
        // Born at 30 weeks, 9 months old, 6 months from the due date, answering the 9-month checklist.
        LocalDate on = LocalDate.of(2026, 11, 2);
        Child baby = Child.of("p", null, on.minusMonths(9)).bornAtWeeks(30);
        Map<String, Answer> answers = new LinkedHashMap<>();
        Samples.CATALOG.milestones(Samples.CATALOG.checkpoint("9m").orElseThrow())
                .forEach(m -> answers.put(m.id(), Answer.YES));
        ChecklistResult result = ChecklistScorer.score(Samples.CATALOG, baby, Answers.of(answers).forCheckpoint("9m"), on);
        assertThat(result.youngerThanChecklist()).isTrue();

        String text = handout(result, "en");
        LocalDate due = baby.dateOfBirth().plusWeeks(10);
        String nine = java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.ENGLISH)
                .format(due.plusMonths(9));
        assertThat(text).contains("The checklist for 6 months fits that age best.")
                .contains("Fill in the next checklist, for age 9 months, around " + nine + ".")
                .doesNotContain("for age 12 months");
    }
}
