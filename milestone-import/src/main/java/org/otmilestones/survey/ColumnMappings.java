package org.otmilestones.survey;

import org.otmilestones.core.internal.JsonLocations;
import org.otmilestones.core.internal.StrictJson;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Catalog;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes column-mapping files: the JSON that tells the importer which export column holds which
 * child field or catalog question, and extra answer spellings. The format is described in
 * {@code docs/mapping-format.md}.
 *
 * <pre>{@code
 * ColumnMapping mapping = ColumnMappings.load(Path.of("redcap-mapping.json"));
 * ImportOptions options = ImportOptions.defaults(LocalDate.now()).withMapping(mapping);
 * }</pre>
 */
public final class ColumnMappings {

    /** The mapping format version this release reads and writes. */
    public static final int FORMAT_VERSION = 1;

    private static final JsonMapper MAPPER = StrictJson.MAPPER;

    private ColumnMappings() {
    }

    /**
     * Reads a mapping file.
     *
     * @throws MappingFileException when the file is missing, unreadable, not JSON, of another format version,
     *         has an unknown field, or a rule that is not valid; it says where
     */
    public static ColumnMapping load(Path file) throws MappingFileException {
        Objects.requireNonNull(file, "file");
        String json;
        try {
            json = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new MappingFileException(file.toString(), 0, 0, null, "does not exist; check the path");
        } catch (IOException e) {
            throw new MappingFileException(file.toString(), 0, 0, null, "cannot be read as UTF-8 text ("
                    + e.getClass().getSimpleName() + ")");
        }
        return read(json, file.toString());
    }

    /** Reads mapping JSON from a string; {@code fileName} is used in messages. */
    public static ColumnMapping read(String json, String fileName) throws MappingFileException {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(fileName, "fileName");
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        JsonNode tree;
        try {
            tree = MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw syntaxError(fileName, e);
        }
        if (tree == null || !tree.isObject()) {
            throw new MappingFileException(fileName, 0, 0, "$", "expected a JSON object with \"formatVersion\": " + FORMAT_VERSION);
        }
        JsonNode version = tree.get("formatVersion");
        if (version == null || !version.isInt() || version.intValue() != FORMAT_VERSION) {
            throw new MappingFileException(fileName, 0, 0, "$.formatVersion", "is " + (version == null ? "missing" : version)
                    + "; this version of OT Milestones reads mapping format " + FORMAT_VERSION);
        }
        Place place = new Place(fileName, JsonLocations.of(MAPPER, text));
        MappingFile file;
        try {
            file = MAPPER.treeToValue(tree, MappingFile.class);
        } catch (UnrecognizedPropertyException e) {
            throw place.problem(JsonLocations.path(e), "unknown field '" + e.getPropertyName() + "'; expected one of "
                    + e.getKnownPropertyIds());
        } catch (JacksonException e) {
            throw place.problem(JsonLocations.path(e), JsonLocations.problem(e));
        }
        return toMapping(file, place);
    }

    /** Builds exceptions that say where in the file a path is. */
    private record Place(String fileName, JsonLocations locations) {
        MappingFileException problem(String path, String problem) {
            return new MappingFileException(fileName, locations.line(path), locations.column(path), path, problem);
        }
    }

    private static ColumnMapping toMapping(MappingFile file, Place place) throws MappingFileException {
        ColumnMapping mapping = new ColumnMapping(List.of(), spellings(file.answers(), "$.answers", place),
                Optional.empty());
        if (file.dateOrder() != null) {
            mapping = mapping.withDateOrder(enumValue(DateOrder.class, file.dateOrder(), "$.dateOrder", place));
        }
        List<MappingFile.ColumnJson> columns = file.columns() == null ? List.of() : file.columns();
        for (int i = 0; i < columns.size(); i++) {
            mapping = mapping.with(rule(columns.get(i), "$.columns[" + i + "]", place));
        }
        return mapping;
    }

    private static ColumnRule rule(MappingFile.ColumnJson json, String path, Place place) throws MappingFileException {
        if (json == null) {
            throw place.problem(path, "is null; expected an object such as "
                    + "{\"header\": \"Date of birth\", \"field\": \"date_of_birth\"}");
        }
        if ((json.header() == null) == (json.column() == null)) {
            throw place.problem(path, "needs exactly one of \"header\" (the header text) or "
                    + "\"column\" (its position, 1 for the first column)");
        }
        ColumnRef ref;
        if (json.header() != null) {
            if (json.header().isBlank()) {
                throw place.problem(path + ".header", "is blank; name a column by position instead");
            }
            ref = ColumnRef.header(json.header());
        } else {
            if (json.column() < 1) {
                throw place.problem(path + ".column", "is " + json.column()
                        + "; columns are counted from 1");
            }
            ref = ColumnRef.index(json.column());
        }
        int targets = (json.field() != null ? 1 : 0) + (json.question() != null ? 1 : 0)
                + (Boolean.TRUE.equals(json.ignore()) ? 1 : 0);
        if (targets != 1 || Boolean.FALSE.equals(json.ignore())) {
            throw place.problem(path, "needs exactly one of \"field\" (" + ChildField.keys()
                    + "), \"question\" (a catalog question id) or \"ignore\": true");
        }
        ColumnTarget target;
        if (json.field() != null) {
            Optional<ChildField> field = ChildField.fromKey(json.field());
            if (field.isEmpty()) {
                throw place.problem(path + ".field", "'" + json.field()
                        + "' is not a child field; expected one of " + ChildField.keys());
            }
            target = ColumnTarget.field(field.get());
        } else if (json.question() != null) {
            if (json.question().isBlank() || !json.question().equals(json.question().strip())) {
                throw place.problem(path + ".question", "'" + json.question()
                        + "' is not a question id; ids have no spaces around them");
            }
            target = ColumnTarget.question(json.question());
        } else {
            target = ColumnTarget.ignore();
        }
        Map<String, Answer> answers = spellings(json.answers(), path + ".answers", place);
        if (!answers.isEmpty() && !(target instanceof ColumnTarget.Question)) {
            throw place.problem(path + ".answers", "only question columns have answer spellings");
        }
        ColumnRule rule = ColumnRule.of(ref, target).withAnswers(answers);
        return Boolean.TRUE.equals(json.optional()) ? rule.optional() : rule;
    }

    private static Map<String, Answer> spellings(Map<String, String> json, String path, Place place)
            throws MappingFileException {
        Map<String, Answer> spellings = new LinkedHashMap<>();
        if (json == null) {
            return spellings;
        }
        for (Map.Entry<String, String> entry : json.entrySet()) {
            if (entry.getKey().isBlank()) {
                throw place.problem(path, "has a blank spelling; a blank cell always means no answer");
            }
            spellings.put(entry.getKey(), enumValue(Answer.class, entry.getValue(),
                    JsonLocations.child(path, entry.getKey()), place));
        }
        return spellings;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String path, Place place)
            throws MappingFileException {
        String name = value == null ? "" : value.strip().replace(' ', '_').replace('-', '_').toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw place.problem(path, "'" + value + "' is not valid; expected one of "
                + Arrays.stream(type.getEnumConstants()).map(ColumnMappings::jsonName).collect(Collectors.joining(", ")));
    }

    private static String jsonName(Enum<?> constant) {
        return constant instanceof DateOrder ? constant.name() : constant.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Writes a mapping as a mapping file, pretty-printed, in the order of its rules.
     *
     * @param mapping the mapping
     * @param out where to write; left open
     */
    public static void write(ColumnMapping mapping, Writer out) throws IOException {
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(out, "out");
        ObjectNode root = MAPPER.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        mapping.dateOrder().ifPresent(order -> root.put("dateOrder", order.name()));
        if (!mapping.answers().isEmpty()) {
            putSpellings(root.putObject("answers"), mapping.answers());
        }
        ArrayNode columns = root.putArray("columns");
        for (ColumnRule rule : mapping.columns()) {
            ObjectNode node = columns.addObject();
            if (rule.column() instanceof ColumnRef.Header header) {
                node.put("header", header.text());
            } else {
                node.put("column", ((ColumnRef.Index) rule.column()).number());
            }
            if (rule.target() instanceof ColumnTarget.Field field) {
                node.put("field", field.field().key());
            } else if (rule.target() instanceof ColumnTarget.Question question) {
                node.put("question", question.questionId());
            } else {
                node.put("ignore", true);
            }
            if (!rule.answers().isEmpty()) {
                putSpellings(node.putObject("answers"), rule.answers());
            }
            if (rule.presence() == ColumnRule.Presence.OPTIONAL) {
                node.put("optional", true);
            }
        }
        out.write(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        out.write(System.lineSeparator());
        out.flush();
    }

    private static void putSpellings(ObjectNode node, Map<String, Answer> spellings) {
        spellings.forEach((text, answer) -> node.put(text, jsonName(answer)));
    }

    /**
     * A mapping for raw REDCap exports built from the project's data dictionary: fields named after catalog
     * question ids or labelled with catalog question texts, with their choice codes as answer spellings.
     *
     * @throws ImportException when the dictionary is missing, unreadable or not a data dictionary
     */
    public static ColumnMapping fromRedcapDataDictionary(Path dictionary, Catalog catalog) throws ImportException {
        return RedcapDictionary.read(dictionary).toMapping(catalog);
    }

    private static MappingFileException syntaxError(String fileName, JacksonException e) {
        String problem = JsonLocations.problem(e);
        TokenStreamLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 0) {
            return new MappingFileException(fileName, 0, 0, JsonLocations.path(e), problem);
        }
        return new MappingFileException(fileName, location.getLineNr(), Math.max(location.getColumnNr(), 0), null,
                problem);
    }

}
