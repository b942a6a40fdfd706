package org.otmilestones.core.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.otmilestones.core.AgeEvidence;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.Counting;
import org.otmilestones.core.Evidence;
import org.otmilestones.core.EvidenceKind;
import org.otmilestones.core.LocalizedText;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.Polarity;
import org.otmilestones.core.Review;
import org.otmilestones.core.Source;
import org.otmilestones.core.TypicalAge;
import org.otmilestones.core.UnscoredReason;

/**
 * Checks a catalog file's milestones, with the two content rules every catalog must keep: the
 * placement rule (a milestone sits at the first checkpoint whose age is at least its
 * {@code mostByMonths}), the source rule (a milestone marked {@code SOURCED} cites at least one
 * source that is not of kind {@code OTHER}) and the evidence rule (a scored milestone has an evidence
 * record; an information-only one says why it is not counted).
 */
final class MilestoneChecks {

    private final FieldChecks check;

    MilestoneChecks(FieldChecks check) {
        this.check = check;
    }

    /**
     * The first checkpoint whose age is at least this many months: where a skill most children have by
     * then belongs. Empty when the age is past the last checkpoint.
     */
    static Optional<Checkpoint> placement(List<Checkpoint> checkpoints, int mostByMonths) {
        return checkpoints.stream().filter(c -> c.ageMonths() >= mostByMonths).findFirst();
    }

    List<Milestone> milestones(List<CatalogFile.MilestoneJson> list, Set<String> areaIds, List<Checkpoint> checkpoints,
            Set<String> sourceKeys, Map<String, Source> sources) {
        List<Milestone> result = new ArrayList<>();
        if (check.isMissing(list, "$.milestones")) {
            return result;
        }
        Map<String, Checkpoint> checkpointsById = new HashMap<>();
        checkpoints.forEach(c -> checkpointsById.put(c.id(), c));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "$.milestones[" + i + "]";
            CatalogFile.MilestoneJson m = list.get(i);
            if (m == null) {
                check.problem(path, "is null; expected a milestone object");
                continue;
            }
            String id = check.uniqueId(m.id(), path + ".id", seen, "milestone");
            String where = id == null ? "" : "milestone '" + id + "': ";
            boolean ok = id != null;
            ok &= check.reference(m.area(), areaIds, path + ".area", where + "area");
            ok &= check.reference(m.checkpoint(), checkpointsById.keySet(), path + ".checkpoint", where + "checkpoint");
            LocalizedText question = check.text(m.question(), path + ".question");
            Polarity polarity = check.oneOf(Polarity.class, m.polarity(), path + ".polarity", where + "polarity");
            Review review = check.oneOf(Review.class, m.review(), path + ".review", where + "review");
            if (m.redFlag() == null) {
                check.problem(path + ".redFlag", where + "missing; expected true or false");
                ok = false;
            }
            TypicalAge age = typicalAge(m, path, where);
            ok &= check.sourceList(m.sources(), sourceKeys, path + ".sources", where);
            // Information only is never counted; a red flag on it still sends the family to the doctor.
            Counting counting = Boolean.FALSE.equals(m.scored()) ? Counting.INFORMATION_ONLY : Counting.SCORED;
            Optional<Evidence> evidence = evidence(m.evidence(), m.sources(), path + ".evidence", where);
            ok &= evidence != null;
            Optional<UnscoredReason> unscoredReason = unscoredReason(m, counting, evidence, path, where);
            ok &= unscoredReason != null;
            List<String> formerIds = formerIds(m.formerIds(), path + ".formerIds", id);
            ok &= formerIds != null;
            Map<String, List<String>> formerQuestions = new FormerQuestionChecks(check).read(m.formerQuestions(),
                    question, path + ".formerQuestions");
            ok &= formerQuestions != null;
            Checkpoint checkpoint = checkpointsById.get(m.checkpoint());
            if (age != null && checkpoint != null) {
                ok &= placed(age, checkpoint, checkpoints, path, where);
            }
            if (ok && review == Review.SOURCED && sources.keySet().containsAll(m.sources())) {
                ok &= supported(m.sources(), sources, path, where);
            }
            if (ok && question != null && polarity != null && review != null && age != null) {
                result.add(new Milestone(id, m.area(), m.checkpoint(), question, polarity, m.redFlag(), age, counting,
                        formerIds, m.sources(), review, formerQuestions, evidence, unscoredReason));
            }
        }
        return result;
    }

    /**
     * The evidence record, checked: its source is one the milestone cites, its age with at most two decimals, its
     * percent 1 to 100 (CDC 2022: 75). Empty when the file gives none; null after a problem.
     */
    private Optional<Evidence> evidence(CatalogFile.EvidenceJson e, List<String> sourceKeys, String path, String where) {
        if (e == null) {
            return Optional.empty();
        }
        EvidenceKind kind = check.oneOf(EvidenceKind.class, e.kind(), path + ".kind", where + "evidence kind");
        boolean ok = kind != null;
        if (e.source() == null || sourceKeys == null || !sourceKeys.contains(e.source())) {
            check.problem(path + ".source", where + "evidence source '" + e.source()
                    + "' is not one of the milestone's sources " + sourceKeys + "; cite it in sources too");
            ok = false;
        }
        if (e.measured() == null || e.measured().isBlank()) {
            check.problem(path + ".measured", where + "missing; expected what the source measured, such as "
                    + "Denver \"tower of 6 cubes\" or \"CDC 2022 checklist skill\"");
            ok = false;
        }
        if (e.ageMonths() == null) {
            check.problem(path + ".ageMonths", where + "missing; expected the age in months the source gives, "
                    + "with at most two decimals, such as 21.5");
            ok = false;
        }
        if (!ok) {
            return null;
        }
        try {
            return Optional.of(new Evidence(e.source(), e.measured(), e.ageMonths(),
                    e.percent() == null ? OptionalInt.empty() : OptionalInt.of(e.percent()), kind));
        } catch (IllegalArgumentException bad) {
            check.problem(path, where + bad.getMessage()
                    + "; leave percent out when the source states none (an average age or a list of typical ages)");
            return null;
        }
    }

    /**
     * The evidence rule: a scored milestone has an evidence record and no unscored reason; an
     * information-only one names its reason. Null after a problem.
     */
    private Optional<UnscoredReason> unscoredReason(CatalogFile.MilestoneJson m, Counting counting,
            Optional<Evidence> evidence, String path, String where) {
        if (counting == Counting.SCORED) {
            boolean ok = true;
            if (evidence != null && evidence.isEmpty()) {
                check.problem(path + ".evidence", where + "is scored but has no evidence record; give the source, what "
                        + "it measured, its age and percent (see docs/catalog-format.md), or make it \"scored\": false "
                        + "with an unscoredReason such as NO_AGE_EVIDENCE");
                ok = false;
            }
            if (m.unscoredReason() != null) {
                check.problem(path + ".unscoredReason", where + "is scored, so it takes no unscoredReason; remove it, or "
                        + "set \"scored\": false");
                ok = false;
            }
            return ok ? Optional.empty() : null;
        }
        if (m.unscoredReason() == null) {
            check.problem(path + ".unscoredReason", where + "is not scored but does not say why; expected one of "
                    + java.util.Arrays.toString(UnscoredReason.values()));
            return null;
        }
        UnscoredReason reason = check.oneOf(UnscoredReason.class, m.unscoredReason(), path + ".unscoredReason",
                where + "unscoredReason");
        return reason == null ? null : Optional.of(reason);
    }

    private TypicalAge typicalAge(CatalogFile.MilestoneJson m, String path, String where) {
        AgeEvidence evidence = check.oneOf(AgeEvidence.class, m.ageEvidence(), path + ".ageEvidence",
                where + "ageEvidence");
        Integer mostBy = m.mostByMonths();
        if (mostBy == null || mostBy < 0 || mostBy > TypicalAge.MAX_MONTHS) {
            check.problem(path + ".mostByMonths", where + "is " + mostBy + "; expected the age in whole months (0 to "
                    + TypicalAge.MAX_MONTHS + ") by which about 3 in 4 children do it");
            return null;
        }
        Integer emerges = m.emergesMonths();
        if (emerges != null && (emerges < 0 || emerges > mostBy)) {
            check.problem(path + ".emergesMonths", where + "is " + emerges + "; expected the age in whole months when "
                    + "the skill first appears, from 0 up to mostByMonths (" + mostBy + ")");
            return null;
        }
        return evidence == null ? null
                : new TypicalAge(mostBy, emerges == null ? OptionalInt.empty() : OptionalInt.of(emerges), evidence);
    }

    /** The placement rule: the milestone's checkpoint is the first one at or after its mostByMonths. */
    private boolean placed(TypicalAge age, Checkpoint checkpoint, List<Checkpoint> checkpoints, String path,
            String where) {
        Optional<Checkpoint> belongs = placement(checkpoints, age.mostByMonths());
        if (belongs.isEmpty()) {
            Checkpoint last = checkpoints.get(checkpoints.size() - 1);
            check.problem(path + ".mostByMonths", where + "most children do it by " + age.mostByMonths()
                    + " months, after the last checkpoint (" + last.id() + ", " + last.ageMonths()
                    + " months); leave it out, or add a checkpoint for that age");
            return false;
        }
        if (!belongs.get().equals(checkpoint)) {
            check.problem(path + ".checkpoint", where + "sits at " + checkpoint.id() + " (" + checkpoint.ageMonths()
                    + " months), but most children do it by " + age.mostByMonths() + " months (mostByMonths), so it "
                    + "belongs at " + belongs.get().id() + ", the first checkpoint at or after that age; move it to "
                    + belongs.get().id() + " (with a new id that keeps the old one in formerIds), or correct mostByMonths");
            return false;
        }
        return true;
    }

    /** The source rule: a milestone marked SOURCED cites at least one source a clinician accepts. */
    private boolean supported(List<String> keys, Map<String, Source> sources, String path, String where) {
        boolean authoritative = keys.stream().map(sources::get).anyMatch(s -> s != null && s.kind().isAuthoritative());
        if (!authoritative) {
            check.problem(path + ".sources", where + "is marked SOURCED but cites only sources of kind OTHER ("
                    + String.join(", ", keys) + "); cite a GOVERNMENT, PROFESSIONAL_BODY, PEER_REVIEWED or "
                    + "INSTRUMENT_OR_TEXTBOOK source, or mark it NEEDS_REVIEW");
            return false;
        }
        return true;
    }

    private List<String> formerIds(List<String> ids, String path, String ownId) {
        if (ids == null) {
            return List.of();
        }
        boolean ok = true;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String former = check.requireId(ids.get(i), path + "[" + i + "]");
            if (former == null) {
                ok = false;
            } else if (former.equals(ownId) || !seen.add(former)) {
                check.problem(path + "[" + i + "]", "'" + former + "' is the milestone's own id or listed twice");
                ok = false;
            }
        }
        return ok ? ids : null;
    }

    /**
     * Former ids share the one id space of milestones and general questions: a survey column names
     * any of them, so each may belong to one question only.
     */
    void formerIdsAreUnique(List<CatalogFile.MilestoneJson> list, Set<String> questionIds) {
        if (list == null) {
            return;
        }
        Map<String, String> owner = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            CatalogFile.MilestoneJson m = list.get(i);
            if (m == null || m.formerIds() == null) {
                continue;
            }
            for (int f = 0; f < m.formerIds().size(); f++) {
                String former = m.formerIds().get(f);
                if (former == null) {
                    continue;
                }
                String path = "$.milestones[" + i + "].formerIds[" + f + "]";
                if (questionIds.contains(former) && !former.equals(m.id())) {
                    check.problem(path, "'" + former + "' is the id of another question; a former id must not be in use");
                }
                String previous = owner.putIfAbsent(former, m.id());
                if (previous != null && !previous.equals(m.id())) {
                    check.problem(path, "'" + former + "' is also a former id of milestone '" + previous
                            + "'; each former id belongs to one milestone");
                }
            }
        }
    }
}
