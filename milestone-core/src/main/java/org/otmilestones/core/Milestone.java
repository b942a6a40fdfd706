package org.otmilestones.core;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 * @param evidence what the best source measured and the age and percent it gives, citing one of
 *        {@code sourceKeys}; a catalog file must give it for every scored milestone
 * @param unscoredReason why an information-only milestone is not counted; empty for a scored one
 */
public record Milestone(String id, String areaId, String checkpointId, LocalizedText question, Polarity polarity,
        boolean redFlag, TypicalAge typicalAge, Counting counting, List<String> formerIds, List<String> sourceKeys,
        Review review, Map<String, List<String>> formerQuestions, Optional<Evidence> evidence,
        Optional<UnscoredReason> unscoredReason) {

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
        Objects.requireNonNull(evidence, "evidence");
        if (evidence.isPresent() && !sourceKeys.contains(evidence.get().sourceKey())) {
            throw new IllegalArgumentException("evidence cites '" + evidence.get().sourceKey()
                    + "', which is not one of the milestone's sourceKeys " + sourceKeys);
        }
        Objects.requireNonNull(unscoredReason, "unscoredReason");
        if (counting == Counting.SCORED && unscoredReason.isPresent()) {
            throw new IllegalArgumentException("unscoredReason must be empty for a scored milestone, was "
                    + unscoredReason.get());
        }
    }

    /** A milestone with no evidence record or unscored reason (for tests and hand-made catalogs). */
    public Milestone(String id, String areaId, String checkpointId, LocalizedText question, Polarity polarity,
            boolean redFlag, TypicalAge typicalAge, Counting counting, List<String> formerIds, List<String> sourceKeys,
            Review review, Map<String, List<String>> formerQuestions) {
        this(id, areaId, checkpointId, question, polarity, redFlag, typicalAge, counting, formerIds, sourceKeys, review,
                formerQuestions, Optional.empty(), Optional.empty());
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

    /** True when the evidence record's source states what share of children have the skill by its age. */
    public boolean restsOnAStatedPercent() {
        return evidence.map(Evidence::statesPercent).orElse(false);
    }

    /** True when CDC's 2022 checklists list this skill at this age. */
    public boolean isCdcListed() {
        return typicalAge.evidence() == AgeEvidence.CDC_2022;
    }

    /** This milestone with another question, everything else the same (for a clinic rewording, and tests). */
    public Milestone withQuestion(LocalizedText otherQuestion) {
        return new Milestone(id, areaId, checkpointId, otherQuestion, polarity, redFlag, typicalAge, counting,
                formerIds, sourceKeys, review, formerQuestions, evidence, unscoredReason);
    }
}
