package org.otmilestones.core.catalog;

import org.otmilestones.core.internal.JsonLocations;
import org.otmilestones.core.internal.StrictJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.otmilestones.core.Catalog;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The front door to catalogs: the bundled expert catalog, or a clinic's own file.
 *
 * <pre>{@code
 * Catalog catalog = Catalogs.loadBundled();
 * Catalog clinics = Catalogs.load(Path.of("our-catalog.json"));
 * }</pre>
 */
public final class Catalogs {

    /** The catalog format version this release reads. */
    public static final int FORMAT_VERSION = 2;

    /**
     * Format 1 is refused, not converted: it has no numeric ages and no source kinds or publishers, and a
     * conversion would have to invent them, so a catalog would load looking checked when it is not.
     */
    private static final String FORMAT_1 = "is 1, an older catalog format; this version of OT Milestones reads format "
            + FORMAT_VERSION + ". To upgrade: set formatVersion to 2; give each milestone mostByMonths (the age "
            + "in months by which about 3 in 4 children do it) and ageEvidence in place of typicalAge, and move it "
            + "to the first checkpoint at or after that age; add publishers with their web hosts; give each source "
            + "a kind and a publisher; in scoring, replace talkToOtWhenNotYetShareAbove with sometimesCredit, "
            + "talkToOtWhenCreditShareBelow and checklistWideWhenAreasNotOnTrackAtLeast; add the guidance texts "
            + "checklistWide and cdcSkillNotYet (docs/catalog-format.md in OT Milestones has every step)";

    static final String BUNDLED_RESOURCE = "default-catalog.json";

    private static final JsonMapper MAPPER = StrictJson.MAPPER;

    private static volatile Catalog bundled;

    private Catalogs() {
    }

    /**
     * The catalog that ships with OT Milestones: five OT areas, checkpoints from 3 months to 7
     * years, in every language it declares. Loaded once and shared; it is immutable.
     */
    public static Catalog loadBundled() {
        Catalog catalog = bundled;
        if (catalog == null) {
            try (InputStream in = Catalogs.class.getResourceAsStream(BUNDLED_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled catalog " + BUNDLED_RESOURCE + " is missing from the jar");
                }
                catalog = read(in.readAllBytes(), "bundled " + BUNDLED_RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (CatalogException e) {
                // The build's tests validate the bundled catalog, so this is a packaging bug, not bad input.
                throw new IllegalStateException(e.getMessage(), e);
            }
            bundled = catalog;
        }
        return catalog;
    }

    /**
     * Reads and validates a catalog file.
     *
     * @throws CatalogException when the file is missing, unreadable, not JSON, of another format
     *         version, or not valid; it lists every problem with its place in the file
     */
    public static Catalog load(Path file) throws CatalogException {
        Objects.requireNonNull(file, "file");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CatalogException(file.toString(), List.of(new CatalogProblem("file",
                    "does not exist; check the path")));
        } catch (IOException e) {
            throw new CatalogException(file.toString(), List.of(new CatalogProblem("file",
                    "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")")));
        }
        return read(bytes, file.toString());
    }

    static Catalog read(byte[] json, String fileName) throws CatalogException {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new CatalogException(fileName, List.of(atLocation(new CatalogProblem(JsonLocations.path(e),
                    JsonLocations.problem(e)), e)));
        }
        if (tree == null || !tree.isObject()) {
            throw new CatalogException(fileName, List.of(new CatalogProblem("$",
                    "expected a JSON object with formatVersion " + FORMAT_VERSION)));
        }
        // Checked before the full read, so a newer file says "newer format", not "unknown field".
        JsonNode version = tree.get("formatVersion");
        if (version != null && version.isInt() && version.intValue() == 1) {
            throw located(json, fileName, new CatalogProblem("$.formatVersion", FORMAT_1));
        }
        if (version == null || !version.isInt() || version.intValue() != FORMAT_VERSION) {
            throw located(json, fileName, new CatalogProblem("$.formatVersion",
                    "is " + (version == null ? "missing" : version.toString()) + "; this version of OT Milestones reads format "
                            + FORMAT_VERSION));
        }
        CatalogFile file;
        UnknownFields unknown = new UnknownFields();
        try {
            // Unknown fields are collected rather than thrown, so two typos are reported together
            // with every other problem of the file.
            file = MAPPER.readerFor(CatalogFile.class)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .withHandler(unknown)
                    .readValue(json);
        } catch (JacksonException e) {
            throw located(json, fileName, atLocation(new CatalogProblem(JsonLocations.path(e), JsonLocations.problem(e)), e));
        }
        List<CatalogProblem> problems = new ArrayList<>(unknown.problems);
        try {
            Catalog catalog = CatalogValidator.validate(file, fileName);
            if (problems.isEmpty()) {
                return catalog;
            }
        } catch (CatalogException e) {
            problems.addAll(e.problems());
        }
        throw new CatalogException(fileName, locate(locations(json), problems));
    }

    /** Records each unknown field, with its path and line, and skips its value. */
    private static final class UnknownFields extends DeserializationProblemHandler {

        final List<CatalogProblem> problems = new ArrayList<>();

        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
            String path = JsonLocations.path(parser.streamReadContext());
            Collection<Object> known = deserializer == null ? List.of() : deserializer.getKnownPropertyNames();
            CatalogProblem problem = new CatalogProblem(path, "unknown field '" + propertyName + "'; expected one of "
                    + known);
            TokenStreamLocation at = parser.currentTokenLocation();
            problems.add(at != null && at.getLineNr() > 0 ? problem.at(at.getLineNr(), Math.max(1, at.getColumnNr()))
                    : problem);
            parser.skipChildren();
            return true;
        }
    }

    private static CatalogException located(byte[] json, String fileName, CatalogProblem problem) {
        return new CatalogException(fileName, locate(locations(json), List.of(problem)));
    }

    /**
     * The problems with their line and column filled in where their path is found, in file order (the
     * checks run part by part, not top to bottom); problems without a place come last.
     */
    private static List<CatalogProblem> locate(JsonLocations locations, List<CatalogProblem> problems) {
        List<CatalogProblem> located = new java.util.ArrayList<>(problems.size());
        for (CatalogProblem problem : problems) {
            int line = locations.line(problem.path());
            located.add(line == 0 || problem.line() > 0 ? problem : problem.at(line, locations.column(problem.path())));
        }
        located.sort(java.util.Comparator.comparingInt((CatalogProblem p) -> p.line() == 0 ? Integer.MAX_VALUE : p.line())
                .thenComparingInt(CatalogProblem::column));
        return located;
    }

    private static JsonLocations locations(byte[] json) {
        return JsonLocations.of(MAPPER, new String(json, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The problem at the parser's location, when the parser knew it (records are read from a buffer, so often not). */
    private static CatalogProblem atLocation(CatalogProblem problem, JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        if (location == null || location.getLineNr() <= 0) {
            return problem;
        }
        return problem.at(location.getLineNr(), Math.max(location.getColumnNr(), 1));
    }

}
