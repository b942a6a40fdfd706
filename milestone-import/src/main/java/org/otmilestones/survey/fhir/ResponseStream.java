package org.otmilestones.survey.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.otmilestones.core.Catalog;
import org.otmilestones.survey.ImportException;
import org.otmilestones.survey.ImportOptions;
import org.otmilestones.survey.ImportedRow;
import org.otmilestones.survey.RowError;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/** One read of a FHIR file: its bundled Patients first, then its responses, each handed on as it is read. */
final class ResponseStream {
    final String file;
    final Catalog catalog;
    final ImportOptions options;
    final Consumer<ImportedRow> rows;
    final Consumer<RowError> errors;
    final List<String> warnings = new ArrayList<>();
    final Map<String, PatientInfo> patients = new HashMap<>();
    final Set<String> questionIds = new LinkedHashSet<>();
    /** Each kind of resource that is not a response, with how many there are and where the first ones are. */
    final Map<String, Integer> otherTypes = new TreeMap<>();
    final Map<String, List<String>> otherPlaces = new HashMap<>();
    /** How many places of each kind are kept for the note. */
    static final int PLACES_KEPT = 10;
    int responses;
    int skipped;
    /** Where the first responses marked entered-in-error are, for the note that counts them. */
    final List<String> skippedPlaces = new ArrayList<>();

    ResponseStream(String file, Catalog catalog, ImportOptions options, Consumer<ImportedRow> rows, Consumer<RowError> errors) {
        this.file = file;
        this.catalog = catalog;
        this.options = options;
        this.rows = rows;
        this.errors = errors;
    }

    private ResponseReader reader() {
        return new ResponseReader(catalog, file, options.today(), patients);
    }

    void ndjson(Path path) throws ImportException {
        // Pass one keeps the Patients, so a response may come before the Patient it points at.
        try (Lines lines = new Lines(FhirResponses.open(path, file), file)) {
            for (Lines.Line line = lines.next(); line != null; line = lines.next()) {
                JsonNode node = parseLine(line, false);
                if (node != null) {
                    collect(node, "", line.number());
                }
            }
        }
        ResponseReader reader = reader();
        try (Lines lines = new Lines(FhirResponses.open(path, file), file)) {
            for (Lines.Line line = lines.next(); line != null; line = lines.next()) {
                JsonNode node = parseLine(line, true);
                if (node != null) {
                    resource(reader, node, "", line.number(), false);
                }
            }
        }
    }

    private JsonNode parseLine(Lines.Line line, boolean report) {
        if (line.text().isBlank()) {
            return null;
        }
        if (line.tooLong()) {
            if (report) {
                error(line.number(), "line " + line.number() + " is longer than " + FhirResponses.MAX_LINE_CHARS / (1024 * 1024)
                        + " million characters", "put one resource on each line");
            }
            return null;
        }
        try {
            JsonNode node = Json.STREAM_MAPPER.readTree(line.text());
            Optional<String> deep = node == null ? Optional.empty() : Json.tooDeep(node, "", 1);
            if (deep.isPresent()) {
                if (report) {
                    error(line.number(), "line " + line.number() + " " + nestedTooDeep(deep.get()),
                            "fix or remove this line; the other lines were read");
                }
                return null;
            }
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (JacksonException e) {
            if (report) {
                TokenStreamLocation at = e.getLocation();
                error(line.number(), "line " + line.number() + " is not valid JSON"
                        + (at != null && at.getColumnNr() > 0 ? " (at column " + at.getColumnNr() + ")" : ""),
                        "fix or remove this line; the other lines were read");
            }
            return null;
        }
        if (report) {
            error(line.number(), "line " + line.number() + " is not a JSON object", "put one FHIR resource on each line");
        }
        return null;
    }

    /** Pass one: remembers bundled Patients by full URL and by {@code Patient/id}. */
    private void collect(JsonNode node, String pointer, int line) {
        String type = Json.resourceType(node);
        if (type.equals("Patient")) {
            PatientInfo info = PatientInfo.of(node, pointer.isEmpty() ? "line " + line : pointer);
            info.id().ifPresent(id -> patients.put("Patient/" + id, info));
        } else if (type.equals("Bundle")) {
            JsonNode entries = node.path("entry");
            for (int i = 0; i < entries.size(); i++) {
                entry(entries.get(i), pointer + "/entry/" + i);
            }
        }
    }

    private void entry(JsonNode entry, String pointer) {
        JsonNode resource = entry.path("resource");
        if (Json.resourceType(resource).equals("Patient")) {
            PatientInfo info = PatientInfo.of(resource, pointer + "/resource");
            info.id().ifPresent(id -> patients.put("Patient/" + id, info));
            Json.text(entry, "fullUrl").ifPresent(url -> patients.put(url, info));
        }
    }

    /** Pass two: one resource of the file, a response, a Bundle of them, or something to leave out. */
    private void resource(ResponseReader reader, JsonNode node, String pointer, int line, boolean inBundle) {
        String type = Json.resourceType(node);
        switch (type) {
            case "QuestionnaireResponse" -> response(reader, node, pointer, line);
            case "Bundle" -> {
                JsonNode entries = node.path("entry");
                for (int i = 0; i < entries.size(); i++) {
                    resource(reader, entries.get(i).path("resource"), pointer + "/entry/" + i + "/resource", line,
                            true);
                }
            }
            case "Patient" -> {
                // Read in pass one.
            }
            default -> {
                if (type.isEmpty() && !inBundle) {
                    error(line, "at " + (pointer.isEmpty() ? "line " + line : pointer)
                            + ": the JSON object has no resourceType", "give one FHIR resource per line");
                } else {
                    String place = pointer.isEmpty() ? "line " + line : pointer.replaceFirst("/resource$", "");
                    String kind = type.isEmpty() ? "entries without a resource" : type;
                    otherTypes.merge(kind, 1, Integer::sum);
                    List<String> places = otherPlaces.computeIfAbsent(kind, t -> new ArrayList<>());
                    if (places.size() < PLACES_KEPT) {
                        places.add(place);
                    }
                }
            }
        }
    }

    private void response(ResponseReader reader, JsonNode node, String pointer, int line) {
        responses++;
        ResponseReader.Outcome outcome = reader.read(node, pointer, line);
        if (outcome.skipped()) {
            skipped++;
            if (skippedPlaces.size() < PLACES_KEPT) {
                skippedPlaces.add(pointer.isEmpty() ? "line " + line : pointer.replaceFirst("/resource$", ""));
            }
            return;
        }
        questionIds.addAll(outcome.questionIds());
        outcome.row().ifPresent(rows);
        outcome.errors().forEach(errors);
    }

    private void error(int line, String problem, String fix) {
        errors.accept(new RowError(file, line, OptionalInt.empty(), Optional.empty(), Optional.empty(), problem, fix));
    }

    /** "is nested deeper than 500 levels (at /entry/1/resource/item/0/...)": where the limit was passed. */
    private static String nestedTooDeep(String pointer) {
        String shown = pointer.length() > 80 ? pointer.substring(0, 80) + "…" : pointer;
        return "is nested deeper than " + Json.MAX_NESTING + " levels (at " + shown + ")";
    }

    /** A single JSON document: a response, or a Bundle streamed entry by entry, in two passes. */
    void document(Path path) throws ImportException {
        stream(path, false);
        stream(path, true);
    }

    private void stream(Path path, boolean respond) throws ImportException {
        ResponseReader reader = respond ? reader() : null;
        try (InputStream in = FhirResponses.open(path, file); JsonParser parser = Json.STREAM_MAPPER.createParser(in)) {
            JsonToken token;
            try {
                token = parser.nextToken();
            } catch (JacksonException e) {
                token = null;
            }
            if (token != JsonToken.START_OBJECT) {
                throw new ImportException(file, "is not FHIR JSON: it does not start with '{'",
                        "give a QuestionnaireResponse, a Bundle of them, or NDJSON (one resource per line)");
            }
            int topLine = parser.currentTokenLocation().getLineNr();
            var top = Json.MAPPER.createObjectNode();
            boolean entries = false;
            while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                token = parser.nextToken();
                if (name.equals("entry") && token == JsonToken.START_ARRAY) {
                    entries = true;
                    int i = 0;
                    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                        int line = parser.currentTokenLocation().getLineNr();
                        String pointer = "/entry/" + i++;
                        JsonNode entry = parser.readValueAsTree();
                        // An entry is three levels down: the Bundle, its entry list, the entry.
                        Optional<String> deep = Json.tooDeep(entry, pointer, 3);
                        if (deep.isPresent()) {
                            if (respond) {
                                error(line, "entry " + pointer + " " + nestedTooDeep(deep.get()), "fix or remove this"
                                        + " entry; the entries after it were read");
                            }
                            continue;
                        }
                        if (!respond) {
                            entry(entry, pointer);
                        } else {
                            resource(reader, entry.path("resource"), pointer + "/resource", line, true);
                        }
                    }
                } else {
                    top.set(name, (JsonNode) parser.readValueAsTree());
                }
            }
            String type = Json.resourceType(top);
            Optional<String> deep = Json.tooDeep(top, "", 1);
            if (deep.isPresent()) {
                if (respond) {
                    error(topLine, "the resource " + nestedTooDeep(deep.get()), "fix the file and read it again");
                }
                return;
            }
            if (type.equals("QuestionnaireResponse")) {
                if (respond) {
                    response(reader, top, "", topLine);
                }
            } else if (!type.equals("Bundle")) {
                throw new ImportException(file, type.isEmpty() ? "is JSON but not a FHIR resource (no resourceType)"
                        : "is a FHIR " + type + ", not a QuestionnaireResponse or a Bundle of them",
                        "export the QuestionnaireResponses of the checklist" + (entries ? "" : ""));
            }
        } catch (JacksonException e) {
            if (respond) {
                TokenStreamLocation at = e.getLocation();
                int line = at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
                // Jackson's own words may quote the broken text, which could be a name: they are left out.
                errors.accept(new RowError(file, line, at == null || at.getColumnNr() < 1 ? OptionalInt.empty()
                        : OptionalInt.of(at.getColumnNr()), Optional.empty(), Optional.empty(),
                        "the file is not valid JSON here; the responses before this place were read, the rest of "
                                + "the file was not", "fix the JSON at this line (a missing comma, quote or "
                                + "bracket) and read the file again"));
            }
        } catch (IOException e) {
            throw new ImportException(file, "cannot be read (" + e.getClass().getSimpleName() + ")",
                    "check that the file is not locked by another program and try again");
        }
    }
}
