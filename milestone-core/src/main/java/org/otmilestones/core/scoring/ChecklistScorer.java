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
import org.otmilestones.core.JudgementModel;
import org.otmilestones.core.ScoringRules;
import org.otmilestones.core.SensorySign;
import org.otmilestones.core.SensorySigns;

/**
 * Scores a parent's answers against a catalog: the one code path behind the handout and every export.
 *
 * <p>Per area, counting only scored items (information-only items are shown, never counted), in this
 * order: no question asked gives {@link AreaStatus#NOT_ASKED}; fewer answers than the catalog's minimum
 * give {@link AreaStatus#NOT_ENOUGH_ANSWERS} (checked first so that one lone "not yet" never sends a
 * family to a therapist); an area whose answers stand well below same-age children's gives
 * {@link AreaStatus#TALK_TO_OT}; a credit ("yes" 1, "sometimes" the catalog's {@code sometimesCredit},
 * "not yet" 0) below the catalog's share of the answered skills ("no" to most) gives
 * {@link AreaStatus#TALK_TO_OT} when the child's next step is an OT evaluation or the doctor, else
 * {@link AreaStatus#KEEP_PRACTICING}; any "not yet", or "sometimes" on more than the share, gives
 * {@link AreaStatus#KEEP_PRACTICING}; else {@link AreaStatus#ON_TRACK}.
 *
 * <p>The child's one {@link NextStep}, the highest that applies (see {@link NextStepReason}): a red-flag
 * answer of concern, or a red-flag skill "not yet" past the age by which about 9 in 10 children have it,
 * is {@link NextStep#DOCTOR_SOON}; a standing (estimated from all answers against each skill's age curve,
 * see {@link org.otmilestones.core.JudgementModel}) well below same-age children, overall or in one area,
 * is {@link NextStep#OT_EVALUATION}; somewhat below, "no" to most of an area at or past the checklist's
 * age, a CDC-listed skill "not yet", or a red-flag skill "not yet" before its 90% age is
 * {@link NextStep#CHECK_AGAIN}; too few answers is {@link NextStep#ANSWER_REST}; else
 * {@link NextStep#KEEP_PLAYING}.
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

        ScoringRules rules = catalog.scoring();
        JudgementModel model = rules.model();
        double months = ageInMonths(age.forMilestones());
        StandingEstimator estimator = new StandingEstimator(model, rules.sometimesCredit(), months);
        Optional<Checkpoint> next = catalog.next(checkpoint);
        List<NextStepReason> reasons = new ArrayList<>();
        List<RedFlag> redFlags = new ArrayList<>();
        List<ItemResult> toWatch = new ArrayList<>();
        Map<Area, List<ItemResult>> byArea = new LinkedHashMap<>();
        List<ItemResult> all = new ArrayList<>();
        for (Area area : catalog.areas()) {
            List<ItemResult> items = new ArrayList<>();
            for (Milestone milestone : catalog.milestones(area, checkpoint)) {
                answers.get(milestone.id()).ifPresent(answer -> items.add(new ItemResult(milestone, answer)));
            }
            for (ItemResult item : items) {
                // An information-only item is never counted, but its red flag still works.
                if (!item.milestone().redFlag() || !item.isConcern()) {
                    continue;
                }
                if (item.milestone().polarity() != Polarity.SKILL) {
                    // A worry seen is a red flag at any age.
                    redFlags.add(new RedFlag(item.milestone().id(), item.milestone().question(), item.answer()));
                    reasons.add(NextStepReason.RED_FLAG_CONCERN);
                } else if (months >= model.ageForShare(item.milestone().mostByMonths(), model.doctorSoonFromShare())) {
                    // Past the age by which nearly all children have it: "not yet" is no longer a matter of time.
                    redFlags.add(new RedFlag(item.milestone().id(), item.milestone().question(), item.answer()));
                    reasons.add(NextStepReason.RED_FLAG_SKILL_PAST_AGE);
                } else {
                    toWatch.add(item);
                    reasons.add(NextStepReason.RED_FLAG_SKILL_NOT_YET);
                }
            }
            byArea.put(area, items);
            all.addAll(items);
        }
        Map<GeneralQuestion, Answer> general = new LinkedHashMap<>();
        for (GeneralQuestion question : catalog.generalQuestions()) {
            answers.get(question.id()).ifPresent(answer -> {
                general.put(question, answer);
                if (answer.isConcernFor(question.polarity())) {
                    redFlags.add(new RedFlag(question.id(), question.question(), answer));
                    reasons.add(NextStepReason.RED_FLAG_CONCERN);
                }
            });
        }

        Map<SensorySign, Answer> signs = new LinkedHashMap<>();
        for (SensorySign sign : catalog.sensorySigns().askedAt(checkpoint)) {
            answers.get(sign.id()).ifPresent(answer -> signs.put(sign, answer));
        }
        reasons.addAll(sensoryReasons(catalog.sensorySigns(), signs));

        Optional<Standing> standing = estimator.estimate(all);
        standing.ifPresent(st -> {
            if (st.z() < model.otEvaluationBelowZ() && st.sourcedZ() < model.sourcedAgreeBelowZ()) {
                reasons.add(NextStepReason.WELL_BELOW_SAME_AGE);
            } else if (st.z() < model.checkAgainBelowZ()) {
                reasons.add(NextStepReason.SOMEWHAT_BELOW_SAME_AGE);
            }
        });
        Map<String, Standing> areaStandings = new LinkedHashMap<>();
        java.util.Set<Area> wellBelow = new java.util.HashSet<>();
        for (Map.Entry<Area, List<ItemResult>> e : byArea.entrySet()) {
            estimator.estimate(e.getValue()).ifPresent(st -> {
                areaStandings.put(e.getKey().id(), st);
                // A skill marked for review never decides an evaluation alone: the sourced skills must agree.
                if (st.z() < model.areaOtEvaluationBelowZ() && st.sourcedZ() < model.sourcedAgreeBelowZ()) {
                    wellBelow.add(e.getKey());
                    reasons.add(NextStepReason.WELL_BELOW_IN_AREA);
                }
            });
        }
        List<AreaResult> provisional = new ArrayList<>();
        for (Map.Entry<Area, List<ItemResult>> e : byArea.entrySet()) {
            provisional.add(scoreArea(e.getKey(), e.getValue(), rules, younger, List.of()));
        }
        for (AreaResult area : provisional) {
            if (area.reason() == StatusReason.LOW_CREDIT) {
                // The clinic's floor: "no" to most skills of an area is never "keep playing".
                reasons.add(NextStepReason.AREA_MOSTLY_NO);
            }
            if (!area.cdcSkillsNotYet().isEmpty()) {
                reasons.add(NextStepReason.CDC_SKILL_NOT_YET);
            }
            if (area.status() == AreaStatus.NOT_ENOUGH_ANSWERS) {
                reasons.add(NextStepReason.TOO_FEW_ANSWERS);
            }
        }
        Judgement judgement = Judgement.of(reasons, standing, areaStandings,
                answerAgainOn(assessedOn, model), toWatch, signs);
        boolean escalate = judgement.nextStep().atLeast(NextStep.OT_EVALUATION);
        List<AreaResult> areas = new ArrayList<>();
        for (Map.Entry<Area, List<ItemResult>> e : byArea.entrySet()) {
            Area area = e.getKey();
            List<Milestone> comingNext = next.map(n -> catalog.milestones(area, n)).orElse(List.of());
            areas.add(scoreArea(area, e.getValue(), rules, younger, comingNext, wellBelow.contains(area), escalate));
        }
        return new ChecklistResult(catalog.id(), catalog.version(), child, assessedOn, answers.completedBy(), age, checkpoint, choice,
                next, areas, judgement, general, redFlags, notes);
    }

    /**
     * The catalog's rule for the signs of how the child handles the senses: from its number of signs
     * answered "often" (of either kind), talk to an OT about the senses and check again; from its number of
     * one kind, an OT evaluation.
     */
    static List<NextStepReason> sensoryReasons(SensorySigns rule, Map<SensorySign, Answer> answers) {
        Map<SensorySign.Kind, Integer> often = new java.util.EnumMap<>(SensorySign.Kind.class);
        answers.forEach((sign, answer) -> {
            if (answer == Answer.YES) {
                often.merge(sign.kind(), 1, Integer::sum);
            }
        });
        int total = often.values().stream().mapToInt(Integer::intValue).sum();
        if (often.values().stream().anyMatch(n -> n >= rule.otEvaluationFromSignsOfOneKind())) {
            return List.of(NextStepReason.SENSORY_SIGNS_STRONG, NextStepReason.SENSORY_SIGNS);
        }
        return total >= rule.checkAgainFromSigns() ? List.of(NextStepReason.SENSORY_SIGNS) : List.of();
    }

    /** An age in months with the days as a fraction of an average month. */
    public static double ageInMonths(Age age) {
        return age.months() + age.days() / DAYS_PER_MONTH;
    }

    private static final double DAYS_PER_MONTH = 365.25 / 12;

    /**
     * When to answer again after "check again": the catalog's months after the assessment. Counted from the
     * assessment, never from the birth date, so exports that name the month give no birth date away.
     */
    static LocalDate answerAgainOn(LocalDate assessedOn, JudgementModel model) {
        return assessedOn.plusMonths(model.checkAgainAfterMonths());
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
            } else if (catalog.generalQuestion(id).isEmpty() && catalog.sensorySigns().sign(id).isEmpty()) {
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

    /** An area's status from its answers alone, as when nothing else raises it (the worked examples). */
    static AreaResult scoreArea(Area area, List<ItemResult> items, ScoringRules rules, boolean younger,
            List<Milestone> comingNext) {
        return scoreArea(area, items, rules, younger, comingNext, false, false);
    }

    /**
     * An area's status: {@code wellBelow} when the area's own standing calls for an OT evaluation,
     * {@code escalate} when the child's next step is an OT evaluation or the doctor, so an area with "no" to
     * most skills then says "ask about OT" and never "keep practicing".
     */
    static AreaResult scoreArea(Area area, List<ItemResult> items, ScoringRules rules, boolean younger,
            List<Milestone> comingNext, boolean wellBelow, boolean escalate) {
        List<ItemResult> scored = items.stream().filter(i -> i.milestone().isScored()).toList();
        AnswerCounts counts = AnswerCounts.of(scored.stream().map(ItemResult::counted).toList());
        int asked = counts.asked();
        int answered = counts.answered();
        double credit = counts.yes() + rules.sometimesCredit() * counts.sometimes();
        boolean lowCredit = credit < rules.talkToOtWhenCreditShareBelow() * answered - TOLERANCE;
        AreaStatus status;
        StatusReason reason;
        if (asked == 0) {
            status = AreaStatus.NOT_ASKED;
            reason = items.isEmpty() ? StatusReason.NO_QUESTIONS_ASKED : StatusReason.NONE_COUNTED;
        } else if (answered < minimumAnswers(rules, asked)) {
            status = AreaStatus.NOT_ENOUGH_ANSWERS;
            reason = StatusReason.TOO_FEW_ANSWERS;
        } else if (wellBelow) {
            status = AreaStatus.TALK_TO_OT;
            reason = StatusReason.WELL_BELOW_SAME_AGE;
        } else if (lowCredit && escalate) {
            status = AreaStatus.TALK_TO_OT;
            reason = younger ? StatusReason.LOW_CREDIT_BUT_YOUNGER : StatusReason.LOW_CREDIT;
        } else if (lowCredit) {
            status = AreaStatus.KEEP_PRACTICING;
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
