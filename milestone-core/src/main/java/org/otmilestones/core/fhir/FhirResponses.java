package org.otmilestones.core.fhir;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.survey.DetectedFormat;
import org.otmilestones.core.survey.ImportException;
import org.otmilestones.core.survey.ImportOptions;
import org.otmilestones.core.survey.ImportResult;
import org.otmilestones.core.survey.ImportedRow;
import org.otmilestones.core.survey.RowError;
import org.otmilestones.core.survey.SurveyTool;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * Reads FHIR R4 QuestionnaireResponses of our questionnaires (one resource, a Bundle, or NDJSON with one
 * resource per line) into children and answers, like a survey export. A Bundle is streamed entry by entry, so
 * memory stays flat however many responses it holds; the child comes from a contained or bundled Patient (or
 * the subject's identifier), the assessment date from {@code authored}. Every problem is a row error with its
 * line and JSON pointer; the other responses are still read.
 *
 * <pre>{@code
 * ImportResult result = FhirResponses.read(Path.of("responses.ndjson"), catalog, ImportOptions.defaults(today));
 * }</pre>
 */
public final class FhirResponses {

    /** Files larger than this are refused; a clinic's export of responses comes nowhere near. */
    public static final long MAX_FILE_BYTES = 1L << 30;

    /** NDJSON lines longer than this are reported, not read. */
    static final int MAX_LINE_CHARS = 8 * 1024 * 1024;

    private FhirResponses() {
    }

    /**
     * True when a file looks like FHIR JSON rather than a CSV export: its name ends in {@code .json} or
     * {@code .ndjson}, or its first character (after a byte order mark and blanks) is '{'.
     */
    public static boolean looksLikeFhir(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json") || name.endsWith(".ndjson")) {
            return true;
        }
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4096);
            int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF
                    ? 3 : 0;
            while (i < head.length && Character.isWhitespace(head[i])) {
                i++;
            }
            return i < head.length && head[i] == '{';
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Reads every response of the file.
     *
     * @throws ImportException when the file is missing, unreadable, too large, not JSON from its start, not a
     *         QuestionnaireResponse or a Bundle, or not UTF-8
     */
    public static ImportResult read(Path file, Catalog catalog, ImportOptions options) throws ImportException {
        List<ImportedRow> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Summary summary = stream(file, catalog, options, rows::add, errors::add);
        return new ImportResult(file.toString(), new DetectedFormat(StandardCharsets.UTF_8, ',', 0, SurveyTool.FHIR,
                summary.responses()), rows, errors, List.of(), summary.questionIds(), summary.warnings(),
                summary.skipped());
    }

    /**
     * What a streamed read found besides its rows and errors.
     *
     * @param responses how many QuestionnaireResponses the file holds
     * @param questionIds the questions the responses' questionnaires ask, in catalog order
     * @param warnings what staff should know
     * @param skipped responses left out on purpose (entered in error)
     */
    public record Summary(int responses, List<String> questionIds, List<String> warnings, int skipped) {
        public Summary {
            questionIds = List.copyOf(questionIds);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Reads the file response by response, handing each row or error on as soon as it is read, so a caller
     * that does not keep them needs memory for one response only.
     *
     * @throws ImportException as {@link #read}
     */
    public static Summary stream(Path file, Catalog catalog, ImportOptions options, Consumer<ImportedRow> rows,
            Consumer<RowError> errors) throws ImportException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(options, "options");
        String name = file.toString();
        check(file, name);
        Run run = new Run(name, catalog, options, rows, errors);
        if (!options.mapping().isEmpty()) {
            run.warnings.add("the mapping is not used: FHIR responses name their questions by linkId");
        }
        if (isNdjson(file, name)) {
            run.ndjson(file);
        } else {
            run.document(file);
        }
        if (run.responses == 0) {
            run.warnings.add("the file holds no QuestionnaireResponse");
        }
        if (!run.otherTypes.isEmpty()) {
            run.warnings.add("resources that are not responses were left out: " + run.otherTypes.entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey()).reduce((a, b) -> a + ", " + b).orElse(""));
        }
        if (run.skipped > 0) {
            run.warnings.add("skipped " + run.skipped + " responses marked entered-in-error");
        }
        return new Summary(run.responses, List.copyOf(run.questionIds), run.warnings, run.skipped);
    }

    private static void check(Path file, String name) throws ImportException {
        try {
            if (Files.isDirectory(file)) {
                throw new ImportException(name, "is a folder, not a file", "give the path of the FHIR JSON file");
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new ImportException(name, "is empty", "export the responses again");
            }
            if (size > MAX_FILE_BYTES) {
                throw new ImportException(name, "is " + size / (1024 * 1024) + " MB, more than the "
                        + MAX_FILE_BYTES / (1024 * 1024) + " MB this importer reads", "split it into smaller files");
            }
        } catch (NoSuchFileException e) {
            throw new ImportException(name, "does not exist", "check the path and the file name");
        } catch (AccessDeniedException e) {
            throw new ImportException(name, "cannot be read: permission denied", "check the file's permissions");
        } catch (IOException e) {
            throw new ImportException(name, "cannot be read (" + e.getClass().getSimpleName() + ")",
                    "check that the file is not locked by another program and try again");
        }
    }

    /** NDJSON when the name says so, or when the first line is a whole JSON object and more lines follow. */
    private static boolean isNdjson(Path file, String name) throws ImportException {
        if (name.toLowerCase(Locale.ROOT).endsWith(".ndjson")) {
            return true;
        }
        try (Lines lines = new Lines(open(file, name), name)) {
            Lines.Line first = lines.next();
            while (first != null && first.text().isBlank()) {
                first = lines.next();
            }
            if (first == null || first.tooLong()) {
                return false;
            }
            try {
                JsonNode node = Json.MAPPER.readTree(first.text());
                if (node == null || !node.isObject()) {
                    return false;
                }
            } catch (JacksonException e) {
                return false;
            }
            for (Lines.Line next = lines.next(); next != null; next = lines.next()) {
                if (!next.text().isBlank()) {
                    return true;
                }
            }
            return false;
        }
    }

    static InputStream open(Path file, String name) throws ImportException {
        try {
            InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
            in.mark(3);
            byte[] bom = in.readNBytes(3);
            if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
                in.reset();
            }
            return in;
        } catch (IOException e) {
            throw new ImportException(name, "cannot be read (" + e.getClass().getSimpleName() + ")",
                    "check that the file is not locked by another program and try again");
        }
    }

    /** One read of a file: its Patients first, then its responses. */
    private static final class Run {
        final String file;
        final Catalog catalog;
        final ImportOptions options;
        final Consumer<ImportedRow> rows;
        final Consumer<RowError> errors;
        final List<String> warnings = new ArrayList<>();
        final Map<String, PatientInfo> patients = new HashMap<>();
        final Set<String> questionIds = new LinkedHashSet<>();
        final Map<String, Integer> otherTypes = new TreeMap<>();
        int responses;
        int skipped;

        Run(String file, Catalog catalog, ImportOptions options, Consumer<ImportedRow> rows, Consumer<RowError> errors) {
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
            try (Lines lines = new Lines(open(path, file), file)) {
                for (Lines.Line line = lines.next(); line != null; line = lines.next()) {
                    JsonNode node = parseLine(line, false);
                    if (node != null) {
                        collect(node, "", line.number());
                    }
                }
            }
            ResponseReader reader = reader();
            try (Lines lines = new Lines(open(path, file), file)) {
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
                    error(line.number(), "line " + line.number() + " is longer than " + MAX_LINE_CHARS / (1024 * 1024)
                            + " million characters", "put one resource on each line");
                }
                return null;
            }
            try {
                JsonNode node = Json.MAPPER.readTree(line.text());
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
                        otherTypes.merge(type.isEmpty() ? "entries without a resource" : type, 1, Integer::sum);
                    }
                }
            }
        }

        private void response(ResponseReader reader, JsonNode node, String pointer, int line) {
            responses++;
            ResponseReader.Outcome outcome = reader.read(node, pointer, line);
            if (outcome.skipped()) {
                skipped++;
                return;
            }
            questionIds.addAll(outcome.questionIds());
            outcome.row().ifPresent(rows);
            outcome.errors().forEach(errors);
        }

        private void error(int line, String problem, String fix) {
            errors.accept(new RowError(file, line, OptionalInt.empty(), Optional.empty(), Optional.empty(), problem, fix));
        }

        /** A single JSON document: a response, or a Bundle streamed entry by entry, in two passes. */
        void document(Path path) throws ImportException {
            stream(path, false);
            stream(path, true);
        }

        private void stream(Path path, boolean respond) throws ImportException {
            ResponseReader reader = respond ? reader() : null;
            try (InputStream in = open(path, file); JsonParser parser = Json.MAPPER.createParser(in)) {
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
                            JsonNode entry = parser.readValueAsTree();
                            String pointer = "/entry/" + i++;
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

    /** The lines of a UTF-8 file, each at most {@link #MAX_LINE_CHARS} characters kept. */
    static final class Lines implements AutoCloseable {

        /** One line: its 1-based number, its text, and whether it was cut. */
        record Line(int number, String text, boolean tooLong) {
        }

        private final Reader reader;
        private final String file;
        private int number;
        private boolean ended;

        Lines(InputStream in, String file) {
            this.reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder());
            this.file = file;
        }

        Line next() throws ImportException {
            if (ended) {
                return null;
            }
            StringBuilder text = new StringBuilder();
            boolean tooLong = false;
            try {
                int c;
                while ((c = reader.read()) != -1 && c != '\n') {
                    if (text.length() < MAX_LINE_CHARS) {
                        text.append((char) c);
                    } else {
                        tooLong = true;
                    }
                }
                if (c == -1) {
                    ended = true;
                    if (text.length() == 0) {
                        return null;
                    }
                }
            } catch (CharacterCodingException e) {
                throw new ImportException(file, "is not UTF-8 text (line " + (number + 1) + ")",
                        "FHIR JSON is always UTF-8: export the responses again");
            } catch (IOException e) {
                throw new ImportException(file, "cannot be read (" + e.getClass().getSimpleName() + ")",
                        "check that the file is not locked by another program and try again");
            }
            number++;
            int end = text.length();
            if (end > 0 && text.charAt(end - 1) == '\r') {
                text.setLength(end - 1);
            }
            return new Line(number, text.toString(), tooLong);
        }

        @Override
        public void close() {
            try {
                reader.close();
            } catch (IOException e) {
                // Nothing was written; a failed close of a file read to its end loses nothing.
            }
        }
    }
}
