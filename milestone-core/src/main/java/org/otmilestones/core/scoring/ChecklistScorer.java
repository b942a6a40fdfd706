package org.otmilestones.core.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.otmilestones.core.Age;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Answers;
import org.otmilestones.core.Area;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.Child;
import org.otmilestones.core.ChildAge;
import org.otmilestones.core.GeneralQuestion;
import org.otmilestones.core.InvalidAssessmentException;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.Polarity;
import org.otmilestones.core.ScoringRules;

/**
 * Scores a parent's answers against a catalog: the one code path behind the handout and every export.
 *
 * <p>Per area, counting only scored items (information-only items are shown, never counted), in this
 * order: no question asked gives {@link AreaStatus#NOT_ASKED}; fewer answers than the catalog's minimum
 * give {@link AreaStatus#NOT_ENOUGH_ANSWERS} (checked first so that one lone "not yet" never sends a
 * family to a therapist); a credit ("yes" 1, "sometimes" the catalog's {@code sometimesCredit}, "not
 * yet" 0) below the catalog's share of the answered skills gives {@link AreaStatus#TALK_TO_OT}, held at
 * {@link AreaStatus#KEEP_PRACTICING} when the child is younger than the checklist; any "not yet", or
 * "sometimes" on more than the share, gives {@link AreaStatus#KEEP_PRACTICING}; else
 * {@link AreaStatus#ON_TRACK}.
 *
 * <p>Across areas: when at least the catalog's number of areas are not on track (keep practicing, talk
 * to an OT, or too few answers with a "not yet" among them; see {@link AreaResult#isNotOnTrack()}), the
 * result carries
 * {@link ChecklistOutcome#MENTION_AT_CHECKUP}, unless the child is younger than the checklist. A CDC-listed
 * skill answered "not yet" is listed in its area's {@link AreaResult#cdcSkillsNotYet()}. Red-flag
 * answers (a lost skill, a worried parent) raise {@link ChecklistResult#talkToDoctor()} whatever the counts.
 */
public final class ChecklistScorer {

    /** How much more of one checklist's questions a form must answer than of any other's to be its form. */
    private static final double STANDS_OUT = 0.25;

    /** How far past the last checkpoint a child may be and still get its checklist. */
    public static final int MONTHS_PAST_LAST_CHECKPOINT = 12;

    private ChecklistScorer() {
    }

    /**
     * Scores one child's answers.
     *
     * @param catalog the catalog the form was built from
     * @param child the child
     * @param answers the answers, keyed by question id; only asked questions count
     * @param assessedOn the day the form was filled in
     * @return the scored result
     * @throws InvalidAssessmentException when the birth date is after the assessment, the child is
     *         older than any checklist, or the form names a checkpoint the catalog does not have
     */
    public static ChecklistResult score(Catalog catalog, Child child, Answers answers, LocalDate assessedOn)
            throws InvalidAssessmentException {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(assessedOn, "assessedOn");

        answers = withCurrentIds(catalog, answers);
        ChildAge age = ChildAge.of(child, assessedOn, catalog.correctedAge());
        List<Note> notes = new ArrayList<>();
        Checkpoint byAge = checkpointForAge(catalog, age.forMilestones());
        Checkpoint checkpoint;
        CheckpointChoice choice;
        Optional<Checkpoint> byForm = checkpointOfForm(catalog, answers);
        if (byForm.isPresent()) {
            checkpoint = byForm.get();
            choice = CheckpointChoice.BY_FORM;
            if (!checkpoint.equals(byAge)) {
                notes.add(new Note(Note.Kind.CHECKPOINT_DISAGREES_WITH_AGE, "the form is the " + checkpoint.id()
                        + " checklist, but the child's age points to the " + byAge.id() + " checklist"));
            }
        } else {
            checkpoint = byAge;
            choice = age.forMilestones().months() < byAge.ageMonths()
                    ? CheckpointChoice.YOUNGER_THAN_FIRST : CheckpointChoice.BY_AGE;
        }
        if (age.forMilestones().months() < catalog.checkpoints().get(0).ageMonths()) {
            notes.add(new Note(Note.Kind.YOUNGER_THAN_FIRST_CHECKPOINT, "the child is younger than "
                    + catalog.checkpoints().get(0).id() + ", the first checklist"));
        }
        boolean younger = ChecklistResult.isYounger(age, checkpoint);
        noteIgnoredAnswers(catalog, answers, checkpoint, notes);

        Optional<Checkpoint> next = catalog.next(checkpoint);
        List<AreaResult> areas = new ArrayList<>();
        List<RedFlag> redFlags = new ArrayList<>();
        for (Area area : catalog.areas()) {
            List<ItemResult> items = new ArrayList<>();
            for (Milestone milestone : catalog.milestones(area, checkpoint)) {
                answers.get(milestone.id()).ifPresent(answer -> items.add(new ItemResult(milestone, answer)));
            }
            for (ItemResult item : items) {
                // A skill the child is not old enough for yet is no red flag; a worry (CONCERN) always is.
                boolean skillNotDue = younger && item.milestone().polarity() == Polarity.SKILL;
                // An information-only item is never counted, but its red flag still works.
                if (item.milestone().redFlag() && item.isConcern() && !skillNotDue) {
                    redFlags.add(new RedFlag(item.milestone().id(), item.milestone().question(), item.answer()));
                }
            }
            List<Milestone> comingNext = next.map(n -> catalog.milestones(area, n)).orElse(List.of());
            areas.add(scoreArea(area, items, catalog.scoring(), younger, comingNext));
        }
        Map<GeneralQuestion, Answer> general = new LinkedHashMap<>();
        for (GeneralQuestion question : catalog.generalQuestions()) {
            answers.get(question.id()).ifPresent(answer -> {
                general.put(question, answer);
                if (answer.isConcernFor(question.polarity())) {
                    redFlags.add(new RedFlag(question.id(), question.question(), answer));
                }
            });
        }
        return new ChecklistResult(catalog.id(), catalog.version(), child, assessedOn, answers.completedBy(), age, checkpoint, choice,
                next, areas, checklistWide(areas, catalog.scoring(), younger), general, redFlags, notes);
    }

    /**
     * The checklist-wide outcome: areas not on track are counted (not enough answers among them, so a
     * family with too few answers is never given an all-clear); at the catalog's threshold the family
     * should mention these skills at the next check-up, unless the child is younger than the checklist.
     */
    static ChecklistWide checklistWide(List<AreaResult> areas, ScoringRules rules, boolean younger) {
        List<String> notOnTrack = areas.stream().filter(AreaResult::isNotOnTrack).map(a -> a.area().id()).toList();
        int threshold = rules.checklistWideWhenAreasNotOnTrackAtLeast();
        ChecklistOutcome outcome = notOnTrack.size() < threshold ? ChecklistOutcome.BY_AREA
                : younger ? ChecklistOutcome.YOUNGER_THAN_CHECKLIST : ChecklistOutcome.MENTION_AT_CHECKUP;
        return new ChecklistWide(outcome, notOnTrack, threshold);
    }

    /**
     * The answers keyed by each question's id in this catalog: a column named by a former id (a milestone
     * that moved to another checkpoint) answers the milestone it is now. When both ids were asked, the
     * answered one wins, and the current id when both were answered.
     */
    private static Answers withCurrentIds(Catalog catalog, Answers answers) {
        boolean anyFormer = answers.byQuestionId().keySet().stream()
                .anyMatch(id -> catalog.currentId(id).filter(current -> !current.equals(id)).isPresent());
        if (!anyFormer) {
            return answers;
        }
        Map<String, Answer> current = new LinkedHashMap<>();
        answers.byQuestionId().forEach((id, answer) -> {
            String now = catalog.currentId(id).orElse(id);
            Answer before = current.get(now);
            boolean replace = before == null || (before == Answer.NO_ANSWER && answer != Answer.NO_ANSWER)
                    || (now.equals(id) && answer != Answer.NO_ANSWER);
            if (replace) {
                current.put(now, answer);
            }
        });
        return new Answers(current, answers.checkpointId(), answers.completedBy());
    }

    /**
     * The checkpoint for a child of this age: the latest at or below it ("between two ages, use the
     * younger checklist"), or the first for a child younger than it.
     *
     * @throws InvalidAssessmentException when the child is more than
     *         {@value #MONTHS_PAST_LAST_CHECKPOINT} months past the last checkpoint
     */
    public static Checkpoint checkpointForAge(Catalog catalog, Age age) throws InvalidAssessmentException {
        List<Checkpoint> checkpoints = catalog.checkpoints();
        Checkpoint last = checkpoints.get(checkpoints.size() - 1);
        if (age.months() > last.ageMonths() + MONTHS_PAST_LAST_CHECKPOINT
                || (age.months() == last.ageMonths() + MONTHS_PAST_LAST_CHECKPOINT && age.days() > 0)) {
            throw new InvalidAssessmentException(InvalidAssessmentException.Field.DATE_OF_BIRTH,
                    "the child is " + age.years() + (age.years() == 1 ? " year " : " years ") + (age.months() % 12)
                            + (age.months() % 12 == 1 ? " month" : " months") + " old, more than " + MONTHS_PAST_LAST_CHECKPOINT
                            + " months past the last checklist (" + last.id() + ")",
                    "check the date of birth; this catalog has no checklist for this age");
        }
        Checkpoint chosen = checkpoints.get(0);
        for (Checkpoint checkpoint : checkpoints) {
            if (checkpoint.ageMonths() <= age.months()) {
                chosen = checkpoint;
            }
        }
        return chosen;
    }

    private static Optional<Checkpoint> checkpointOfForm(Catalog catalog, Answers answers)
            throws InvalidAssessmentException {
        if (answers.checkpointId().isPresent()) {
            String id = answers.checkpointId().get();
            Optional<Checkpoint> named = catalog.checkpoint(id);
            if (named.isEmpty()) {
                throw new InvalidAssessmentException(InvalidAssessmentException.Field.CHECKPOINT,
                        "the form names checkpoint '" + id + "', which the catalog does not have",
                        "use one of " + catalog.checkpoints().stream().map(Checkpoint::id)
                                .collect(Collectors.joining(", ")));
            }
            return named;
        }
        // A form built for one checklist asks only that checklist's milestones: that is its checkpoint.
        // A form with a section per age leaves the other sections blank, so answered questions decide first.
        Map<String, Integer> answered = new TreeMap<>();
        Map<String, Integer> asked = new TreeMap<>();
        answers.byQuestionId().forEach((id, answer) -> catalog.milestone(id).ifPresent(m -> {
            asked.merge(m.checkpointId(), 1, Integer::sum);
            if (answer != Answer.NO_ANSWER) {
                answered.merge(m.checkpointId(), 1, Integer::sum);
            }
        }));
        return mostComplete(catalog, answered.isEmpty() ? asked : answered).flatMap(catalog::checkpoint);
    }

    /**
     * The checkpoint whose questions the form covers most completely, when it stands out: a form made for
     * an older catalog asks a few questions that a newer catalog moved to another age, and is still that
     * checklist's form (the moved questions are noted, not counted); a form with two sections answered
     * about equally fully has none, and the child's age decides.
     */
    private static Optional<String> mostComplete(Catalog catalog, Map<String, Integer> byCheckpoint) {
        if (byCheckpoint.size() == 1) {
            return Optional.of(byCheckpoint.keySet().iterator().next());
        }
        String best = null;
        double first = 0;
        double second = 0;
        for (Map.Entry<String, Integer> e : byCheckpoint.entrySet()) {
            int size = catalog.checkpoint(e.getKey()).map(c -> catalog.milestones(c).size()).orElse(0);
            double coverage = size == 0 ? 0 : (double) e.getValue() / size;
            if (coverage > first) {
                second = first;
                first = coverage;
                best = e.getKey();
            } else if (coverage > second) {
                second = coverage;
            }
        }
        return first - second >= STANDS_OUT ? Optional.ofNullable(best) : Optional.empty();
    }

    private static void noteIgnoredAnswers(Catalog catalog, Answers answers, Checkpoint checkpoint, List<Note> notes) {
        int otherCheckpoint = 0;
        List<String> unknown = new ArrayList<>();
        for (String id : answers.byQuestionId().keySet()) {
            Optional<Milestone> milestone = catalog.milestone(id);
            if (milestone.isPresent()) {
                // Blank questions of other sections were never meant for this child: nothing to note.
                if (!milestone.get().checkpointId().equals(checkpoint.id())
                        && answers.byQuestionId().get(id) != Answer.NO_ANSWER) {
                    otherCheckpoint++;
                }
            } else if (catalog.generalQuestion(id).isEmpty()) {
                unknown.add(id);
            }
        }
        if (otherCheckpoint > 0) {
            notes.add(new Note(Note.Kind.ANSWERS_FROM_OTHER_CHECKPOINTS_IGNORED, otherCheckpoint
                    + (otherCheckpoint == 1 ? " answer belongs to another checklist than " : " answers belong to other checklists than ")
                    + checkpoint.id() + " and " + (otherCheckpoint == 1 ? "was" : "were") + " not counted"));
        }
        if (!unknown.isEmpty()) {
            notes.add(new Note(Note.Kind.UNKNOWN_QUESTIONS_IGNORED, "question ids not in the catalog: "
                    + String.join(", ", unknown)));
        }
    }

    static AreaResult scoreArea(Area area, List<ItemResult> items, ScoringRules rules, boolean younger,
            List<Milestone> comingNext) {
        List<ItemResult> scored = items.stream().filter(i -> i.milestone().isScored()).toList();
        AnswerCounts counts = AnswerCounts.of(scored.stream().map(ItemResult::counted).toList());
        int asked = counts.asked();
        int answered = counts.answered();
        double credit = counts.yes() + rules.sometimesCredit() * counts.sometimes();
        AreaStatus status;
        StatusReason reason;
        if (asked == 0) {
            status = AreaStatus.NOT_ASKED;
            reason = items.isEmpty() ? StatusReason.NO_QUESTIONS_ASKED : StatusReason.NONE_COUNTED;
        } else if (answered < minimumAnswers(rules, asked)) {
            status = AreaStatus.NOT_ENOUGH_ANSWERS;
            reason = StatusReason.TOO_FEW_ANSWERS;
        } else if (credit < rules.talkToOtWhenCreditShareBelow() * answered - TOLERANCE) {
            status = younger ? AreaStatus.KEEP_PRACTICING : AreaStatus.TALK_TO_OT;
            reason = younger ? StatusReason.LOW_CREDIT_BUT_YOUNGER : StatusReason.LOW_CREDIT;
        } else if (counts.notYet() > 0) {
            status = AreaStatus.KEEP_PRACTICING;
            reason = StatusReason.SOME_NOT_YET;
        } else if (counts.sometimes() > rules.keepPracticingWhenSometimesShareAbove() * answered) {
            status = AreaStatus.KEEP_PRACTICING;
            reason = StatusReason.MOSTLY_SOMETIMES;
        } else {
            status = AreaStatus.ON_TRACK;
            reason = StatusReason.MOSTLY_YES;
        }
        // A skill the child is not old enough for yet is expected to be "not yet": nothing to mention.
        List<ItemResult> cdcNotYet = younger ? List.of() : scored.stream()
                .filter(i -> i.milestone().isCdcListed() && i.counted() == Answer.NOT_YET).toList();
        return new AreaResult(area, status, reason, counts, credit, items, cdcNotYet, comingNext);
    }

    /** Credit 2.5 of 5 at a share of one half is not "less than half", whatever the floating point says. */
    private static final double TOLERANCE = 1e-9;

    /**
     * The fewest answers that count: the catalog's share of the asked questions, rounded up, and at
     * least the catalog's minimum, unless fewer questions were asked than that minimum.
     */
    static int minimumAnswers(ScoringRules rules, int asked) {
        // Rounding the product to three decimals first keeps a share written as 0.6667 ("two thirds")
        // at 4 of 6, not 5; a clinic that writes 0.67 still gets 5 of 6.
        double exact = Math.round(rules.minAnsweredShare() * asked * 1000.0) / 1000.0;
        int byShare = (int) Math.ceil(exact);
        return Math.max(byShare, Math.min(rules.minAnswered(), asked));
    }
}
