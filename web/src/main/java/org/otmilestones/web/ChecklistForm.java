package org.otmilestones.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Answers;
import org.otmilestones.core.Area;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.GeneralQuestion;
import org.otmilestones.core.LocalizedText;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.Polarity;

/**
 * The family's checklist for one checkpoint, screen by screen: one area's questions per screen, in the
 * catalog's order, then the general questions. Its question order is the survey template's, so the
 * answers it gives the scorer are the ones {@code otm report} reads back from the exported CSV.
 */
final class ChecklistForm {

    /** One question on the page. */
    record Question(String id, LocalizedText text, Polarity polarity, int position) {
    }

    /**
     * One screen.
     *
     * @param number 1 for the first screen
     * @param area the area, or empty for the general questions
     * @param questions the questions on it
     */
    record Step(int number, Optional<Area> area, List<Question> questions) {
    }

    private final Checkpoint checkpoint;
    private final List<Step> steps;
    private final Map<String, Integer> positions;

    private ChecklistForm(Checkpoint checkpoint, List<Step> steps, Map<String, Integer> positions) {
        this.checkpoint = checkpoint;
        this.steps = steps;
        this.positions = positions;
    }

    static ChecklistForm of(Catalog catalog, Checkpoint checkpoint) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(checkpoint, "checkpoint");
        List<Step> steps = new ArrayList<>();
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (Area area : catalog.areas()) {
            List<Question> questions = new ArrayList<>();
            for (Milestone m : catalog.milestones(area, checkpoint)) {
                Question q = new Question(m.id(), m.question(), m.polarity(), positions.size());
                positions.put(q.id(), q.position());
                questions.add(q);
            }
            if (!questions.isEmpty()) {
                steps.add(new Step(steps.size() + 1, Optional.of(area), List.copyOf(questions)));
            }
        }
        List<Question> general = new ArrayList<>();
        for (GeneralQuestion g : catalog.generalQuestions()) {
            Question q = new Question(g.id(), g.question(), g.polarity(), positions.size());
            positions.put(q.id(), q.position());
            general.add(q);
        }
        if (!general.isEmpty()) {
            steps.add(new Step(steps.size() + 1, Optional.empty(), List.copyOf(general)));
        }
        return new ChecklistForm(checkpoint, List.copyOf(steps), Map.copyOf(positions));
    }

    Checkpoint checkpoint() {
        return checkpoint;
    }

    List<Step> steps() {
        return steps;
    }

    Optional<Step> step(int number) {
        return number >= 1 && number <= steps.size() ? Optional.of(steps.get(number - 1)) : Optional.empty();
    }

    /** How many screens are areas (the rest are general questions). */
    int areaSteps() {
        return (int) steps.stream().filter(s -> s.area().isPresent()).count();
    }

    /** Each question's place in the form, for saving answers in order. */
    Map<String, Integer> positions() {
        return positions;
    }

    boolean asks(String questionId) {
        return positions.containsKey(questionId);
    }

    /** The first screen with a question not yet answered, or the last screen when all are. */
    int firstOpenStep(Map<String, Answer> given) {
        for (Step step : steps) {
            if (step.questions().stream().anyMatch(q -> !given.containsKey(q.id()))) {
                return step.number();
            }
        }
        return steps.size();
    }

    /**
     * The answers as the scorer gets them: every question of the form in the template's order, a
     * question not answered being {@link Answer#NO_ANSWER}, as an exported CSV's blank cell reads back.
     */
    Answers answers(Map<String, Answer> given, Optional<String> completedBy) {
        Map<String, Answer> all = new LinkedHashMap<>();
        for (Step step : steps) {
            for (Question q : step.questions()) {
                all.put(q.id(), given.getOrDefault(q.id(), Answer.NO_ANSWER));
            }
        }
        return new Answers(all, Optional.empty(), completedBy);
    }
}
