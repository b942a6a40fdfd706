package org.otmilestones.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.otmilestones.core.AgeEvidence;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Answers;
import org.otmilestones.core.Area;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.Child;
import org.otmilestones.core.Counting;
import org.otmilestones.core.LocalizedText;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.Polarity;
import org.otmilestones.core.Review;
import org.otmilestones.core.ScoringRules;
import org.otmilestones.core.Sign;
import org.otmilestones.core.TypicalAge;
import org.otmilestones.core.catalog.Catalogs;

/**
 * The rule's worked examples, each as a test: "no" to most of the skills ("sometimes" counting half)
 * sends a family for help; the worked-examples table of docs/advice.md shows the same cases.
 */
class WorkedExamplesTest {

    private static final Catalog CATALOG = Catalogs.loadBundled();
    private static final LocalDate ASSESSED = LocalDate.of(2026, 11, 2);
    private static final LocalizedText TEXT = LocalizedText.of("en", "text");
    private static final Area AREA = new Area("a", TEXT, TEXT, TEXT, TEXT, List.of(Sign.always(TEXT)),
            List.of(Sign.always(TEXT)));

    /** One area of five skills with these answers, scored for a child of the checklist's age. */
    private static AreaResult area(int yes, int sometimes, int notYet) {
        List<ItemResult> items = new ArrayList<>();
        add(items, Answer.YES, yes);
        add(items, Answer.SOMETIMES, sometimes);
        add(items, Answer.NOT_YET, notYet);
        return ChecklistScorer.scoreArea(AREA, items, ScoringRules.DEFAULT, false, List.of());
    }

    private static void add(List<ItemResult> items, Answer answer, int times) {
        for (int i = 0; i < times; i++) {
            Milestone m = new Milestone("m" + items.size(), "a", "c", TEXT, Polarity.SKILL, false,
                    TypicalAge.mostBy(24, AgeEvidence.EXPERT_LIST), Counting.SCORED, List.of(), List.of("S"),
                    Review.SOURCED);
            items.add(new ItemResult(m, answer));
        }
    }

    private static Child twoYearOld() {
        return Child.of("c1", null, ASSESSED.minusMonths(24));
    }

    private static List<Milestone> scored24m(Area area) {
        Checkpoint checkpoint = CATALOG.checkpoint("24m").orElseThrow();
        return CATALOG.milestones(area, checkpoint).stream().filter(Milestone::isScored).toList();
    }

    /** The 24-month checklist all "yes" (general questions "no"), with changes. */
    private static Map<String, Answer> allYes24m() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        CATALOG.milestones(CATALOG.checkpoint("24m").orElseThrow()).forEach(m -> answers.put(m.id(), Answer.YES));
        CATALOG.generalQuestions().forEach(q -> answers.put(q.id(), Answer.NOT_YET));
        return answers;
    }

    /**
     * One "not yet" in each of the first three areas, on skills CDC does not list and that are no red flag,
     * the first two marked for review where the area has one: the typical 2-year-old.
     */
    private static Map<String, Answer> typicalTwoYearOld() {
        Map<String, Answer> answers = allYes24m();
        for (int a = 0; a < 3; a++) {
            List<Milestone> candidates = scored24m(CATALOG.areas().get(a)).stream()
                    .filter(m -> !m.isCdcListed() && !m.redFlag()).toList();
            boolean wantReview = a < 2;
            Milestone chosen = candidates.stream().filter(m -> (m.review() == org.otmilestones.core.Review.NEEDS_REVIEW) == wantReview)
                    .findFirst().orElse(candidates.get(0));
            answers.put(chosen.id(), Answer.NOT_YET);
        }
        return answers;
    }

    /** The worked examples of docs/advice.md, by the words of the table's first column. */
    static Map<String, Map<String, Answer>> examples() {
        Map<String, Map<String, Answer>> examples = new LinkedHashMap<>();
        examples.put("all \"yes\"", allYes24m());
        examples.put("one \"not yet\" in each of three areas, the rest \"yes\"", typicalTwoYearOld());
        Map<String, Answer> oneArea = allYes24m();
        scored24m(CATALOG.areas().get(0)).forEach(m -> oneArea.put(m.id(), Answer.NOT_YET));
        examples.put("\"not yet\" to every skill of one area (" + CATALOG.areas().get(0).plainName().in("en")
                + "), the rest \"yes\"", oneArea);
        Map<String, Answer> sometimes = allYes24m();
        CATALOG.milestones(CATALOG.checkpoint("24m").orElseThrow()).forEach(m -> sometimes.put(m.id(), Answer.SOMETIMES));
        examples.put("\"sometimes\" to every skill", sometimes);
        Map<String, Answer> redFlag = allYes24m();
        redFlag.put("general-lost_skill", Answer.YES);

        examples.put("all \"yes\", but \"yes\" to \"has your child stopped doing something they used to do?\"", redFlag);
        Map<String, Answer> none = allYes24m();
        CATALOG.milestones(CATALOG.checkpoint("24m").orElseThrow()).forEach(m -> none.put(m.id(), Answer.NOT_YET));
        examples.put("\"not yet\" to every skill", none);
        return examples;
    }

    static ChecklistResult scoreExample(Map<String, Answer> answers, int months) throws Exception {
        return ChecklistScorer.score(CATALOG, Child.of("c1", null, ASSESSED.minusMonths(months)),
                Answers.of(answers).forCheckpoint("24m"), ASSESSED);
    }

    /** The next step in the docs' words. */
    static String words(NextStep step) {
        return switch (step) {
            case DOCTOR_SOON -> "doctor soon";
            case OT_EVALUATION -> "OT evaluation";
            case CHECK_AGAIN -> "check again";
            case ANSWER_REST -> "answer the rest";
            case KEEP_PLAYING -> "keep playing";
        };
    }

    @Test
    void givesEachWorkedExampleOfTheDocsTheNextStepTheDocsSay() throws Exception {
        String page = org.otmilestones.core.testing.DocExamples.page("docs/advice.md");
        String table = page.substring(page.indexOf("| Answers to the 24-month checklist | Age | Next step |"));
        table = table.substring(0, table.indexOf("\n\n"));
        List<String> rows = table.lines().skip(2).toList();
        Map<String, Map<String, Answer>> examples = examples();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(examples.size());
        List<String> wrong = new ArrayList<>();
        for (String row : rows) {
            String[] cells = row.split("\\|");
            String label = cells[1].strip();
            assertThat(examples).as(row).containsKey(label);
            int months = Integer.parseInt(cells[2].strip().replace(" months", ""));
            ChecklistResult result = scoreExample(examples.get(label), months);
            if (!cells[3].replace("*", "").strip().startsWith(words(result.nextStep()))) {
                wrong.add(row + " is " + words(result.nextStep()) + " " + result.judgement().reasons());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void neverSendsTheTypicalTwoYearOldForAnEvaluationAtTwoButWatchesTheSameAnswersLater() throws Exception {
        ChecklistResult atTwo = scoreExample(typicalTwoYearOld(), 24);
        ChecklistResult at34 = scoreExample(typicalTwoYearOld(), 34);

        assertThat(atTwo.nextStep()).isNotIn(NextStep.OT_EVALUATION, NextStep.DOCTOR_SOON);
        assertThat(at34.judgement().standing().orElseThrow().z())
                .isLessThan(atTwo.judgement().standing().orElseThrow().z());
        assertThat(at34.nextStep().atLeast(atTwo.nextStep())).isTrue();
    }

    @Test
    void scoresEveryRowOfTheDocsWorkedExamplesAsTheDocsSay() throws Exception {
        String readme = org.otmilestones.core.testing.DocExamples.page("docs/advice.md");
        String table = readme.substring(readme.indexOf("| Answers | Credit | The area |"));
        table = table.substring(0, table.indexOf("\n\n"));
        List<String> rows = table.lines().skip(2).toList();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(6);
        Pattern count = Pattern.compile("(\\d+) \"(yes|sometimes|not yet)\"");
        for (String row : rows) {
            String[] cells = row.split("\\|");
            Map<String, Integer> n = new java.util.HashMap<>();
            Matcher m = count.matcher(cells[1]);
            while (m.find()) {
                n.put(m.group(2), Integer.parseInt(m.group(1)));
            }
            AreaResult result = area(n.getOrDefault("yes", 0), n.getOrDefault("sometimes", 0), n.getOrDefault("not yet", 0));
            assertThat(cells[2].strip()).as(row).isEqualTo(result.creditText() + " of " + result.counts().answered());
            String status = result.reason() == StatusReason.LOW_CREDIT ? "no to most" : "keep practicing";
            assertThat(cells[3].replace("*", "").strip()).as(row).startsWith(status);
        }
    }

    @Test
    void keepsFiveSometimesOfFiveAtKeepPracticing() {
        AreaResult result = area(0, 5, 0);

        assertThat(result.credit()).isEqualTo(2.5);
        assertThat(result.status()).isEqualTo(AreaStatus.KEEP_PRACTICING);
        assertThat(result.reason()).isEqualTo(StatusReason.MOSTLY_SOMETIMES);
    }

    @Test
    void keepsOneNotYetOfFiveAtKeepPracticing() {
        AreaResult result = area(4, 0, 1);

        assertThat(result.credit()).isEqualTo(4.0);
        assertThat(result.status()).isEqualTo(AreaStatus.KEEP_PRACTICING);
        assertThat(result.reason()).isEqualTo(StatusReason.SOME_NOT_YET);
    }

    @Test
    void callsThreeNotYetOfFiveNoToMost() {
        AreaResult result = area(2, 0, 3);

        assertThat(result.credit()).isEqualTo(2.0);
        assertThat(result.status()).isEqualTo(AreaStatus.KEEP_PRACTICING);
        assertThat(result.reason()).isEqualTo(StatusReason.LOW_CREDIT);
    }

    @Test
    void keepsACreditOfExactlyHalfAtKeepPracticing() {
        // 2 "not yet", 1 "sometimes", 2 "yes": credit 2.5 of 5 is not less than half.
        AreaResult result = area(2, 1, 2);

        assertThat(result.credit()).isEqualTo(2.5);
        assertThat(result.status()).isEqualTo(AreaStatus.KEEP_PRACTICING);
        assertThat(result.reason()).isEqualTo(StatusReason.SOME_NOT_YET);
    }

    @Test
    void keepsOneYesAndFourSometimesAtKeepPracticing() {
        AreaResult result = area(1, 4, 0);

        assertThat(result.credit()).isEqualTo(3.0);
        assertThat(result.status()).isEqualTo(AreaStatus.KEEP_PRACTICING);
        assertThat(result.reason()).isEqualTo(StatusReason.MOSTLY_SOMETIMES);
    }

    @Test
    void callsTwoNotYetAndThreeSometimesNoToMostThoughNotYetIsNotTheMajority() {
        // Counting only "not yet" would say 2 of 5; credit 1.5 of 5 is below half.
        AreaResult result = area(0, 3, 2);

        assertThat(result.credit()).isEqualTo(1.5);
        assertThat(result.reason()).isEqualTo(StatusReason.LOW_CREDIT);
    }
}
