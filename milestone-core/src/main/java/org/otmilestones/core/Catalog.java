package org.otmilestones.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A milestone catalog: the areas, the checkpoints and their milestones, home activities, guidance
 * texts, publishers and sources, and scoring rules; load one with {@code Catalogs} in the catalog package.
 *
 * <p>Immutable and safe to share between threads. Each catalog builds its lookups by id once, when it
 * is made, so any number of catalogs (a clinic's own beside the bundled one) can be used in turn at
 * the same speed as one.
 */
public final class Catalog {

    private final String id;
    private final String version;
    private final LocalizedText name;
    private final List<String> languages;
    private final List<Checkpoint> checkpoints;
    private final List<Area> areas;
    private final List<Milestone> milestones;
    private final List<GeneralQuestion> generalQuestions;
    private final List<Activity> activities;
    private final Map<Guidance, LocalizedText> guidance;
    private final List<Publisher> publishers;
    private final List<Source> sources;
    private final ScoringRules scoring;
    private final CorrectedAgeRule correctedAge;
    private final List<String> retiredIds;
    private final Index index;
    private final SensorySigns sensorySigns;

    private Catalog(String id, String version, LocalizedText name, List<String> languages,
            List<Checkpoint> checkpoints, List<Area> areas, List<Milestone> milestones,
            List<GeneralQuestion> generalQuestions, List<Activity> activities, Map<Guidance, LocalizedText> guidance,
            List<Publisher> publishers, List<Source> sources, ScoringRules scoring, CorrectedAgeRule correctedAge,
            List<String> retiredIds, SensorySigns sensorySigns) {
        this.id = Ids.require(id, "id");
        this.version = Ids.require(version, "version");
        this.name = Objects.requireNonNull(name, "name");
        this.languages = List.copyOf(Objects.requireNonNull(languages, "languages"));
        if (this.languages.isEmpty()) {
            throw new IllegalArgumentException("languages must not be empty");
        }
        this.checkpoints = List.copyOf(Objects.requireNonNull(checkpoints, "checkpoints"));
        this.areas = List.copyOf(Objects.requireNonNull(areas, "areas"));
        this.milestones = List.copyOf(Objects.requireNonNull(milestones, "milestones"));
        this.generalQuestions = List.copyOf(Objects.requireNonNull(generalQuestions, "generalQuestions"));
        this.activities = List.copyOf(Objects.requireNonNull(activities, "activities"));
        this.guidance = Collections.unmodifiableMap(new EnumMap<>(Objects.requireNonNull(guidance, "guidance")));
        this.publishers = List.copyOf(Objects.requireNonNull(publishers, "publishers"));
        this.sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
        this.scoring = Objects.requireNonNull(scoring, "scoring");
        this.correctedAge = Objects.requireNonNull(correctedAge, "correctedAge");
        this.retiredIds = List.copyOf(Objects.requireNonNull(retiredIds, "retiredIds"));
        this.sensorySigns = Objects.requireNonNull(sensorySigns, "sensorySigns");

        for (int i = 1; i < this.checkpoints.size(); i++) {
            if (this.checkpoints.get(i).ageMonths() <= this.checkpoints.get(i - 1).ageMonths()) {
                throw new IllegalArgumentException("checkpoints must be in order of age: "
                        + this.checkpoints.get(i).id() + " comes after " + this.checkpoints.get(i - 1).id());
            }
        }
        this.index = new Index(this);
        for (Milestone m : this.milestones) {
            requireKnown(index.areas, m.areaId(), "milestone " + m.id() + " area");
            requireKnown(index.checkpoints, m.checkpointId(), "milestone " + m.id() + " checkpoint");
            m.sourceKeys().forEach(key -> requireKnown(index.sources, key, "milestone " + m.id() + " source"));
        }
        for (Source s : this.sources) {
            requireKnown(index.publishers, s.publisherId(), "source " + s.key() + " publisher");
        }
        this.correctedAge.sourceKeys().forEach(key -> requireKnown(index.sources, key, "correctedAge source"));
        for (String retired : this.retiredIds) {
            Ids.require(retired, "retiredIds entry");
            if (index.currentIds.containsKey(retired)) {
                throw new IllegalArgumentException("retired id " + retired + " is still a question id or a former id");
            }
        }
        for (Activity a : this.activities) {
            requireKnown(index.areas, a.areaId(), "activity area");
            requireKnown(index.checkpoints, a.checkpointId(), "activity checkpoint");
        }
        for (Guidance key : Guidance.values()) {
            if (!this.guidance.containsKey(key)) {
                throw new IllegalArgumentException("guidance is missing " + key.key());
            }
        }
        for (SensorySign sign : this.sensorySigns.signs()) {
            if (index.currentIds.containsKey(sign.id())) {
                throw new IllegalArgumentException("sensory sign id " + sign.id() + " is also a question's id");
            }
            sign.sourceKeys().forEach(key -> requireKnown(index.sources, key, "sensory sign " + sign.id() + " source"));
        }
        this.sensorySigns.sourceKeys().forEach(key -> requireKnown(index.sources, key, "sensory signs source"));
    }

    /**
     * A catalog of these parts; the catalog loader checks a file first and says where it is wrong, this
     * only refuses parts that do not fit together.
     *
     * @param id the catalog's id
     * @param version the catalog's version
     * @param name the catalog's name, for the handout
     * @param languages the languages every text has, the first being the default
     * @param checkpoints the checkpoints, youngest first
     * @param areas the areas, in the order a handout shows them
     * @param milestones every milestone
     * @param generalQuestions red-flag questions asked at every checkpoint
     * @param activities home activities
     * @param guidance guidance texts, one for each {@link Guidance} key
     * @param publishers the publishers of the sources
     * @param sources the sources milestones cite
     * @param scoring the scoring thresholds
     * @param correctedAge the rule for correcting a preterm child's age
     * @param retiredIds ids of questions that earlier catalogs asked and this one no longer does (with no
     *        successor to take their answers), so an old export's column for one is reported, not an error
     * @throws IllegalArgumentException when an id repeats (a former id counts as an id), a reference is
     *         unknown, checkpoints are out of order, a guidance text is missing or a retired id is in use
     */
    public static Catalog of(String id, String version, LocalizedText name, List<String> languages,
            List<Checkpoint> checkpoints, List<Area> areas, List<Milestone> milestones,
            List<GeneralQuestion> generalQuestions, List<Activity> activities, Map<Guidance, LocalizedText> guidance,
            List<Publisher> publishers, List<Source> sources, ScoringRules scoring, CorrectedAgeRule correctedAge,
            List<String> retiredIds) {
        return new Catalog(id, version, name, languages, checkpoints, areas, milestones, generalQuestions, activities,
                guidance, publishers, sources, scoring, correctedAge, retiredIds, SensorySigns.NONE);
    }

    /** This catalog with other milestones, everything else the same (for a clinic adapting a catalog, and tests). */
    public Catalog withMilestones(List<Milestone> otherMilestones) {
        return new Catalog(id, version, name, languages, checkpoints, areas, otherMilestones, generalQuestions,
                activities, guidance, publishers, sources, scoring, correctedAge, retiredIds, sensorySigns);
    }

    /** This catalog with other scoring rules, everything else the same (for a clinic trying its own thresholds, and the calibration). */
    public Catalog withScoring(ScoringRules otherScoring) {
        return new Catalog(id, version, name, languages, checkpoints, areas, milestones, generalQuestions,
                activities, guidance, publishers, sources, otherScoring, correctedAge, retiredIds, sensorySigns);
    }

    /**
     * This catalog with these sensory sign questions, everything else the same.
     *
     * @throws IllegalArgumentException when a sign's id is a question's id or a source is unknown
     */
    public Catalog withSensorySigns(SensorySigns signs) {
        return new Catalog(id, version, name, languages, checkpoints, areas, milestones, generalQuestions,
                activities, guidance, publishers, sources, scoring, correctedAge, retiredIds, signs);
    }

    /** The sign questions about how a child handles the senses, asked apart from the milestones. */
    public SensorySigns sensorySigns() {
        return sensorySigns;
    }

    private static void requireKnown(Map<String, ?> byId, String id, String what) {
        if (!byId.containsKey(id)) {
            throw new IllegalArgumentException(what + " '" + id + "' is not in the catalog");
        }
    }

    /** The catalog's id. */
    public String id() {
        return id;
    }

    /** The catalog's version. */
    public String version() {
        return version;
    }

    /** The catalog's name, for the handout. */
    public LocalizedText name() {
        return name;
    }

    /** The languages every text has, the first being the default. */
    public List<String> languages() {
        return languages;
    }

    /** The checkpoints, youngest first. */
    public List<Checkpoint> checkpoints() {
        return checkpoints;
    }

    /** The areas, in the order a handout shows them. */
    public List<Area> areas() {
        return areas;
    }

    /** Every milestone, in catalog order. */
    public List<Milestone> milestones() {
        return milestones;
    }

    /** The red-flag questions asked at every checkpoint. */
    public List<GeneralQuestion> generalQuestions() {
        return generalQuestions;
    }

    /** Every home activity, in catalog order. */
    public List<Activity> activities() {
        return activities;
    }

    /** The guidance texts, one for each {@link Guidance} key. */
    public Map<Guidance, LocalizedText> guidance() {
        return guidance;
    }

    /** The publishers of the sources. */
    public List<Publisher> publishers() {
        return publishers;
    }

    /** The sources milestones cite. */
    public List<Source> sources() {
        return sources;
    }

    /** The scoring thresholds. */
    public ScoringRules scoring() {
        return scoring;
    }

    /** The rule for correcting a preterm child's age. */
    public CorrectedAgeRule correctedAge() {
        return correctedAge;
    }

    /** Ids of questions earlier catalogs asked and this one no longer does, with no successor. */
    public List<String> retiredIds() {
        return retiredIds;
    }

    /** True when an earlier catalog asked a question with this id and this one no longer does. */
    public boolean isRetired(String questionId) {
        return retiredIds.contains(questionId);
    }

    /** Every lookup of one catalog, built once when the catalog is made; immutable, so threads share it. */
    private static final class Index {
        final Map<String, Area> areas;
        final Map<String, Checkpoint> checkpoints;
        final Map<String, Milestone> milestones;
        final Map<String, GeneralQuestion> generalQuestions;
        final Map<String, Source> sources;
        final Map<String, Publisher> publishers;
        /** Every milestone and general-question id, and each former id, to the id it is now. */
        final Map<String, String> currentIds;
        final Map<String, List<Milestone>> milestonesByCheckpoint;
        final Map<String, Map<String, List<Milestone>>> milestonesByAreaAndCheckpoint;
        final Map<String, Map<String, List<Activity>>> activitiesByAreaAndCheckpoint;

        Index(Catalog catalog) {
            areas = byId(catalog.areas, Area::id, "area");
            checkpoints = byId(catalog.checkpoints, Checkpoint::id, "checkpoint");
            milestones = byId(catalog.milestones, Milestone::id, "milestone");
            generalQuestions = byId(catalog.generalQuestions, GeneralQuestion::id, "general question");
            sources = byId(catalog.sources, Source::key, "source");
            publishers = byId(catalog.publishers, Publisher::id, "publisher");
            currentIds = currentIds(catalog);
            milestonesByCheckpoint = grouped(catalog.milestones, Milestone::checkpointId);
            milestonesByAreaAndCheckpoint = byArea(catalog.milestones, Milestone::areaId, Milestone::checkpointId);
            activitiesByAreaAndCheckpoint = byArea(catalog.activities, Activity::areaId, Activity::checkpointId);
        }

        private static Map<String, String> currentIds(Catalog catalog) {
            Map<String, String> current = new HashMap<>();
            catalog.milestones.forEach(m -> current.put(m.id(), m.id()));
            catalog.generalQuestions.forEach(q -> {
                if (current.put(q.id(), q.id()) != null) {
                    throw new IllegalArgumentException("general question id " + q.id() + " is also a milestone id");
                }
            });
            for (Milestone m : catalog.milestones) {
                for (String former : m.formerIds()) {
                    String other = current.put(former, m.id());
                    if (other != null) {
                        throw new IllegalArgumentException("former id " + former + " of milestone " + m.id()
                                + " is already the id or a former id of " + other);
                    }
                }
            }
            return current;
        }

        static <T> List<T> get(Map<String, Map<String, List<T>>> byArea, String areaId, String checkpointId) {
            return byArea.getOrDefault(areaId, Map.of()).getOrDefault(checkpointId, List.of());
        }

        private static <T> Map<String, T> byId(List<T> items, Function<T, String> id, String what) {
            Map<String, T> byId = new HashMap<>();
            for (T item : items) {
                if (byId.put(id.apply(item), item) != null) {
                    throw new IllegalArgumentException("duplicate " + what + " id: " + id.apply(item));
                }
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
        return Optional.ofNullable(index.areas.get(areaId));
    }

    /** The checkpoint with this id. */
    public Optional<Checkpoint> checkpoint(String checkpointId) {
        return Optional.ofNullable(index.checkpoints.get(checkpointId));
    }

    /** The milestone with this id. */
    public Optional<Milestone> milestone(String milestoneId) {
        return Optional.ofNullable(index.milestones.get(milestoneId));
    }

    /** The general question with this id. */
    public Optional<GeneralQuestion> generalQuestion(String questionId) {
        return Optional.ofNullable(index.generalQuestions.get(questionId));
    }

    /**
     * The id a question has in this catalog, for its current id or any of its former ids (a milestone
     * that moved to another checkpoint gets a new id and keeps the old one as a former id).
     */
    public Optional<String> currentId(String questionId) {
        return Optional.ofNullable(index.currentIds.get(questionId));
    }

    /** The publisher with this id. */
    public Optional<Publisher> publisher(String publisherId) {
        return Optional.ofNullable(index.publishers.get(publisherId));
    }

    /** The source with this key. */
    public Optional<Source> source(String key) {
        return Optional.ofNullable(index.sources.get(key));
    }

    /** The milestones of one checkpoint, in catalog order. */
    public List<Milestone> milestones(Checkpoint checkpoint) {
        return index.milestonesByCheckpoint.getOrDefault(checkpoint.id(), List.of());
    }

    /** The milestones of one area at one checkpoint, in catalog order. */
    public List<Milestone> milestones(Area area, Checkpoint checkpoint) {
        return Index.get(index.milestonesByAreaAndCheckpoint, area.id(), checkpoint.id());
    }

    /** The home activities for one area at one checkpoint. */
    public List<Activity> activities(Area area, Checkpoint checkpoint) {
        return Index.get(index.activitiesByAreaAndCheckpoint, area.id(), checkpoint.id());
    }

    /** The checkpoint after this one, if any. */
    public Optional<Checkpoint> next(Checkpoint checkpoint) {
        int at = checkpoints.indexOf(checkpoint);
        return at >= 0 && at + 1 < checkpoints.size() ? Optional.of(checkpoints.get(at + 1)) : Optional.empty();
    }

    /** A guidance text. */
    public LocalizedText guidance(Guidance key) {
        return guidance.get(key);
    }

    /** Two catalogs are equal when all their parts are. */
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Catalog that && id.equals(that.id) && version.equals(that.version)
                && name.equals(that.name) && languages.equals(that.languages) && checkpoints.equals(that.checkpoints)
                && areas.equals(that.areas) && milestones.equals(that.milestones)
                && generalQuestions.equals(that.generalQuestions) && activities.equals(that.activities)
                && guidance.equals(that.guidance) && publishers.equals(that.publishers) && sources.equals(that.sources)
                && scoring.equals(that.scoring) && retiredIds.equals(that.retiredIds)
                && correctedAge.equals(that.correctedAge) && sensorySigns.equals(that.sensorySigns);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version, milestones);
    }

    /** The id and version, such as {@code Catalog[otm-default 2026.11.0]}. */
    @Override
    public String toString() {
        return "Catalog[" + id + " " + version + "]";
    }
}
