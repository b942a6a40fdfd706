package org.otmilestones.core;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One skill on a checklist, asked as a question a parent can answer.
 *
 * @param id stable id, used as a column name in survey exports
 * @param areaId the {@link Area} it belongs to
 * @param checkpointId the {@link Checkpoint} it sits at: the first whose age is at least {@code typicalAge().mostByMonths()}
 * @param question the question for the parent
 * @param polarity whether "yes" is good or a worry
 * @param redFlag true when an answer of concern should send the family to the child's doctor
 * @param typicalAge the ages of the skill as numbers, and where they come from
 * @param counting whether the answer counts towards the area's status, or is information only
 * @param formerIds ids this same question had in earlier catalogs, so old exports still import
 * @param sourceKeys keys of the catalog's {@link Source sources}
 * @param review how firmly the sources support it
 * @param formerQuestions wordings this question had in earlier catalogs, per language code, so exports whose
 *        columns are headed by an old wording still import; never shown to a parent
 */
public record Milestone(String id, String areaId, String checkpointId, LocalizedText question, Polarity polarity,
        boolean redFlag, TypicalAge typicalAge, Counting counting, List<String> formerIds, List<String> sourceKeys,
        Review review, Map<String, List<String>> formerQuestions) {

    public Milestone {
        Ids.require(id, "id");
        Ids.require(areaId, "areaId");
        Ids.require(checkpointId, "checkpointId");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(typicalAge, "typicalAge");
        Objects.requireNonNull(counting, "counting");
        formerIds = List.copyOf(Objects.requireNonNull(formerIds, "formerIds"));
        Set<String> seen = new HashSet<>();
        for (String former : formerIds) {
            Ids.require(former, "formerIds entry");
            if (former.equals(id) || !seen.add(former)) {
                throw new IllegalArgumentException("formerIds must not repeat an id or hold the milestone's own id '"
                        + former + "'");
            }
        }
        sourceKeys = List.copyOf(Objects.requireNonNull(sourceKeys, "sourceKeys"));
        Objects.requireNonNull(review, "review");
        formerQuestions = FormerTexts.copy(formerQuestions, "formerQuestions");
    }

    /** A milestone whose question has had no other wording. */
    public Milestone(String id, String areaId, String checkpointId, LocalizedText question, Polarity polarity,
            boolean redFlag, TypicalAge typicalAge, Counting counting, List<String> formerIds, List<String> sourceKeys,
            Review review) {
        this(id, areaId, checkpointId, question, polarity, redFlag, typicalAge, counting, formerIds, sourceKeys, review,
                Map.of());
    }

    /** The age in months by which about 3 in 4 children do it. */
    public int mostByMonths() {
        return typicalAge.mostByMonths();
    }

    /** True when the answer counts towards the area's status; false for information only. */
    public boolean isScored() {
        return counting == Counting.SCORED;
    }

    /** True when CDC's 2022 checklists list this skill at this age. */
    public boolean isCdcListed() {
        return typicalAge.evidence() == AgeEvidence.CDC_2022;
    }

    /** This milestone with another question, everything else the same (for a clinic rewording, and tests). */
    public Milestone withQuestion(LocalizedText otherQuestion) {
        return new Milestone(id, areaId, checkpointId, otherQuestion, polarity, redFlag, typicalAge, counting,
                formerIds, sourceKeys, review, formerQuestions);
    }
}
