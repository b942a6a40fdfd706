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
        Text.Builder lead = Text.builder().strong(c.w.get(leadKey));
        if (c.urgency == Urgency.RED_FLAG) {
            lead.plain(" " + c.text(Guidance.RED_FLAG_NOTICE));
        }
        blocks.add(new Block.Paragraph(lead.build(), Block.ParagraphStyle.BODY));
        switch (c.urgency) {
            case RED_FLAG -> redFlag(blocks);
            case OT_EVALUATION -> otEvaluation(blocks);
            case KEEP_GOING -> keepGoing(blocks);
        }
        whoCanHelp(blocks);
        if (c.urgency != Urgency.RED_FLAG) {
            // With a red flag, the worrying answers are quoted above; the rest add nothing to "soon".
            general().ifPresent(blocks::add);
        }
        return new Block.Callout(tone(), blocks);
    }

    private Tone tone() {
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
        List<String> ot = areaNames(AreaStatus.TALK_TO_OT);
        if (ot.size() >= MANY_AREAS) {
            blocks.add(Block.Paragraph.of(c.w.get("todo.redFlag.alsoOtMany", ot.size())));
        } else if (!ot.isEmpty()) {
            blocks.add(Block.Paragraph.of(c.w.get("todo.redFlag.alsoOt", c.join(ot))));
        } else if (Outcomes.mentionAtCheckup(c.result)) {
            // Many areas not on track as well: the same visit can start the OT evaluation.
            blocks.add(Block.Paragraph.of(c.w.get("todo.redFlag.alsoWide", c.result.areas().stream()
                    .filter(Outcomes::notOnTrack).count())));
        }
    }

    private void otEvaluation(List<Block> blocks) {
        List<String> ot = areaNames(AreaStatus.TALK_TO_OT);
        if (ot.size() >= MANY_AREAS) {
            blocks.add(Block.Paragraph.of(c.w.get("todo.otAreasMany", ot.size())));
        } else if (!ot.isEmpty()) {
            blocks.add(Block.Paragraph.of(c.w.get("todo.otAreas", c.join(ot))));
        } else {
            // Only the checklist-wide outcome: many areas are not on track together, or without enough answers.
            List<String> growing = areaNames(AreaStatus.KEEP_PRACTICING);
            String wide = c.text(Guidance.CHECKLIST_WIDE);
            blocks.add(Block.Paragraph.of(growing.isEmpty() ? wide
                    : c.w.get("todo.checklistWideAreas", c.join(growing)) + " " + wide));
        }
        List<String> tooFew = areaNames(AreaStatus.NOT_ENOUGH_ANSWERS);
        if (!tooFew.isEmpty()) {
            blocks.add(Block.Paragraph.of(c.w.get("todo.notEnough", c.join(tooFew))));
        }
        // What OT is follows the box, in the catalog's words (HandoutBuilder.whatIsOt).
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
        List<ItemResult> cdc = c.result.areas().stream().flatMap(a -> Outcomes.cdcSkillsNotYet(a).stream()).toList();
        if (!cdc.isEmpty()) {
            blocks.add(Block.Paragraph.of(c.text(Guidance.CDC_SKILL_NOT_YET)));
            blocks.add(new Block.BulletList(cdc.stream().map(i -> Text.builder().plain(c.text(i.milestone().question())
                    + " ").add("(" + mostBy(i.milestone().mostByMonths()) + ")",
                            Text.Emphasis.REGULAR, Tone.UNKNOWN).build()).toList()));
        }
        if (tooFew.isEmpty()) {
            // With too few answers, "even if the answers here look fine" and the next checklist would contradict
            // the first thing to do: answer the questions left.
            blocks.add(Block.Paragraph.of(nextChecklist() + " " + c.text(Guidance.YOU_KNOW_YOUR_CHILD)));
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
        if (c.urgency == Urgency.KEEP_GOING) {
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
                .toList());
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
