package org.otmilestones.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The catalog's sign questions about how a child handles the senses, and the rule that turns several
 * signs answered "often" into "talk to an OT about how your child handles the senses".
 *
 * @param signs the sign questions, in the order a form asks them
 * @param fromMonths the youngest checklist age any sign is asked at
 * @param checkAgainFromSigns from this many signs "often" (of either kind): talk to an OT about the senses,
 *        next step at least "check again"
 * @param otEvaluationFromSignsOfOneKind from this many signs "often" of one kind: next step an OT evaluation
 * @param sourceKeys keys of the catalog's sources for the signs and the rule
 */
public record SensorySigns(List<SensorySign> signs, int fromMonths, int checkAgainFromSigns,
        int otEvaluationFromSignsOfOneKind, List<String> sourceKeys) {

    /** No sign questions at all, for a catalog without them. */
    public static final SensorySigns NONE = new SensorySigns(List.of(), 0, 1, 1, List.of());

    public SensorySigns {
        signs = List.copyOf(Objects.requireNonNull(signs, "signs"));
        if (fromMonths < 0 || fromMonths > TypicalAge.MAX_MONTHS) {
            throw new IllegalArgumentException("fromMonths must be 0.." + TypicalAge.MAX_MONTHS + ", was " + fromMonths);
        }
        if (checkAgainFromSigns < 1 || otEvaluationFromSignsOfOneKind < checkAgainFromSigns) {
            throw new IllegalArgumentException("checkAgainFromSigns must be 1 or more and otEvaluationFromSignsOfOneKind"
                    + " at least as many, were " + checkAgainFromSigns + " and " + otEvaluationFromSignsOfOneKind);
        }
        sourceKeys = List.copyOf(Objects.requireNonNull(sourceKeys, "sourceKeys"));
        if (signs.stream().map(SensorySign::id).distinct().count() != signs.size()) {
            throw new IllegalArgumentException("sign ids must not repeat");
        }
    }

    /** The signs a checklist for this age asks, in order. */
    public List<SensorySign> askedAt(Checkpoint checkpoint) {
        return signs.stream().filter(s -> checkpoint.ageMonths() >= Math.max(fromMonths, s.fromMonths())).toList();
    }

    /** The sign with this id. */
    public Optional<SensorySign> sign(String id) {
        return signs.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
