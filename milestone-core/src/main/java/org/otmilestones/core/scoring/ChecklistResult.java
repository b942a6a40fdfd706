package org.otmilestones.core.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.Child;
import org.otmilestones.core.ChildAge;
import org.otmilestones.core.GeneralQuestion;

/**
 * A scored checklist: one child, one checkpoint, every area's result and any red flags; the one
 * input of every handout and export.
 *
 * @param catalogId the id of the catalog it was scored with
 * @param catalogVersion that catalog's version
 * @param child the child
 * @param assessedOn the day the checklist was filled in
 * @param completedBy who filled it in, if the form said
 * @param age the child's age on that day
 * @param checkpoint the checklist's checkpoint
 * @param checkpointChoice how the checkpoint was chosen
 * @param nextCheckpoint the checkpoint after it, if any
 * @param areas one result per catalog area, in catalog order
 * @param judgement the one next step and what decided it
 * @param generalAnswers the general red-flag questions the form asked, with their answers
 * @param redFlags red-flag questions answered with concern that send the family to the doctor soon (a
 *        red-flag skill "not yet" before its 90% age is in the judgement's skills to watch instead)
 * @param notes things the handout or clinic should know
 */
public record ChecklistResult(String catalogId, String catalogVersion, Child child, LocalDate assessedOn, Optional<String> completedBy,
        ChildAge age, Checkpoint checkpoint, CheckpointChoice checkpointChoice, Optional<Checkpoint> nextCheckpoint,
        List<AreaResult> areas, Judgement judgement, Map<GeneralQuestion, Answer> generalAnswers,
        List<RedFlag> redFlags, List<Note> notes) {

    public ChecklistResult {
        Objects.requireNonNull(catalogId, "catalogId");
        Objects.requireNonNull(catalogVersion, "catalogVersion");
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(assessedOn, "assessedOn");
        Objects.requireNonNull(completedBy, "completedBy");
        Objects.requireNonNull(age, "age");
        Objects.requireNonNull(checkpoint, "checkpoint");
        Objects.requireNonNull(checkpointChoice, "checkpointChoice");
        Objects.requireNonNull(nextCheckpoint, "nextCheckpoint");
        areas = List.copyOf(areas);
        Objects.requireNonNull(judgement, "judgement");
        // Keeps the form's order; a plain copy would not.
        generalAnswers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(generalAnswers));
        redFlags = List.copyOf(redFlags);
        notes = List.copyOf(notes);
    }

    /**
     * True when the child is younger than the checklist's age (a form for an older age, or a baby
     * younger than the first checkpoint): "not yet" answers are expected then.
     */
    public boolean youngerThanChecklist() {
        return isYounger(age, checkpoint);
    }

    static boolean isYounger(ChildAge age, Checkpoint checkpoint) {
        return age.forMilestones().months() < checkpoint.ageMonths();
    }

    /** True when the next step is to talk to the child's doctor soon. */
    public boolean talkToDoctor() {
        return judgement.nextStep() == NextStep.DOCTOR_SOON;
    }

    /** The one next step for the child, the same in the handout and every export. */
    public NextStep nextStep() {
        return judgement.nextStep();
    }

    /** The result of one area. */
    public Optional<AreaResult> area(String areaId) {
        return areas.stream().filter(a -> a.area().id().equals(areaId)).findFirst();
    }

    /** True when the result has a note of this kind. */
    public boolean hasNote(Note.Kind kind) {
        return notes.stream().anyMatch(n -> n.kind() == kind);
    }
}
