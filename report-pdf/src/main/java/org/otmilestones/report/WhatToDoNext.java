package org.otmilestones.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.GeneralQuestion;
import org.otmilestones.core.Guidance;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.Polarity;
import org.otmilestones.core.scoring.AreaStatus;
import org.otmilestones.core.scoring.ItemResult;
import org.otmilestones.core.scoring.NextStepReason;
import org.otmilestones.core.scoring.RedFlag;

/**
 * The "What to do next" box of page 1: one urgency, the highest that applies, who to call, and the
 * answers to the questions for every age.
 */
final class WhatToDoNext {

    /** From this many areas, the box counts them rather than naming each: "At a glance" names them just below. */
    static final int MANY_AREAS = 3;

    private final HandoutContext c;

    WhatToDoNext(HandoutContext context) {
        this.c = context;
    }

    Block box() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(2, Text.of(c.w.get("todo.heading"))));
        String leadKey = "todo.lead." + c.urgency.name()
                + (c.urgency == Urgency.OT_EVALUATION && c.fromClinic() ? ".clinic" : "");
        if (c.urgency == Urgency.KEEP_GOING && !areaNames(AreaStatus.NOT_ENOUGH_ANSWERS).isEmpty()) {
            // Too few answers is never an all-clear: the first thing to do is to answer the rest.
            leadKey = "todo.lead.FINISH";
        }
        Text.Builder lead = Text.builder().strong(c.urgency == Urgency.CHECK_AGAIN
                ? c.w.get(leadKey, c.w.monthYear(c.result.judgement().answerAgainOn().orElseThrow()))
                : c.w.get(leadKey));
        if (c.urgency == Urgency.RED_FLAG) {
            lead.plain(" " + c.text(Guidance.RED_FLAG_NOTICE));
        }
        blocks.add(new Block.Paragraph(lead.build(), Block.ParagraphStyle.BODY));
        switch (c.urgency) {
            case RED_FLAG -> redFlag(blocks);
            case OT_EVALUATION -> otEvaluation(blocks);
            case CHECK_AGAIN -> checkAgain(blocks);
            case KEEP_GOING -> keepGoing(blocks);
        }
        senses(blocks);
        pretermChecklist().ifPresent(blocks::add);
        whoCanHelp(blocks);
        if (c.urgency != Urgency.RED_FLAG) {
            // With a red flag, the worrying answers are quoted above; the rest add nothing to "soon".
            general().ifPresent(blocks::add);
        }
        return new Block.Callout(tone(), blocks);
    }

    private Tone tone() {
        if (c.urgency == Urgency.CHECK_AGAIN) {
            return Tone.GROWING;
        }
        if (c.urgency != Urgency.KEEP_GOING) {
            return Tone.ASK;
        }
        boolean allOnTrack = c.result.areas().stream()
                .allMatch(a -> a.status() == AreaStatus.ON_TRACK || a.status() == AreaStatus.NOT_ASKED);
        return allOnTrack ? Tone.GOOD : Tone.CALM;
    }

    /** The areas of a status, each name in quotes: a name like "Taking care of themselves" reads as a name. */
    private List<String> areaNames(AreaStatus status) {
        return c.result.areas().stream().filter(a -> a.status() == status).map(a -> c.quoted(a.area().plainName()))
                .toList();
    }

    private void redFlag(List<Block> blocks) {
        List<Text> items = new ArrayList<>();
        for (RedFlag flag : c.result.redFlags()) {
            Polarity polarity = polarityOf(flag.questionId());
            items.add(Text.builder()
                    .add(c.w.get("symbol.answer.worry") + " ", Text.Emphasis.STRONG, Tone.ASK)
                    .plain(c.text(flag.question()) + " ")
                    .strong(c.w.answerWord(flag.answer(), polarity) + ".").build());
        }
        blocks.add(new Block.Paragraph(Text.strong(c.w.get("todo.redFlag.because")), Block.ParagraphStyle.LABEL));
        blocks.add(new Block.BulletList(items));
        // A lost skill beside green ticks: the ticks must not read as an all-clear (with no area on track,
        // nothing below reads as one).
        if (c.result.areas().stream().anyMatch(a -> a.status() == AreaStatus.ON_TRACK
                || a.status() == AreaStatus.KEEP_PRACTICING)) {
            blocks.add(new Block.Paragraph(Text.strong(c.w.get(c.result.redFlags().size() == 1
                    ? "todo.redFlag.mattersMore.one" : "todo.redFlag.mattersMore.other")), Block.ParagraphStyle.BODY));
        }
        List<String> ot = areaNames(AreaStatus.TALK_TO_OT);
        if (ot.size() >= MANY_AREAS) {
            blocks.add(Block.Paragraph.of(c.w.get("todo.redFlag.alsoOtMany", ot.size())));
        } else if (!ot.isEmpty()) {
            blocks.add(Block.Paragraph.of(c.w.get("todo.redFlag.alsoOt", c.join(ot))));
        } else if (c.result.judgement().has(NextStepReason.WELL_BELOW_SAME_AGE)) {
            // Well below same-age children as well: the same visit can start the OT evaluation.
            blocks.add(Block.Paragraph.of(c.w.get("todo.redFlag.alsoOverall")));
        }
    }

    private void otEvaluation(List<Block> blocks) {
        List<String> ot = areaNames(AreaStatus.TALK_TO_OT);
        if (ot.size() >= MANY_AREAS) {
            blocks.add(Block.Paragraph.of(c.w.get("todo.otAreasMany", ot.size())));
        } else if (!ot.isEmpty()) {
            blocks.add(Block.Paragraph.of(c.w.get("todo.otAreas", c.join(ot))));
        } else if (c.result.judgement().has(NextStepReason.WELL_BELOW_SAME_AGE)
                || !c.result.judgement().has(NextStepReason.SENSORY_SIGNS_STRONG)) {
            // No one area stands out: the answers together are well below what same-age children show.
            List<String> growing = areaNames(AreaStatus.KEEP_PRACTICING);
            String overall = c.w.get("todo.otOverall");
            blocks.add(Block.Paragraph.of(growing.isEmpty() ? overall
                    : overall + " " + c.w.get("todo.checklistWideAreas", c.join(growing))));
        }
        List<String> tooFew = areaNames(AreaStatus.NOT_ENOUGH_ANSWERS);
        if (!tooFew.isEmpty()) {
            blocks.add(Block.Paragraph.of(c.w.get("todo.notEnough", c.join(tooFew))));
        }
        // What OT is follows the box, in the catalog's words (HandoutBuilder.whatIsOt).
    }

    /** The watch zone: what to practise, what to mention at the next check-up, and when to answer again. */
    private void checkAgain(List<Block> blocks) {
        List<String> parts = new ArrayList<>();
        List<String> growing = areaNames(AreaStatus.KEEP_PRACTICING);
        if (!growing.isEmpty()) {
            parts.add(c.w.get("todo.growing", c.join(growing)));
        }
        if (c.result.judgement().has(NextStepReason.SOMEWHAT_BELOW_SAME_AGE)) {
            parts.add(c.w.get("todo.somewhatBelow"));
        }
        List<String> tooFew = areaNames(AreaStatus.NOT_ENOUGH_ANSWERS);
        if (!tooFew.isEmpty()) {
            parts.add(c.w.get("todo.notEnough", c.join(tooFew)));
        }
        if (!parts.isEmpty()) {
            blocks.add(Block.Paragraph.of(String.join(" ", parts)));
        }
        cdcSkills(blocks);
        List<ItemResult> watch = c.result.judgement().redFlagSkillsToWatch();
        if (!watch.isEmpty()) {
            blocks.add(Block.Paragraph.of(c.w.get("todo.watch")));
            blocks.add(new Block.BulletList(watch.stream().map(i -> Text.builder().plain(c.text(i.milestone().question())
                    + " ").add("(" + mostBy(i.milestone().mostByMonths()) + ")", Text.Emphasis.REGULAR, Tone.UNKNOWN)
                    .build()).toList()));
        }
        blocks.add(Block.Paragraph.of(c.w.get("todo.checkAgainWhy") + " " + c.text(Guidance.YOU_KNOW_YOUR_CHILD)));
    }

    /** Several signs of how the child handles the senses answered "often": talk to an OT about the senses. */
    private void senses(List<Block> blocks) {
        if (!c.result.judgement().talkToOtAboutTheSenses()) {
            return;
        }
        blocks.add(Block.Paragraph.of(c.w.get("todo.senses")));
        blocks.add(new Block.BulletList(c.result.judgement().sensorySignsOften().stream()
                .map(sign -> Text.builder().plain(c.text(sign.question()) + " ").strong(c.w.get("todo.senses.often"))
                        .build()).toList()));
    }

    private void cdcSkills(List<Block> blocks) {
        List<ItemResult> cdc = c.result.areas().stream().flatMap(a -> Outcomes.cdcSkillsNotYet(a).stream()).toList();
        if (!cdc.isEmpty()) {
            blocks.add(Block.Paragraph.of(c.text(Guidance.CDC_SKILL_NOT_YET)));
            blocks.add(new Block.BulletList(cdc.stream().map(i -> Text.builder().plain(c.text(i.milestone().question())
                    + " ").add("(" + mostBy(i.milestone().mostByMonths()) + ")",
                            Text.Emphasis.REGULAR, Tone.UNKNOWN).build()).toList()));
        }
    }

    /**
     * For a baby born early whose form is for an older checklist than the age from the due date: the
     * checklist that fits that age, and when to fill in the next one, counted from the due date.
     */
    private Optional<Block> pretermChecklist() {
        if (c.result.age().corrected().isEmpty() || !c.result.youngerThanChecklist()) {
            return Optional.empty();
        }
        Checkpoint fits;
        try {
            fits = org.otmilestones.core.scoring.ChecklistScorer.checkpointForAge(c.catalog, c.result.age().forMilestones());
        } catch (org.otmilestones.core.InvalidAssessmentException e) {
            return Optional.empty();
        }
        if (fits.ageMonths() >= c.result.checkpoint().ageMonths()) {
            return Optional.empty();
        }
        Optional<Checkpoint> after = c.catalog.next(fits);
        String line = c.w.get("todo.preterm.fits", c.w.age(c.result.age().forMilestones()), c.months(fits.ageMonths()));
        if (after.isPresent()) {
            line += " " + c.w.get("todo.preterm.next", c.months(after.get().ageMonths()), c.w.monthYear(nextDate(after.get())));
        }
        return Optional.of(Block.Paragraph.of(line));
    }

    private void keepGoing(List<Block> blocks) {
        List<String> parts = new ArrayList<>();
        List<String> growing = areaNames(AreaStatus.KEEP_PRACTICING);
        List<String> tooFew = areaNames(AreaStatus.NOT_ENOUGH_ANSWERS);
        if (growing.isEmpty() && tooFew.isEmpty()) {
            parts.add(c.w.get("todo.allOnTrack"));
        }
        if (!growing.isEmpty()) {
            parts.add(c.w.get("todo.growing", c.join(growing)));
        }
        if (!tooFew.isEmpty()) {
            parts.add(c.w.get("todo.notEnough", c.join(tooFew)));
        }
        if (c.result.youngerThanChecklist()) {
            parts.add(c.text(Guidance.YOUNGER_THAN_CHECKPOINT));
        }
        blocks.add(Block.Paragraph.of(String.join(" ", parts)));
        cdcSkills(blocks);
        if (tooFew.isEmpty()) {
            // With too few answers, "even if the answers here look fine" and the next checklist would contradict
            // the first thing to do: answer the questions left.
            // A baby born early on an older checklist gets the checklist that fits from pretermChecklist() instead.
            String next = pretermChecklist().isPresent() ? "" : nextChecklist() + " ";
            blocks.add(Block.Paragraph.of(next + c.text(Guidance.YOU_KNOW_YOUR_CHILD)));
        }
    }

    /** "most children by 2 years"; under a year, as the ages of skills say it, "most babies by 9 months". */
    private String mostBy(int months) {
        return c.w.get(months < 12 ? "area.mostBy.babies" : "area.mostBy", c.w.ageWords(months));
    }

    private String nextChecklist() {
        Optional<Checkpoint> next = c.result.nextCheckpoint();
        if (next.isEmpty()) {
            return c.w.get("todo.lastChecklist");
        }
        return c.w.get("todo.nextChecklist", c.months(next.get().ageMonths()), c.w.monthYear(nextDate(next.get())));
    }

    /** The day the child reaches the next checkpoint's age, counted from the due date while the age is corrected. */
    private LocalDate nextDate(Checkpoint next) {
        LocalDate birth = c.result.child().dateOfBirth();
        LocalDate from = c.result.age().corrected().isPresent() ? birth.plusWeeks(c.result.age().weeksEarly()) : birth;
        LocalDate date = from.plusMonths(next.ageMonths());
        return date.isBefore(c.result.assessedOn()) ? c.result.assessedOn() : date;
    }

    private void whoCanHelp(List<Block> blocks) {
        List<String> parts = new ArrayList<>();
        Optional<String> call = c.callUs();
        if (c.urgency == Urgency.KEEP_GOING || c.urgency == Urgency.CHECK_AGAIN) {
            call.ifPresent(x -> parts.add(c.w.get("todo.questions", x)));
        } else {
            call.ifPresent(x -> parts.add(c.w.get("todo.callUs", x)));
            boolean underThree = c.result.age().chronological().months() < 36;
            ClinicText own = underThree ? c.options.clinic().earlyIntervention() : c.options.clinic().schoolServices();
            parts.add(own.in(c.lang).orElseGet(() -> c.w.get(underThree ? "todo.earlyIntervention" : "todo.schoolServices")));
        }
        if (!parts.isEmpty()) {
            blocks.add(Block.Paragraph.of(String.join(" ", parts)));
        }
    }

    /** The questions for every age: the concerning answers are quoted above; here, neutral counts. */
    private Optional<Block> general() {
        Map<GeneralQuestion, Answer> answers = c.result.generalAnswers();
        if (answers.isEmpty()) {
            return Optional.empty();
        }
        long no = answers.entrySet().stream()
                .filter(e -> e.getValue().countedFor(e.getKey().polarity()) == Answer.YES).count();
        long concern = answers.entrySet().stream().filter(e -> e.getValue().isConcernFor(e.getKey().polarity())).count();
        long unsure = answers.size() - no - concern;
        // The questions named, so "No" says what was asked.
        String topics = c.join(c.catalog.generalQuestions().stream().filter(answers::containsKey).map(this::topic)
                .distinct().toList());
        String line = no == answers.size() ? c.w.get("todo.general.allNo", answers.size(), topics)
                : c.w.get("todo.general.someNo", no, answers.size(), topics);
        if (unsure > 0) {
            line = line + " " + c.w.get("todo.general.unsure");
        }
        return Optional.of(Block.Paragraph.of(line));
    }

    /** A question for every age in a few words: the handout's own for the bundled ones, else the question in quotes. */
    private String topic(GeneralQuestion q) {
        String key = "general.topic." + q.id();
        return c.w.messages.has(key) ? c.w.get(key) : c.quoted(q.question());
    }

    private Polarity polarityOf(String questionId) {
        return c.catalog.milestone(questionId).map(Milestone::polarity)
                .or(() -> c.catalog.generalQuestion(questionId).map(GeneralQuestion::polarity))
                .orElse(Polarity.SKILL);
    }
}
