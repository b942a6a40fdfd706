package org.otmilestones.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.otmilestones.core.Checkpoint;

class HandoutsTest {

    private static List<String> headings(List<Block> blocks, int level) {
        List<String> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Heading h && h.level() == level) {
                out.add(h.text().plain());
            } else if (b instanceof Block.Section s) {
                out.addAll(headings(s.blocks(), level));
            } else if (b instanceof Block.Callout c) {
                out.addAll(headings(c.blocks(), level));
            }
        }
        return out;
    }

    @Test
    void tooFewAnswersThatAreAllYesAskTheFamilyToAnswerTheRestNeverSayAllIsWell() throws Exception {
        // Per area, the first 24-month question "yes" and the rest left blank: nothing points to trouble, and
        // nothing shows the child is on track either.
        java.util.Map<String, org.otmilestones.core.Answer> answers = Samples.answersFor("24m",
                m -> org.otmilestones.core.Answer.NO_ANSWER);
        for (org.otmilestones.core.Area area : Samples.CATALOG.areas()) {
            answers.put(Samples.CATALOG.milestones(area, Samples.CATALOG.checkpoint("24m").orElseThrow()).get(0).id(),
                    org.otmilestones.core.Answer.YES);
        }
        org.otmilestones.core.scoring.ChecklistResult result = org.otmilestones.core.scoring.ChecklistScorer.score(
                Samples.CATALOG, org.otmilestones.core.Child.of("s-blank", "Ines", java.time.LocalDate.of(2024, 4, 10)),
                org.otmilestones.core.Answers.of(answers), java.time.LocalDate.of(2026, 5, 20));

        Block.Callout box = Handouts.describe(result, Samples.CATALOG, ReportOptions.defaults()).blocks().stream()
                .filter(Block.Callout.class::isInstance).map(Block.Callout.class::cast).findFirst().orElseThrow();
        List<String> texts = HandoutGuidanceTest.texts(box.blocks());

        assertThat(texts.get(1)).isEqualTo("Please answer the questions left blank.");
        assertThat(texts).anyMatch(t -> t.startsWith("We need more answers about"));
        assertThat(box.tone()).isNotEqualTo(Tone.GOOD);
        assertThat(String.join(" ", texts)).doesNotContain("all areas").doesNotContain("OT evaluation");
    }

    @Test
    void partsComeInTheOrderAParentReads() {
        Samples.Sample s = Samples.toddlerMixed();
        Handout h = Handouts.describe(s.result(), Samples.CATALOG, s.options());
        assertThat(headings(h.blocks(), 1)).containsExactly("How Zoë Łukasiewicz-Nguyễn is growing");
        assertThat(headings(h.blocks(), 2)).containsExactly("What to do next", "At a glance", "Where your child is now",
                "Area by area");
        // Areas on track are one short paragraph each; the others have a heading of their own.
        List<String> detailed = s.result().areas().stream()
                .filter(a -> a.status() != org.otmilestones.core.scoring.AreaStatus.ON_TRACK)
                .map(a -> a.area().plainName().in("en")).toList();
        assertThat(detailed).isNotEmpty();
        assertThat(headings(h.blocks(), 3)).hasSize(detailed.size()).allSatisfy(t ->
                assertThat(detailed).anyMatch(t::startsWith));
        assertThat(h.title()).isEqualTo("How Zoë Łukasiewicz-Nguyễn is growing");
        assertThat(h.footer().pageLabel(2, 7)).isEqualTo("Page 2 of 7");
        assertThat(h.footer().left()).isEqualTo("Zoë Łukasiewicz-Nguyễn");
        assertThat(h.date()).isEqualTo(s.result().assessedOn());
    }

    @Test
    void aRedFlagMakesTheFirstBoxSayTalkToTheDoctorSoonAndQuoteTheAnswers() {
        Samples.Sample s = Samples.redFlag();
        List<Block> blocks = Handouts.describe(s.result(), Samples.CATALOG, s.options()).blocks();
        Block.Callout box = blocks.stream().filter(Block.Callout.class::isInstance).map(Block.Callout.class::cast)
                .findFirst().orElseThrow();
        assertThat(box.tone()).isEqualTo(Tone.ASK);
        List<String> texts = HandoutGuidanceTest.texts(box.blocks());
        assertThat(texts.get(1)).startsWith("Please talk to your child's doctor soon.");
        assertThat(texts).contains("⚑ Has your child stopped doing something they used to be able to do? Yes.");
        assertThat(blocks.indexOf(box)).isLessThan(blocks.indexOf(blocks.stream()
                .filter(b -> b instanceof Block.Section sec && !headings(sec.blocks(), 2).isEmpty()).findFirst()
                .orElseThrow()));
        Samples.Sample calm = Samples.toddlerMixed();
        Block.Callout calmBox = Handouts.describe(calm.result(), Samples.CATALOG, calm.options()).blocks().stream()
                .filter(Block.Callout.class::isInstance).map(Block.Callout.class::cast).findFirst().orElseThrow();
        assertThat(HandoutGuidanceTest.texts(calmBox.blocks()).get(1)).isEqualTo("Keep playing and practicing together.");
        assertThat(calmBox.tone()).isNotEqualTo(Tone.ASK);
    }

    @Test
    void aChildWithoutANameIsYourChild() throws Exception {
        Samples.Sample s = Samples.infant();
        var child = new org.otmilestones.core.Child("x", java.util.Optional.empty(), s.result().child().dateOfBirth(),
                java.util.Optional.empty());
        var result = org.otmilestones.core.scoring.ChecklistScorer.score(Samples.CATALOG, child,
                org.otmilestones.core.Answers.of(java.util.Map.of()), s.result().assessedOn());
        Handout h = Handouts.describe(result, Samples.CATALOG, ReportOptions.defaults());
        assertThat(h.title()).isEqualTo("How your child is growing");
        assertThat(h.footer().left()).isEqualTo("Your child");
    }

    @Test
    void agesReadAsDaysMonthsOrYearsAndMonths() {
        Wording w = new Wording(Messages.of("en"));
        assertThat(w.age(new org.otmilestones.core.Age(0, 1))).isEqualTo("1 day");
        assertThat(w.age(new org.otmilestones.core.Age(0, 17))).isEqualTo("17 days");
        assertThat(w.age(new org.otmilestones.core.Age(1, 3))).isEqualTo("1 month");
        assertThat(w.age(new org.otmilestones.core.Age(23, 0))).isEqualTo("23 months");
        assertThat(w.age(new org.otmilestones.core.Age(24, 9))).isEqualTo("2 years");
        assertThat(w.age(new org.otmilestones.core.Age(25, 0))).isEqualTo("2 years, 1 month");
        assertThat(w.age(new org.otmilestones.core.Age(77, 0))).isEqualTo("6 years, 5 months");
    }

    @Test
    void rejectsALanguageWithoutTextsAndAResultOfAnotherCatalog() {
        Samples.Sample s = Samples.toddlerMixed();
        assertThatThrownBy(() -> Handouts.describe(s.result(), Samples.CATALOG, s.options().withLanguage("fr")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'fr'");
        assertThatThrownBy(() -> new ReportOptions("EN", Paper.A4, ClinicProfile.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("language");
    }

    @Test
    void blankChecklistHasEverySkillWithFourBoxesAndEveryWorryWithYesAndNoOnly() {
        Checkpoint cp = Samples.CATALOG.checkpoint("24m").orElseThrow();
        Handout h = Handouts.describeBlankChecklist(Samples.CATALOG, cp, ReportOptions.defaults());
        List<Block.Table> tables = h.blocks().stream().filter(Block.Table.class::isInstance)
                .map(Block.Table.class::cast).toList();
        assertThat(tables).hasSize(2);
        Block.Table skills = tables.get(0);
        assertThat(skills.columns()).extracting(Block.Column::header)
                .containsExactly("Question", "Yes", "Sometimes", "Not yet", "Not sure");
        List<List<Block.Cell>> questions = skills.rows().stream()
                .filter(row -> row.get(1) instanceof Block.Cell.TickBox).toList();
        assertThat(questions).hasSize(Samples.CATALOG.milestones(cp).size())
                .allSatisfy(row -> assertThat(row.subList(1, 5)).allMatch(Block.Cell.TickBox.class::isInstance));
        // One tinted row names each area before its questions.
        assertThat(skills.rows().size() - questions.size()).isEqualTo(Samples.CATALOG.areas().size());
        Block.Table worries = tables.get(1);
        assertThat(worries.columns()).extracting(Block.Column::header).containsExactly("Question", "Yes", "No");
        assertThat(worries.rows()).hasSize(Samples.CATALOG.generalQuestions().size());
    }

    @Test
    void everyLanguageHasEveryKeyOfEnglish() {
        var english = Messages.of("en").keys();
        for (String language : ReportOptions.availableLanguages()) {
            assertThat(Messages.of(language).keys()).as(language).containsExactlyInAnyOrderElementsOf(english);
        }
    }
}
