package org.otmilestones.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A milestone catalog: the areas, the checkpoints and their milestones, home activities,
 * guidance texts, sources and scoring rules; load one with {@code Catalogs} in the catalog package.
 *
 * @param id the catalog's id
 * @param version the catalog's version
 * @param name the catalog's name, for the handout's last page
 * @param languages the languages every text has, the first being the default
 * @param checkpoints the checkpoints, youngest first
 * @param areas the areas, in the order a handout shows them
 * @param milestones every milestone
 * @param generalQuestions red-flag questions asked at every checkpoint
 * @param activities home activities
 * @param guidance guidance texts, one for each {@link Guidance} key
 * @param sources the sources milestones cite
 * @param scoring the scoring thresholds
 * @param correctedAge the rule for correcting a preterm child's age
 */
public record Catalog(String id, String version, LocalizedText name, List<String> languages,
        List<Checkpoint> checkpoints, List<Area> areas, List<Milestone> milestones,
        List<GeneralQuestion> generalQuestions, List<Activity> activities, Map<Guidance, LocalizedText> guidance,
        List<Source> sources, ScoringRules scoring, CorrectedAgeRule correctedAge) {

    public Catalog {
        Ids.require(id, "id");
        Ids.require(version, "version");
        Objects.requireNonNull(name, "name");
        languages = List.copyOf(languages);
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("languages must not be empty");
        }
        checkpoints = List.copyOf(checkpoints);
        areas = List.copyOf(areas);
        milestones = List.copyOf(milestones);
        generalQuestions = List.copyOf(generalQuestions);
        activities = List.copyOf(activities);
        guidance = Map.copyOf(new EnumMap<>(guidance));
        sources = List.copyOf(sources);
        Objects.requireNonNull(scoring, "scoring");
        Objects.requireNonNull(correctedAge, "correctedAge");

        for (int i = 1; i < checkpoints.size(); i++) {
            if (checkpoints.get(i).ageMonths() <= checkpoints.get(i - 1).ageMonths()) {
                throw new IllegalArgumentException("checkpoints must be in order of age: "
                        + checkpoints.get(i).id() + " comes after " + checkpoints.get(i - 1).id());
            }
        }
        Map<String, Checkpoint> checkpointById = index(checkpoints, Checkpoint::id, "checkpoint");
        Map<String, Area> areaById = index(areas, Area::id, "area");
        Map<String, Source> sourceByKey = index(sources, Source::key, "source");
        index(milestones, Milestone::id, "milestone");
        index(generalQuestions, GeneralQuestion::id, "general question");
        for (Milestone m : milestones) {
            requireKnown(areaById, m.areaId(), "milestone " + m.id() + " area");
            requireKnown(checkpointById, m.checkpointId(), "milestone " + m.id() + " checkpoint");
            m.sourceKeys().forEach(key -> requireKnown(sourceByKey, key, "milestone " + m.id() + " source"));
        }
        for (Activity a : activities) {
            requireKnown(areaById, a.areaId(), "activity area");
            requireKnown(checkpointById, a.checkpointId(), "activity checkpoint");
        }
        for (Guidance key : Guidance.values()) {
            if (!guidance.containsKey(key)) {
                throw new IllegalArgumentException("guidance is missing " + key.key());
            }
        }
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id, String what) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (T item : items) {
            if (byId.put(id.apply(item), item) != null) {
                throw new IllegalArgumentException("duplicate " + what + " id: " + id.apply(item));
            }
        }
        return byId;
    }

    private static void requireKnown(Map<String, ?> byId, String id, String what) {
        if (!byId.containsKey(id)) {
            throw new IllegalArgumentException(what + " '" + id + "' is not in the catalog");
        }
    }

    /**
     * The lookups by id, built once per catalog: scoring and every handout look up each answered
     * milestone, its activities and its sources, and scanning the lists for each lookup took most
     * of the scoring time. A record holds no other fields, so the index of the catalog used last
     * is kept here; a program that switches between catalogs only rebuilds it.
     */
    private static volatile Index lastIndex;

    private Index index() {
        Index index = lastIndex;
        if (index == null || index.catalog != this) {
            index = new Index(this);
            lastIndex = index;
        }
        return index;
    }

    /** Every lookup of one catalog instance; immutable once built, so threads may share it. */
    private static final class Index {
        final Catalog catalog;
        final Map<String, Area> areas;
        final Map<String, Checkpoint> checkpoints;
        final Map<String, Milestone> milestones;
        final Map<String, GeneralQuestion> generalQuestions;
        final Map<String, Source> sources;
        final Map<String, List<Milestone>> milestonesByCheckpoint;
        final Map<String, Map<String, List<Milestone>>> milestonesByAreaAndCheckpoint;
        final Map<String, Map<String, List<Activity>>> activitiesByAreaAndCheckpoint;

        Index(Catalog catalog) {
            this.catalog = catalog;
            // Ids are unique (the constructor checks), so each map holds exactly what a scan would find.
            areas = byId(catalog.areas, Area::id);
            checkpoints = byId(catalog.checkpoints, Checkpoint::id);
            milestones = byId(catalog.milestones, Milestone::id);
            generalQuestions = byId(catalog.generalQuestions, GeneralQuestion::id);
            sources = byId(catalog.sources, Source::key);
            milestonesByCheckpoint = grouped(catalog.milestones, Milestone::checkpointId);
            milestonesByAreaAndCheckpoint = byArea(catalog.milestones, Milestone::areaId, Milestone::checkpointId);
            activitiesByAreaAndCheckpoint = byArea(catalog.activities, Activity::areaId, Activity::checkpointId);
        }

        static <T> List<T> get(Map<String, Map<String, List<T>>> byArea, String areaId, String checkpointId) {
            return byArea.getOrDefault(areaId, Map.of()).getOrDefault(checkpointId, List.of());
        }

        private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
            Map<String, T> byId = new HashMap<>();
            for (T item : items) {
                byId.putIfAbsent(id.apply(item), item);
            }
            return byId;
        }

        /** The items under each key, in catalog order. */
        private static <T> Map<String, List<T>> grouped(List<T> items, Function<T, String> key) {
            Map<String, List<T>> lists = new HashMap<>();
            for (T item : items) {
                lists.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item);
            }
            lists.replaceAll((k, list) -> List.copyOf(list));
            return lists;
        }

        /** The items of each area, then of each checkpoint, in catalog order. */
        private static <T> Map<String, Map<String, List<T>>> byArea(List<T> items, Function<T, String> area,
                Function<T, String> checkpoint) {
            Map<String, List<T>> byAreaOnly = grouped(items, area);
            Map<String, Map<String, List<T>>> byArea = new HashMap<>();
            byAreaOnly.forEach((areaId, list) -> byArea.put(areaId, grouped(list, checkpoint)));
            return byArea;
        }
    }

    /** The default language: the first declared. */
    public String defaultLanguage() {
        return languages.get(0);
    }

    /** The area with this id. */
    public Optional<Area> area(String areaId) {
        return Optional.ofNullable(index().areas.get(areaId));
    }

    /** The checkpoint with this id. */
    public Optional<Checkpoint> checkpoint(String checkpointId) {
        return Optional.ofNullable(index().checkpoints.get(checkpointId));
    }

    /** The milestone with this id. */
    public Optional<Milestone> milestone(String milestoneId) {
        return Optional.ofNullable(index().milestones.get(milestoneId));
    }

    /** The general question with this id. */
    public Optional<GeneralQuestion> generalQuestion(String questionId) {
        return Optional.ofNullable(index().generalQuestions.get(questionId));
    }

    /** The source with this key. */
    public Optional<Source> source(String key) {
        return Optional.ofNullable(index().sources.get(key));
    }

    /** The milestones of one checkpoint, in catalog order. */
    public List<Milestone> milestones(Checkpoint checkpoint) {
        return index().milestonesByCheckpoint.getOrDefault(checkpoint.id(), List.of());
    }

    /** The milestones of one area at one checkpoint, in catalog order. */
    public List<Milestone> milestones(Area area, Checkpoint checkpoint) {
        return Index.get(index().milestonesByAreaAndCheckpoint, area.id(), checkpoint.id());
    }

    /** The home activities for one area at one checkpoint. */
    public List<Activity> activities(Area area, Checkpoint checkpoint) {
        return Index.get(index().activitiesByAreaAndCheckpoint, area.id(), checkpoint.id());
    }

    /** The checkpoint after this one, if any. */
    public Optional<Checkpoint> next(Checkpoint checkpoint) {
        int index = checkpoints.indexOf(checkpoint);
        return index >= 0 && index + 1 < checkpoints.size() ? Optional.of(checkpoints.get(index + 1)) : Optional.empty();
    }

    /** A guidance text. */
    public LocalizedText guidance(Guidance key) {
        return guidance.get(key);
    }

    /** The keys of the sources milestones cite, each once, in the order first cited. */
    public List<Source> citedSources() {
        List<Source> cited = new ArrayList<>();
        for (Milestone m : milestones) {
            for (String key : m.sourceKeys()) {
                source(key).filter(s -> !cited.contains(s)).ifPresent(cited::add);
            }
        }
        cited.sort(Comparator.comparing(Source::key));
        return cited;
    }
}
