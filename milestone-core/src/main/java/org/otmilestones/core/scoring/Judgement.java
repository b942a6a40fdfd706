package org.otmilestones.core.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.otmilestones.core.Answer;
import org.otmilestones.core.SensorySign;

/**
 * The one next step for a child and everything that decided it.
 *
 * @param nextStep the highest step that applies
 * @param reasons every reason that applies, the most urgent first (empty for {@link NextStep#KEEP_PLAYING})
 * @param standing where all counted answers place the child among same-age children, if any were counted
 * @param areaStandings the same per area id, for the areas with counted answers, in catalog order
 * @param answerAgainOn the day (its month is what the handout names) to answer the checklist again; present
 *        exactly when the next step is {@link NextStep#CHECK_AGAIN}
 * @param redFlagSkillsToWatch red-flag skills "not yet" before the age by which about 9 in 10 children have them
 * @param sensorySigns the signs of how the child handles the senses the form asked, with their answers
 *        ("yes" means "often"), in the catalog's order
 */
public record Judgement(NextStep nextStep, List<NextStepReason> reasons, Optional<Standing> standing,
        Map<String, Standing> areaStandings, Optional<LocalDate> answerAgainOn, List<ItemResult> redFlagSkillsToWatch,
        Map<SensorySign, Answer> sensorySigns) {

    public Judgement {
        Objects.requireNonNull(nextStep, "nextStep");
        reasons = reasons.stream().distinct().sorted(Comparator.comparing(NextStepReason::step)).toList();
        NextStep highest = reasons.isEmpty() ? NextStep.KEEP_PLAYING : reasons.get(0).step();
        if (highest != nextStep) {
            throw new IllegalArgumentException("nextStep " + nextStep + " is not the highest step of the reasons " + reasons);
        }
        Objects.requireNonNull(standing, "standing");
        areaStandings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(areaStandings));
        Objects.requireNonNull(answerAgainOn, "answerAgainOn");
        if (answerAgainOn.isPresent() != (nextStep == NextStep.CHECK_AGAIN)) {
            throw new IllegalArgumentException("answerAgainOn must be present exactly for CHECK_AGAIN, next step was "
                    + nextStep);
        }
        redFlagSkillsToWatch = List.copyOf(redFlagSkillsToWatch);
        sensorySigns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sensorySigns));
    }

    /** The judgement for these reasons: the next step is the highest among them. */
    static Judgement of(List<NextStepReason> reasons, Optional<Standing> standing, Map<String, Standing> areas,
            LocalDate answerAgainOn, List<ItemResult> toWatch, Map<SensorySign, Answer> signs) {
        List<NextStepReason> sorted = new ArrayList<>(reasons);
        sorted.sort(Comparator.comparing(NextStepReason::step));
        NextStep step = sorted.isEmpty() ? NextStep.KEEP_PLAYING : sorted.get(0).step();
        return new Judgement(step, sorted, standing, areas,
                step == NextStep.CHECK_AGAIN ? Optional.of(answerAgainOn) : Optional.empty(), toWatch, signs);
    }

    /** The signs answered "often" ("yes"), in the catalog's order. */
    public List<SensorySign> sensorySignsOften() {
        return sensorySigns.entrySet().stream().filter(e -> e.getValue() == Answer.YES).map(Map.Entry::getKey).toList();
    }

    /** True when several signs mean: talk to an OT about how the child handles the senses. */
    public boolean talkToOtAboutTheSenses() {
        return reasons.contains(NextStepReason.SENSORY_SIGNS);
    }

    /** True when this reason applies (whether or not it decided the step). */
    public boolean has(NextStepReason reason) {
        return reasons.contains(reason);
    }
}
