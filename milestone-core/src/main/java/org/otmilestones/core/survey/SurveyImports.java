package org.otmilestones.core.survey;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.otmilestones.core.Catalog;

/**
 * The front door of the import: reads one survey export into children and answers.
 *
 * <pre>{@code
 * ImportResult result = SurveyImports.read(Path.of("responses.csv"), Catalogs.loadBundled(),
 *         ImportOptions.defaults(LocalDate.now()).withDateOrder(DateOrder.DMY));
 * result.rows().forEach(row -> ...);     // rows read without problems
 * result.errors().forEach(System.out::println); // file:line:column: problem (value ...); fix
 * }</pre>
 */
public final class SurveyImports {

    /**
     * Files larger than this (about 130,000 checklist rows) are refused rather than read into memory; no
     * clinic export comes near it.
     */
    public static final long MAX_FILE_BYTES = 32L * 1024 * 1024;

    private SurveyImports() {
    }

    /**
     * Reads an export. Row problems never throw: each is a {@link RowError} in the result, and the other rows
     * are still read.
     *
     * @param file the CSV (or tab-separated) export
     * @param catalog the catalog whose questions the columns answer
     * @param options what not to detect, the mapping and today's date
     * @return every row's outcome and what staff should check
     * @throws ImportException when the file is missing, unreadable, empty, too large or not text, when its
     *         header has a broken quote, or when a mapped column is missing or ambiguous
     */
    public static ImportResult read(Path file, Catalog catalog, ImportOptions options) throws ImportException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(options, "options");
        String name = file.toString();
        DecodedText decoded = DecodedText.decode(bytes(file, name), options.encoding(), name);
        LineIndex lines = new LineIndex(decoded.text());
        char delimiter = options.delimiter().orElseGet(() -> DelimiterSniffer.sniff(lines));
        CsvRecords.Split split = CsvRecords.split(lines, delimiter);
        List<CsvRecords.Raw> records = split.records().stream().filter(r -> !r.isBlank()).toList();
        if (records.isEmpty()) {
            if (!split.broken().isEmpty()) {
                throw brokenHeader(name, split.broken().get(0));
            }
            throw new ImportException(name, "is empty", "export the responses again; the file should start with a header row");
        }
        ToolProfile profile = ToolProfile.detect(records.subList(0, Math.min(3, records.size())).stream()
                .map(CsvRecords.Raw::cells).toList());
        int headerRows = Math.min(profile.headerRows(), records.size());
        int lastHeaderLine = records.get(headerRows - 1).line();
        for (CsvRecords.Broken broken : split.broken()) {
            if (broken.line() <= lastHeaderLine) {
                throw brokenHeader(name, broken);
            }
        }
        List<List<String>> headerCells = records.subList(0, headerRows).stream().map(CsvRecords.Raw::cells).toList();
        List<ColumnHeader> headers = ColumnHeader.of(headerCells, profile.tool());
        ColumnPlan plan = ColumnPlan.resolve(headers, profile.tool(), catalog, options.mapping(), name);
        DetectedFormat format = new DetectedFormat(decoded.charset(), delimiter, headerRows, profile.tool(),
                headers.size());

        Batch batch = new Batch(name, plan, new RowReader(plan, catalog, name, options.today(),
                options.effectiveDateOrder()), headerCells.get(0));
        batch.readAll(records.subList(headerRows, records.size()), split.broken());

        List<String> warnings = new ArrayList<>(decoded.warnings());
        if (headers.size() == 1) {
            warnings.add("the file has only one column; if it should have several, give the delimiter");
        }
        warnings.addAll(plan.warnings());
        if (plan.questionColumns().isEmpty()) {
            warnings.add("no column matched a question of the catalog: check that the headers are the question ids or "
                    + "texts, or map the columns in a mapping file");
        }
        if (plan.columns(ChildField.DATE_OF_BIRTH).isEmpty()) {
            warnings.add("no column holds the date of birth: no row can be imported; map it in a mapping file");
        }
        if (records.size() == headerRows) {
            warnings.add("the file has a header but no answer rows");
        }
        warnings.addAll(batch.warnings(options.today()));
        return new ImportResult(name, format, batch.rows, batch.errors, unmapped(plan), List.copyOf(
                plan.questionColumns().keySet()), warnings, batch.skipped, plan.infos());
    }

    private static byte[] bytes(Path file, String name) throws ImportException {
        try {
            if (Files.isDirectory(file)) {
                throw new ImportException(name, "is a folder, not a file", "give the path of the exported CSV file");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ImportException(name, "is " + size / (1024 * 1024) + " MB, more than the "
                        + MAX_FILE_BYTES / (1024 * 1024) + " MB this importer reads", "split the export into smaller files");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(name, "does not exist", "check the path and the file name");
        } catch (AccessDeniedException e) {
            throw new ImportException(name, "cannot be read: permission denied", "check the file's permissions");
        } catch (IOException e) {
            throw new ImportException(name, "cannot be read (" + e.getClass().getSimpleName() + ")",
                    "check that the file is not locked by another program and try again");
        }
    }

    private static ImportException brokenHeader(String name, CsvRecords.Broken broken) {
        return new ImportException(name, "the header at line " + broken.line() + " cannot be read: " + broken.problem(),
                "fix the quotes in the header; a quote inside a quoted value is written as two quotes (\"\")");
    }

    private static List<String> unmapped(ColumnPlan plan) {
        return plan.infos().stream()
                .filter(i -> i.matchedBy() == ColumnInfo.MatchedBy.NOT_MAPPED && !i.header().isBlank())
                .map(i -> i.header() + " (column " + i.column() + ")").toList();
    }

    /** The data rows of one file as they are read, in file order. */
    private static final class Batch {
        final String file;
        final ColumnPlan plan;
        final RowReader reader;
        final List<String> header;
        final List<ImportedRow> rows = new ArrayList<>();
        final List<RowError> errors = new ArrayList<>();
        final Map<String, List<Integer>> linesById = new LinkedHashMap<>();
        final List<Integer> repeatedHeaders = new ArrayList<>();
        final Map<String, List<Integer>> skippedByStatus = new LinkedHashMap<>();
        final List<Integer> unfinished = new ArrayList<>();
        int skipped;

        Batch(String file, ColumnPlan plan, RowReader reader, List<String> header) {
            this.file = file;
            this.plan = plan;
            this.reader = reader;
            this.header = header;
        }

        void readAll(List<CsvRecords.Raw> data, List<CsvRecords.Broken> broken) {
            int b = 0;
            for (CsvRecords.Raw record : data) {
                while (b < broken.size() && broken.get(b).line() < record.line()) {
                    addBroken(broken.get(b++));
                }
                read(record);
            }
            while (b < broken.size()) {
                addBroken(broken.get(b++));
            }
        }

        private void addBroken(CsvRecords.Broken broken) {
            Optional<String> header = broken.column().isPresent() && broken.column().getAsInt() <= plan.headers().size()
                    ? Optional.of(plan.headers().get(broken.column().getAsInt() - 1).display()) : Optional.empty();
            errors.add(new RowError(file, broken.line(), broken.column(), header, Optional.empty(), broken.problem(), "fix the quotes on this line; a quote inside a quoted value is written as two"
                            + " quotes (\"\"); the lines after it were read on their own"));
        }

        private void read(CsvRecords.Raw record) {
            if (record.cells().equals(header)) {
                repeatedHeaders.add(record.line());
                skipped++;
                return;
            }
            Optional<String> status = QualtricsStatus.skipReason(plan, record.cells());
            if (status.isPresent()) {
                skippedByStatus.computeIfAbsent(status.get(), s -> new ArrayList<>()).add(record.line());
                skipped++;
                return;
            }
            if (QualtricsStatus.isUnfinished(plan, record.cells())) {
                unfinished.add(record.line());
            }
            RowReader.Outcome outcome = reader.read(record.line(), record.cells());
            errors.addAll(outcome.errors());
            outcome.row().ifPresent(row -> {
                rows.add(row);
                if (!plan.columns(ChildField.CHILD_ID).isEmpty() && !row.child().id().equals("row-" + row.line())) {
                    linesById.computeIfAbsent(row.child().id(), id -> new ArrayList<>()).add(row.line());
                }
            });
        }

        List<String> warnings(java.time.LocalDate today) {
            List<String> warnings = new ArrayList<>();
            if (!repeatedHeaders.isEmpty()) {
                warnings.add("skipped " + repeatedHeaders.size() + " repeated header rows (lines " + lines(repeatedHeaders)
                        + "), as when two exports are pasted together");
            }
            skippedByStatus.forEach((reason, lines) -> warnings.add("skipped " + lines.size() + " Qualtrics " + reason
                    + " rows (lines " + lines(lines) + ")"));
            if (!unfinished.isEmpty()) {
                warnings.add(unfinished.size() + " rows are unfinished responses (Qualtrics Finished = 0, lines "
                        + lines(unfinished) + "); they were read, check their answers");
            }
            linesById.forEach((id, lines) -> {
                if (lines.size() > 1) {
                    warnings.add("child id '" + id + "' is on lines " + lines(lines)
                            + "; each row is read as a separate assessment");
                }
            });
            long fromCompletion = rows.stream().filter(r -> r.assessedOnSource() == AssessmentDateSource.COMPLETION_TIME).count();
            long fromToday = rows.stream().filter(r -> r.assessedOnSource() == AssessmentDateSource.TODAY).count();
            if (fromCompletion > 0) {
                warnings.add(fromCompletion + " rows have no assessment date, so the survey tool's completion time was used");
            }
            if (fromToday > 0) {
                warnings.add(fromToday + " rows have no assessment date or completion time, so they were assessed as of "
                        + "today, " + today);
            }
            return warnings;
        }

        private static String lines(List<Integer> lines) {
            int shown = Math.min(lines.size(), 20);
            String listed = String.join(", ", lines.subList(0, shown).stream().map(String::valueOf).toList());
            return lines.size() > shown ? listed + " and " + (lines.size() - shown) + " more" : listed;
        }
    }
}
