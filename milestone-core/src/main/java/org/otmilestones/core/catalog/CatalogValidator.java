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
import org.otmilestones.core.Review;
import org.otmilestones.core.ScoringRules;
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
        LocalizedText name = check.text(f.name(), "$.name");

        List<Checkpoint> checkpoints = checkpoints(f.checkpoints());
        List<Area> areas = areas(f.areas());
        List<Source> sources = sources(f.sources());
        Set<String> checkpointIds = FieldChecks.ids(checkpoints, Checkpoint::id);
        Set<String> areaIds = FieldChecks.ids(areas, Area::id);
        Set<String> sourceKeys = FieldChecks.ids(sources, Source::key);
        List<Milestone> milestones = milestones(f.milestones(), areaIds, checkpointIds, sourceKeys);
        List<GeneralQuestion> general = generalQuestions(f.generalQuestions(), sourceKeys, milestones);
        List<Activity> activities = activities(f.activities(), areaIds, checkpointIds);
        Map<Guidance, LocalizedText> guidance = guidance(f.guidance());
        ScoringRules scoring = scoring(f.scoring());
        CorrectedAgeRule correctedAge = correctedAge(f.correctedAge());
        if (!check.problems.isEmpty()) {
            return null;
        }
        return Catalog.of(id, version, name, check.languages, checkpoints, areas, milestones, general, activities,
                guidance, sources, scoring, correctedAge);
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
            LocalizedText title = check.text(c.title(), path + ".title");
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
            LocalizedText plainName = check.text(a.plainName(), path + ".plainName");
            LocalizedText technicalName = check.text(a.technicalName(), path + ".technicalName");
            LocalizedText whatItIs = check.text(a.whatItIs(), path + ".whatItIs");
            LocalizedText whyItMatters = check.text(a.whyItMatters(), path + ".whyItMatters");
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
            LocalizedText text = check.text(s.text(), at + ".text");
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

    private List<Source> sources(List<CatalogFile.SourceJson> list) {
        List<Source> result = new ArrayList<>();
        if (check.isMissing(list, "$.sources")) {
            return result;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "$.sources[" + i + "]";
            CatalogFile.SourceJson s = list.get(i);
            if (s == null) {
                check.problem(path, "is null; expected a source object");
                continue;
            }
            String key = check.uniqueId(s.key(), path + ".key", seen, "source");
            boolean ok = key != null;
            if (s.title() == null || s.title().isBlank()) {
                check.problem(path + ".title", "missing or empty; expected the source's title");
                ok = false;
            }
            if (s.url() == null || !s.url().matches("https?://\\S+")) {
                check.problem(path + ".url", "is '" + s.url() + "'; expected an address starting with https:// or http://");
                ok = false;
            }
            if (ok) {
                result.add(new Source(key, s.title(), s.url()));
            }
        }
        return result;
    }

    private List<Milestone> milestones(List<CatalogFile.MilestoneJson> list, Set<String> areaIds,
            Set<String> checkpointIds, Set<String> sourceKeys) {
        List<Milestone> result = new ArrayList<>();
        if (check.isMissing(list, "$.milestones")) {
            return result;
        }
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
            ok &= check.reference(m.checkpoint(), checkpointIds, path + ".checkpoint", where + "checkpoint");
            LocalizedText question = check.text(m.question(), path + ".question");
            LocalizedText typicalAge = check.text(m.typicalAge(), path + ".typicalAge");
            Polarity polarity = check.oneOf(Polarity.class, m.polarity(), path + ".polarity", where + "polarity");
            Review review = check.oneOf(Review.class, m.review(), path + ".review", where + "review");
            if (m.redFlag() == null) {
                check.problem(path + ".redFlag", where + "missing; expected true or false");
                ok = false;
            }
            ok &= check.sourceList(m.sources(), sourceKeys, path + ".sources", where);
            if (ok && question != null && typicalAge != null && polarity != null && review != null) {
                result.add(new Milestone(id, m.area(), m.checkpoint(), question, polarity, m.redFlag(), typicalAge,
                        m.sources(), review));
            }
        }
        return result;
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
            LocalizedText question = check.text(q.question(), path + ".question");
            Polarity polarity = check.oneOf(Polarity.class, q.polarity(), path + ".polarity", where + "polarity");
            boolean ok = check.sourceList(q.sources(), sourceKeys, path + ".sources", where);
            if (ok && id != null && question != null && polarity != null) {
                result.add(new GeneralQuestion(id, question, polarity, q.sources()));
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
            LocalizedText text = check.text(a.text(), path + ".text");
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
            LocalizedText text = check.text(entry.getValue(), "$.guidance." + entry.getKey());
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

    private ScoringRules scoring(CatalogFile.ScoringJson s) {
        if (s == null) {
            check.problem("$.scoring", "missing; expected the scoring thresholds (see docs/catalog-format.md)");
            return null;
        }
        boolean ok = share(s.talkToOtWhenNotYetShareAbove(), "$.scoring.talkToOtWhenNotYetShareAbove");
        ok &= share(s.keepPracticingWhenSometimesShareAbove(), "$.scoring.keepPracticingWhenSometimesShareAbove");
        ok &= share(s.minAnsweredShare(), "$.scoring.minAnsweredShare");
        if (s.minAnswered() == null || s.minAnswered() < 1 || s.minAnswered() > 50) {
            check.problem("$.scoring.minAnswered", "is " + s.minAnswered() + "; expected a whole number from 1 to 50");
            ok = false;
        }
        return ok ? new ScoringRules(s.talkToOtWhenNotYetShareAbove(), s.keepPracticingWhenSometimesShareAbove(),
                s.minAnsweredShare(), s.minAnswered()) : null;
    }

    private boolean share(Double value, String path) {
        if (value == null || !(value >= 0.0 && value < 1.0)) {
            check.problem(path, "is " + value + "; expected a share from 0 up to (not including) 1, such as 0.5");
            return false;
        }
        return true;
    }

    private CorrectedAgeRule correctedAge(CatalogFile.CorrectedAgeJson c) {
        if (c == null) {
            check.problem("$.correctedAge", "missing; expected pretermBeforeWeeks, termWeeks and correctUntilMonths");
            return null;
        }
        try {
            return new CorrectedAgeRule(orMinusOne(c.pretermBeforeWeeks()), orMinusOne(c.termWeeks()),
                    orMinusOne(c.correctUntilMonths()));
        } catch (IllegalArgumentException e) {
            check.problem("$.correctedAge", e.getMessage());
            return null;
        }
    }

    private static int orMinusOne(Integer value) {
        return value == null ? -1 : value;
    }
}
