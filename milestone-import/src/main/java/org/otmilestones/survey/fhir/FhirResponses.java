package org.otmilestones.survey.fhir;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.otmilestones.core.Catalog;
import org.otmilestones.survey.DetectedFormat;
import org.otmilestones.survey.ImportException;
import org.otmilestones.survey.ImportOptions;
import org.otmilestones.survey.ImportResult;
import org.otmilestones.survey.ImportedRow;
import org.otmilestones.survey.RowError;
import org.otmilestones.survey.SurveyTool;
import tools.jackson.core.JacksonException;
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
        ResponseStream run = new ResponseStream(name, catalog, options, rows, errors);
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
            run.warnings.add("left out, as they are not QuestionnaireResponses: " + run.otherTypes.entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey() + " (" + places(run.otherPlaces.get(e.getKey()), e.getValue()) + ")")
                    .reduce((a, b) -> a + ", " + b).orElse(""));
        }
        if (run.skipped > 0) {
            run.warnings.add("skipped " + run.skipped + (run.skipped == 1 ? " response" : " responses")
                    + " marked entered-in-error ("
                    + places(run.skippedPlaces, run.skipped) + ")");
        }
        return new Summary(run.responses, List.copyOf(run.questionIds), run.warnings, run.skipped);
    }

    /** "/entry/3, /entry/5" or "line 4, line 9 and 12 more": where the resources left out are. */
    private static String places(List<String> kept, int count) {
        String listed = String.join(", ", kept);
        return count > kept.size() ? listed + " and " + (count - kept.size()) + " more" : listed;
    }

    private static void check(Path file, String name) throws ImportException {
        try {
            if (Files.isDirectory(file)) {
                throw new ImportException(name, "is a folder, not a file", "give the path of the FHIR JSON file");
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                // A pipe or device could block the run or never end.
                throw new ImportException(name, "is not a regular file", "save the responses to a file and give its path");
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new ImportException(name, "is empty", "export the responses again");
            }
            if (size > MAX_FILE_BYTES) {
                throw new ImportException(name, "is " + size / (1024 * 1024) + " MB, more than the "
                        + MAX_FILE_BYTES / (1024 * 1024) + " MB this importer reads", "split it into smaller files");
            }
        } catch (IOException e) {
            throw ImportException.unreadable(name, e);
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
}
