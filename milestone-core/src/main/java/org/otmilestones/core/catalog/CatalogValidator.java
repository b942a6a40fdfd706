package org.otmilestones.core.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.otmilestones.core.Activity;
import org.otmilestones.core.Area;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.CorrectedAgeRule;
import org.otmilestones.core.GeneralQuestion;
import org.otmilestones.core.Guidance;
import org.otmilestones.core.LocalizedText;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.Polarity;
import org.otmilestones.core.Publisher;
import org.otmilestones.core.JudgementModel;
import org.otmilestones.core.ScoringRules;
import org.otmilestones.core.SensorySign;
import org.otmilestones.core.SensorySigns;
import org.otmilestones.core.Sign;
import org.otmilestones.core.Source;

/**
 * Checks a parsed catalog file and builds the domain {@link Catalog}, collecting every problem with
 * its JSON path rather than stopping at the first.
 */
final class CatalogValidator {

    private final FieldChecks check = new FieldChecks();

    static Catalog validate(CatalogFile file, String fileName) throws CatalogException {
        CatalogValidator validator = new CatalogValidator();
        Catalog catalog = validator.build(file);
        if (!validator.check.problems.isEmpty()) {
            throw new CatalogException(fileName, validator.check.problems);
        }
        return catalog;
    }

    private Catalog build(CatalogFile f) {
        String id = check.requireId(f.id(), "$.id");
        String version = check.requireId(f.version(), "$.version");
        check.languages = languages(f.languages());
        LocalizedText name = check.text(f.name(), "$.name", TextCaps.CATALOG_NAME);

        List<Checkpoint> checkpoints = checkpoints(f.checkpoints());
        List<Area> areas = areas(f.areas());
        SourceChecks sourceChecks = new SourceChecks(check);
        List<Publisher> publishers = sourceChecks.publishers(f.publishers());
        Map<String, Publisher> publishersById = new LinkedHashMap<>();
        publishers.forEach(p -> publishersById.put(p.id(), p));
        List<Source> sources = sourceChecks.sources(f.sources(), publishersById);
        Map<String, Source> sourcesByKey = new LinkedHashMap<>();
        sources.forEach(s -> sourcesByKey.put(s.key(), s));
        Set<String> checkpointIds = FieldChecks.ids(checkpoints, Checkpoint::id);
        Set<String> areaIds = FieldChecks.ids(areas, Area::id);
        MilestoneChecks milestoneChecks = new MilestoneChecks(check);
        List<Milestone> milestones = milestoneChecks.milestones(f.milestones(), areaIds, checkpoints,
                sourceChecks.declaredKeys, sourcesByKey);
        List<GeneralQuestion> general = generalQuestions(f.generalQuestions(), sourceChecks.declaredKeys, milestones);
        Set<String> questionIds = new HashSet<>(FieldChecks.ids(milestones, Milestone::id));
        general.forEach(q -> questionIds.add(q.id()));
        milestoneChecks.formerIdsAreUnique(f.milestones(), questionIds);
        new FormerQuestionChecks(check).uniqueAcrossQuestions(milestones, general, f.milestones(), f.generalQuestions());
        List<Activity> activities = activities(f.activities(), areaIds, checkpointIds);
        Map<Guidance, LocalizedText> guidance = guidance(f.guidance());
        ScoringRules scoring = scoring(f.scoring(), sourceChecks.declaredKeys);
        CorrectedAgeRule correctedAge = correctedAge(f.correctedAge(), sourceChecks.declaredKeys);
        List<String> retiredIds = retiredIds(f.retiredIds(), f.milestones(), questionIds);
        SensorySigns signs = sensorySigns(f.sensorySigns(), sourceChecks.declaredKeys, questionIds);
        if (!check.problems.isEmpty()) {
            return null;
        }
        return Catalog.of(id, version, name, check.languages, checkpoints, areas, milestones, general, activities,
                guidance, publishers, sources, scoring, correctedAge, retiredIds).withSensorySigns(signs);
    }

    private List<String> languages(List<String> declared) {
        if (declared == null || declared.isEmpty()) {
            check.problem("$.languages", "missing; expected a list of language codes such as [\"en\"]");
            return List.of("en");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < declared.size(); i++) {
            String code = declared.get(i);
            if (code == null || !code.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
                check.problem("$.languages[" + i + "]", "'" + code + "' is not a language code; expected one such as \"en\" or \"es\"");
            } else if (!seen.add(code)) {
                check.problem("$.languages[" + i + "]", "'" + code + "' is listed twice");
            }
        }
        return List.copyOf(declared.stream().filter(c -> c != null).toList());
    }

    private List<Checkpoint> checkpoints(List<CatalogFile.CheckpointJson> list) {
        List<Checkpoint> result = new ArrayList<>();
        if (check.isMissing(list, "$.checkpoints")) {
            return result;
        }
        Set<String> seen = new HashSet<>();
        int previousAge = -1;
        for (int i = 0; i < list.size(); i++) {
            String path = "$.checkpoints[" + i + "]";
            CatalogFile.CheckpointJson c = list.get(i);
            if (c == null) {
                check.problem(path, "is null; expected a checkpoint object");
                continue;
            }
            String id = check.uniqueId(c.id(), path + ".id", seen, "checkpoint");
            LocalizedText title = check.text(c.title(), path + ".title", TextCaps.CHECKPOINT_TITLE);
            if (c.ageMonths() == null || c.ageMonths() < 0 || c.ageMonths() > 240) {
                check.problem(path + ".ageMonths", "is " + c.ageMonths() + "; expected whole months from 0 to 240");
                continue;
            }
            if (c.ageMonths() <= previousAge) {
                check.problem(path + ".ageMonths", "checkpoint '" + id + "' at " + c.ageMonths()
                        + " months is not after the one before it (" + previousAge + " months); list checkpoints youngest first");
            }
            previousAge = c.ageMonths();
            if (id != null && title != null) {
                result.add(new Checkpoint(id, c.ageMonths(), title));
            }
        }
        return result;
    }

    private List<Area> areas(List<CatalogFile.AreaJson> list) {
        List<Area> result = new ArrayList<>();
        if (check.isMissing(list, "$.areas")) {
            return result;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "$.areas[" + i + "]";
            CatalogFile.AreaJson a = list.get(i);
            if (a == null) {
                check.problem(path, "is null; expected an area object");
                continue;
            }
            String id = check.uniqueId(a.id(), path + ".id", seen, "area");
            LocalizedText plainName = check.text(a.plainName(), path + ".plainName", TextCaps.AREA_NAME);
            LocalizedText technicalName = check.text(a.technicalName(), path + ".technicalName", TextCaps.AREA_NAME);
            LocalizedText whatItIs = check.text(a.whatItIs(), path + ".whatItIs", TextCaps.AREA_TEXT);
            LocalizedText whyItMatters = check.text(a.whyItMatters(), path + ".whyItMatters", TextCaps.AREA_TEXT);
            List<Sign> signs = signs(a.signsOfDifficulty(), path + ".signsOfDifficulty");
            List<Sign> redFlags = signs(a.redFlags(), path + ".redFlags");
            if (id != null && plainName != null && technicalName != null && whatItIs != null && whyItMatters != null
                    && signs != null && redFlags != null) {
                result.add(new Area(id, plainName, technicalName, whatItIs, whyItMatters, signs, redFlags));
            }
        }
        return result;
    }

    private List<Sign> signs(List<CatalogFile.SignJson> list, String path) {
        if (list == null || list.isEmpty()) {
            check.problem(path, "missing or empty; expected a list of {\"text\": {...}, \"fromMonths\": N, \"toMonths\": N}");
            return null;
        }
        List<Sign> result = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = path + "[" + i + "]";
            CatalogFile.SignJson s = list.get(i);
            if (s == null) {
                check.problem(at, "is null; expected {\"text\": {...}} with optional fromMonths and toMonths");
                continue;
            }
            LocalizedText text = check.text(s.text(), at + ".text", TextCaps.SIGN);
            int from = s.fromMonths() == null ? 0 : s.fromMonths();
            boolean ok = text != null;
            if (from < 0 || from > 240) {
                check.problem(at + ".fromMonths", "is " + from + "; expected whole months from 0 to 240");
                ok = false;
            }
            if (s.toMonths() != null && (s.toMonths() < from || s.toMonths() > 240)) {
                check.problem(at + ".toMonths", "is " + s.toMonths() + "; expected whole months from fromMonths ("
                        + from + ") to 240");
                ok = false;
            }
            if (ok) {
                result.add(new Sign(text, from, s.toMonths() == null ? OptionalInt.empty() : OptionalInt.of(s.toMonths())));
            }
        }
        return result.size() == list.size() ? result : null;
    }

    private List<GeneralQuestion> generalQuestions(List<CatalogFile.GeneralQuestionJson> list, Set<String> sourceKeys,
            List<Milestone> milestones) {
        List<GeneralQuestion> result = new ArrayList<>();
        if (check.isMissing(list, "$.generalQuestions")) {
            return result;
        }
        // General questions and milestones share one id space: a survey column names either.
        Set<String> seen = new HashSet<>(FieldChecks.ids(milestones, Milestone::id));
        for (int i = 0; i < list.size(); i++) {
            String path = "$.generalQuestions[" + i + "]";
            CatalogFile.GeneralQuestionJson q = list.get(i);
            if (q == null) {
                check.problem(path, "is null; expected a question object");
                continue;
            }
            String id = check.uniqueId(q.id(), path + ".id", seen, "question");
            String where = id == null ? "" : "question '" + id + "': ";
            LocalizedText question = check.text(q.question(), path + ".question", TextCaps.GENERAL_QUESTION);
            Map<String, List<String>> formerQuestions = new FormerQuestionChecks(check).read(q.formerQuestions(),
                    question, path + ".formerQuestions");
            Polarity polarity = check.oneOf(Polarity.class, q.polarity(), path + ".polarity", where + "polarity");
            boolean ok = check.sourceList(q.sources(), sourceKeys, path + ".sources", where);
            if (ok && id != null && question != null && polarity != null && formerQuestions != null) {
                result.add(new GeneralQuestion(id, question, polarity, q.sources(), formerQuestions));
            }
        }
        return result;
    }

    private List<Activity> activities(List<CatalogFile.ActivityJson> list, Set<String> areaIds, Set<String> checkpointIds) {
        List<Activity> result = new ArrayList<>();
        if (check.isMissing(list, "$.activities")) {
            return result;
        }
        for (int i = 0; i < list.size(); i++) {
            String path = "$.activities[" + i + "]";
            CatalogFile.ActivityJson a = list.get(i);
            if (a == null) {
                check.problem(path, "is null; expected an activity object");
                continue;
            }
            boolean ok = check.reference(a.area(), areaIds, path + ".area", "area");
            ok &= check.reference(a.checkpoint(), checkpointIds, path + ".checkpoint", "checkpoint");
            LocalizedText text = check.text(a.text(), path + ".text", TextCaps.ACTIVITY);
            if (ok && text != null) {
                result.add(new Activity(a.area(), a.checkpoint(), text));
            }
        }
        return result;
    }

    private Map<Guidance, LocalizedText> guidance(Map<String, Map<String, String>> map) {
        Map<Guidance, LocalizedText> result = new EnumMap<>(Guidance.class);
        if (map == null) {
            check.problem("$.guidance", "missing; expected an object with the keys " + guidanceKeys());
            return result;
        }
        Map<String, Guidance> byKey = new LinkedHashMap<>();
        for (Guidance g : Guidance.values()) {
            byKey.put(g.key(), g);
        }
        for (Map.Entry<String, Map<String, String>> entry : map.entrySet()) {
            Guidance key = byKey.get(entry.getKey());
            if (key == null) {
                check.problem("$.guidance." + entry.getKey(), "'" + entry.getKey() + "' is not a guidance key; expected one of " + guidanceKeys());
                continue;
            }
            LocalizedText text = check.text(entry.getValue(), "$.guidance." + entry.getKey(), TextCaps.GUIDANCE);
            if (text != null) {
                result.put(key, text);
            }
        }
        for (Guidance g : Guidance.values()) {
            if (!map.containsKey(g.key())) {
                check.problem("$.guidance", "missing the text '" + g.key() + "'");
            }
        }
        return result;
    }

    private static String guidanceKeys() {
        return Arrays.stream(Guidance.values()).map(Guidance::key).collect(Collectors.joining(", "));
    }

    private ScoringRules scoring(CatalogFile.ScoringJson s, Set<String> sourceKeys) {
        if (s == null) {
            check.problem("$.scoring", "missing; expected the scoring thresholds (see docs/catalog-format.md)");
            return null;
        }
        boolean ok = true;
        if (s.sometimesCredit() == null || !(s.sometimesCredit() >= 0.0 && s.sometimesCredit() <= 1.0)) {
            check.problem("$.scoring.sometimesCredit", "is " + s.sometimesCredit()
                    + "; expected the credit of a \"sometimes\" from 0 to 1, such as 0.5 (half of a \"yes\")");
            ok = false;
        }
        ok &= share(s.talkToOtWhenCreditShareBelow(), "$.scoring.talkToOtWhenCreditShareBelow");
        ok &= share(s.keepPracticingWhenSometimesShareAbove(), "$.scoring.keepPracticingWhenSometimesShareAbove");
        ok &= share(s.minAnsweredShare(), "$.scoring.minAnsweredShare");
        if (s.minAnswered() == null || s.minAnswered() < 1 || s.minAnswered() > 50) {
            check.problem("$.scoring.minAnswered", "is " + s.minAnswered() + "; expected a whole number from 1 to 50");
            ok = false;
        }
        if (s.checklistWideWhenAreasNotOnTrackAtLeast() != null) {
            check.problem("$.scoring.checklistWideWhenAreasNotOnTrackAtLeast", "is a rule this version no longer has: the"
                    + " next step now comes from the answers read against each skill's age curve; remove it and add"
                    + " $.scoring.model (docs/catalog-format.md shows the default)");
            ok = false;
        }
        JudgementModel model = model(s.model(), sourceKeys);
        ok &= model != null;
        return ok ? new ScoringRules(s.sometimesCredit(), s.talkToOtWhenCreditShareBelow(),
                s.keepPracticingWhenSometimesShareAbove(), s.minAnsweredShare(), s.minAnswered(), model) : null;
    }

    private JudgementModel model(CatalogFile.ModelJson m, Set<String> sourceKeys) {
        if (m == null) {
            check.problem("$.scoring.model", "missing; expected the age-aware judgement's parameters"
                    + " (docs/catalog-format.md shows the default)");
            return null;
        }
        if (m.sources() != null && !check.sourceList(m.sources(), sourceKeys, "$.scoring.model.sources", "")) {
            return null;
        }
        Object[] values = {m.spreadMonths(), m.spreadGrowsAfterMonths(), m.answerCorrelation(), m.sometimesBand(),
            m.reviewWeight(), m.otEvaluationBelowZ(), m.areaOtEvaluationBelowZ(), m.checkAgainBelowZ(),
            m.sourcedAgreeBelowZ(), m.doctorSoonFromShare(), m.checkAgainAfterMonths()};
        String[] names = {"spreadMonths", "spreadGrowsAfterMonths", "answerCorrelation", "sometimesBand", "reviewWeight",
            "otEvaluationBelowZ", "areaOtEvaluationBelowZ", "checkAgainBelowZ", "sourcedAgreeBelowZ", "doctorSoonFromShare",
            "checkAgainAfterMonths"};
        boolean complete = true;
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                check.problem("$.scoring.model." + names[i], "missing; docs/catalog-format.md shows the default");
                complete = false;
            }
        }
        if (!complete) {
            return null;
        }
        try {
            return new JudgementModel(m.spreadMonths(), m.spreadGrowsAfterMonths(), m.answerCorrelation(),
                    m.sometimesBand(), m.reviewWeight(), m.otEvaluationBelowZ(), m.areaOtEvaluationBelowZ(),
                    m.checkAgainBelowZ(), m.sourcedAgreeBelowZ(), m.doctorSoonFromShare(), m.checkAgainAfterMonths(),
                    m.sources() == null ? List.of() : m.sources());
        } catch (IllegalArgumentException e) {
            check.problem("$.scoring.model", e.getMessage());
            return null;
        }
    }

    private boolean share(Double value, String path) {
        if (value == null || !(value >= 0.0 && value < 1.0)) {
            check.problem(path, "is " + value + "; expected a share from 0 up to (not including) 1, such as 0.5");
            return false;
        }
        return true;
    }

    /** Ids an earlier catalog asked and this one does not: each unique, and in use by no question. */
    private List<String> retiredIds(List<String> ids, List<CatalogFile.MilestoneJson> milestones, Set<String> questionIds) {
        if (ids == null) {
            return List.of();
        }
        Set<String> inUse = new HashSet<>(questionIds);
        if (milestones != null) {
            milestones.stream().filter(m -> m != null && m.formerIds() != null).forEach(m -> inUse.addAll(m.formerIds()));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String path = "$.retiredIds[" + i + "]";
            String retired = check.uniqueId(ids.get(i), path, seen, "retired");
            if (retired != null && inUse.contains(retired)) {
                check.problem(path, "'" + retired + "' is still a question's id or former id; a retired id is one no "
                        + "question answers any more");
            }
        }
        return ids;
    }

    /** The optional sensory sign questions: each with an id no question has, a kind, both texts and a source. */
    private SensorySigns sensorySigns(CatalogFile.SensorySignsJson s, Set<String> sourceKeys, Set<String> questionIds) {
        if (s == null) {
            return SensorySigns.NONE;
        }
        List<SensorySign> signs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<CatalogFile.SensorySignJson> list = s.signs() == null ? List.of() : s.signs();
        for (int i = 0; i < list.size(); i++) {
            CatalogFile.SensorySignJson j = list.get(i);
            String path = "$.sensorySigns.signs[" + i + "]";
            boolean ok = true;
            if (j.id() == null || j.id().isBlank() || !j.id().equals(j.id().strip()) || questionIds.contains(j.id())
                    || !seen.add(j.id())) {
                check.problem(path + ".id", "is " + j.id() + "; expected a non-blank id that no question or other"
                        + " sign has");
                ok = false;
            }
            SensorySign.Kind kind = null;
            try {
                kind = SensorySign.Kind.valueOf(String.valueOf(j.kind()));
            } catch (IllegalArgumentException e) {
                check.problem(path + ".kind", "is " + j.kind() + "; expected AVOIDING or SEEKING");
                ok = false;
            }
            LocalizedText question = check.text(j.question(), path + ".question");
            ok &= question != null && check.sourceList(j.sources(), sourceKeys, path + ".sources", "");
            if (ok) {
                signs.add(new SensorySign(j.id(), kind, question, j.fromMonths() == null ? 0 : j.fromMonths(), j.sources()));
            }
        }
        if (s.sources() != null && !check.sourceList(s.sources(), sourceKeys, "$.sensorySigns.sources", "")) {
            return SensorySigns.NONE;
        }
        try {
            return new SensorySigns(signs, orMinusOne(s.fromMonths()), orMinusOne(s.checkAgainFromSigns()),
                    orMinusOne(s.otEvaluationFromSignsOfOneKind()), s.sources() == null ? List.of() : s.sources());
        } catch (IllegalArgumentException e) {
            check.problem("$.sensorySigns", e.getMessage());
            return SensorySigns.NONE;
        }
    }

    private CorrectedAgeRule correctedAge(CatalogFile.CorrectedAgeJson c, Set<String> sourceKeys) {
        if (c == null) {
            check.problem("$.correctedAge", "missing; expected pretermBeforeWeeks, termWeeks and correctUntilMonths");
            return null;
        }
        if (c.sources() != null && !check.sourceList(c.sources(), sourceKeys, "$.correctedAge.sources", "")) {
            return null;
        }
        try {
            return new CorrectedAgeRule(orMinusOne(c.pretermBeforeWeeks()), orMinusOne(c.termWeeks()),
                    orMinusOne(c.correctUntilMonths()), c.sources() == null ? List.of() : c.sources());
        } catch (IllegalArgumentException e) {
            check.problem("$.correctedAge", e.getMessage());
            return null;
        }
    }

    private static int orMinusOne(Integer value) {
        return value == null ? -1 : value;
    }
}
