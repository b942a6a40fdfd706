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

    private static Child sixMonthOld() {
        return Child.of("c1", null, ASSESSED.minusMonths(6));
    }

    /** The 6-month checklist's scored skills: since catalog 2027.1 the youngest checklist with several in every area. */
    private static List<Milestone> scored6m(Area area) {
        Checkpoint checkpoint = CATALOG.checkpoint("6m").orElseThrow();
        return CATALOG.milestones(area, checkpoint).stream().filter(Milestone::isScored).toList();
    }

    @Test
    void sendsEveryAreaToAnOtAndTheChecklistToTheDoctorWhenNothingIsYesAndTwelveAreNotYet() {
        // A 2-year-old: 0 "yes", 12 "not yet", 14 "sometimes" over five areas of the 24-month checklist
        // as it was asked (5, 5, 5, 6 and 5 skills).
        int[][] notYetAndSometimes = {{2, 3}, {2, 3}, {3, 2}, {3, 3}, {2, 3}};
        List<AreaResult> areas = new ArrayList<>();
        for (int[] area : notYetAndSometimes) {
            areas.add(area(0, area[1], area[0]));
        }
        assertThat(areas.stream().mapToInt(a -> a.counts().notYet()).sum()).isEqualTo(12);
        assertThat(areas.stream().mapToInt(a -> a.counts().sometimes()).sum()).isEqualTo(14);

        ChecklistWide wide = ChecklistScorer.checklistWide(areas, ScoringRules.DEFAULT, false);

        assertThat(areas).allSatisfy(a -> {
            assertThat(a.status()).as(a.explanation()).isEqualTo(AreaStatus.TALK_TO_OT);
            assertThat(a.reason()).isEqualTo(StatusReason.LOW_CREDIT);
        });
        assertThat(wide.outcome()).isEqualTo(ChecklistOutcome.MENTION_AT_CHECKUP);
        assertThat(wide.areasNotOnTrack()).hasSize(5);
    }

    @Test
    void sendsEveryAreaOfTheBundledSixMonthChecklistToAnOtWhenNothingIsYesAndAboutHalfIsNotYet() throws Exception {
        // The same kind of answers on today's 6-month checklist: 12 "not yet" spread over the areas, the rest
        // "sometimes".
        List<List<Milestone>> byArea = CATALOG.areas().stream().map(WorkedExamplesTest::scored6m).toList();
        Map<String, Answer> answers = new LinkedHashMap<>();
        int notYetLeft = 12;
        for (int a = 0; a < byArea.size(); a++) {
            List<Milestone> milestones = byArea.get(a);
            int areasLeft = byArea.size() - a;
            int notYet = Math.min(milestones.size(), Math.max(1, Math.round((float) notYetLeft / areasLeft)));
            for (int i = 0; i < milestones.size(); i++) {
                answers.put(milestones.get(i).id(), i < notYet ? Answer.NOT_YET : Answer.SOMETIMES);
            }
            notYetLeft -= notYet;
        }
        assertThat(answers.values()).filteredOn(Answer.NOT_YET::equals).hasSize(12);
        assertThat(answers.values()).doesNotContain(Answer.YES);

        ChecklistResult result = ChecklistScorer.score(CATALOG, sixMonthOld(), Answers.of(answers), ASSESSED);

        assertThat(result.areas()).allSatisfy(a -> {
            assertThat(a.status()).as(a.area().id() + ": " + a.explanation()).isEqualTo(AreaStatus.TALK_TO_OT);
            assertThat(a.reason()).isEqualTo(StatusReason.LOW_CREDIT);
        });
        assertThat(result.checklistWide().outcome()).isEqualTo(ChecklistOutcome.MENTION_AT_CHECKUP);
        assertThat(result.checklistWide().areasNotOnTrack()).hasSize(CATALOG.areas().size());
    }

    @Test
    void turnsOneNotYetInEachOfThreeAreasIntoThreeKeepPracticingAndTheChecklistWideOutcome() throws Exception {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (int a = 0; a < CATALOG.areas().size(); a++) {
            List<Milestone> milestones = scored6m(CATALOG.areas().get(a));
            for (int i = 0; i < milestones.size(); i++) {
                answers.put(milestones.get(i).id(), a < 3 && i == 0 ? Answer.NOT_YET : Answer.YES);
            }
        }

        ChecklistResult result = ChecklistScorer.score(CATALOG, sixMonthOld(), Answers.of(answers), ASSESSED);

        assertThat(result.areas()).extracting(AreaResult::status).containsExactly(AreaStatus.KEEP_PRACTICING,
                AreaStatus.KEEP_PRACTICING, AreaStatus.KEEP_PRACTICING, AreaStatus.ON_TRACK, AreaStatus.ON_TRACK);
        assertThat(result.checklistWide().outcome()).isEqualTo(ChecklistOutcome.MENTION_AT_CHECKUP);
        assertThat(result.checklistWide().areasNotOnTrack()).hasSize(3);
    }

    @Test
    void keepsTwoAreasNotOnTrackAtEachAreasOwnGuidance() throws Exception {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (int a = 0; a < CATALOG.areas().size(); a++) {
            List<Milestone> milestones = scored6m(CATALOG.areas().get(a));
            for (int i = 0; i < milestones.size(); i++) {
                answers.put(milestones.get(i).id(), a < 2 && i == 0 ? Answer.NOT_YET : Answer.YES);
            }
        }

        ChecklistResult result = ChecklistScorer.score(CATALOG, twoYearOld(), Answers.of(answers), ASSESSED);

        assertThat(result.checklistWide().outcome()).isEqualTo(ChecklistOutcome.BY_AREA);
        assertThat(result.checklistWide().areasNotOnTrack()).hasSize(2);
    }

    @Test
    void scoresEveryRowOfTheDocsWorkedExamplesAsTheDocsSay() throws Exception {
        String readme = org.otmilestones.core.testing.DocExamples.page("docs/advice.md");
        String table = readme.substring(readme.indexOf("| Answers | Credit | Status |"));
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
            String status = result.status() == AreaStatus.TALK_TO_OT ? "talk to an OT" : "keep practicing";
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
    void sendsThreeNotYetOfFiveToAnOt() {
        AreaResult result = area(2, 0, 3);

        assertThat(result.credit()).isEqualTo(2.0);
        assertThat(result.status()).isEqualTo(AreaStatus.TALK_TO_OT);
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
    void sendsTwoNotYetAndThreeSometimesToAnOtThoughNotYetIsNotTheMajority() {
        // The old rule counted only "not yet" (2 of 5: keep practicing); credit 1.5 of 5 is below half.
        AreaResult result = area(0, 3, 2);

        assertThat(result.credit()).isEqualTo(1.5);
        assertThat(result.status()).isEqualTo(AreaStatus.TALK_TO_OT);
    }
}
