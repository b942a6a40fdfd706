package org.otmilestones.survey;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.VisibleText;

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
        Collector collector = new Collector();
        ImportResult result = read(file, catalog, options, collector);
        return new ImportResult(result.file(), result.format(), collector.rows, collector.errors,
                result.unmappedColumns(), result.questionIdsFound(), result.warnings(), result.skippedRows(),
                result.columns());
    }

    /**
     * Reads an export and hands each row to {@code handler} as it is read, keeping none: for exports too large
     * to hold as rows. The result says how the file was read; its {@link ImportResult#rows() rows} and
     * {@link ImportResult#errors() errors} are empty, since they went to the handler.
     *
     * @throws ImportException as {@link #read(Path, Catalog, ImportOptions)}, always before the first row
     */
    public static ImportResult read(Path file, Catalog catalog, ImportOptions options, RowHandler handler)
            throws ImportException {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        return read(bytes(file, name), name, catalog, options, handler);
    }

    /**
     * Reads an export from a stream, such as standard input, as {@link #read(Path, Catalog, ImportOptions,
     * RowHandler)} does; at most {@link #MAX_FILE_BYTES} are read, and the stream is not closed.
     *
     * @param name how messages name the input, such as {@code <stdin>}
     */
    public static ImportResult read(InputStream in, String name, Catalog catalog, ImportOptions options,
            RowHandler handler) throws ImportException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            throw new ImportException(name, "cannot be read (" + e.getClass().getSimpleName() + ")",
                    "check the program that writes to it and try again");
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw tooLarge(name, "more than " + megabytes(MAX_FILE_BYTES));
        }
        return read(bytes, name, catalog, options, handler);
    }

    private static ImportResult read(byte[] bytes, String name, Catalog catalog, ImportOptions options,
            RowHandler handler) throws ImportException {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(handler, "handler");
        DecodedText decoded = DecodedText.decode(bytes, options.encoding(), name);
        bytes = null; // the text holds the file now; let the bytes go before the rows are read
        List<Integer> boms = new ArrayList<>();
        LineIndex lines = new LineIndex(withoutLineStartBoms(decoded.text(), boms));
        char delimiter = options.delimiter().orElseGet(() -> DelimiterSniffer.sniff(lines));
        Head head = Head.find(lines, delimiter, name);
        ToolProfile profile = ToolProfile.detect(head.records.stream().map(CsvRecords.Raw::cells).toList());
        int headerRows = Math.min(profile.headerRows(), head.records.size());
        int lastHeaderLine = head.records.get(headerRows - 1).line();
        for (CsvRecords.Broken broken : head.broken) {
            if (broken.line() <= lastHeaderLine) {
                throw brokenHeader(name, broken);
            }
        }
        List<List<String>> headerCells = head.records.subList(0, headerRows).stream().map(CsvRecords.Raw::cells).toList();
        List<ColumnHeader> headers = ColumnHeader.of(headerCells, profile.tool());
        ColumnPlan plan = ColumnPlan.resolve(headers, profile.tool(), catalog, options.mapping(), name);
        DetectedFormat format = new DetectedFormat(decoded.charset(), delimiter, headerRows, profile.tool(),
                headers.size());

        List<String> warnings = new ArrayList<>(decoded.warnings());
        if (!boms.isEmpty()) {
            warnings.add("dropped the byte order mark (U+FEFF) at the start of " + Batch.lines(boms)
                    + ", as when two exports are pasted together");
        }
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
        List<String> unmapped = unmapped(plan);
        List<String> questionIds = List.copyOf(plan.questionColumns().keySet());
        handler.started(new ImportResult(name, format, List.of(), List.of(), unmapped, questionIds, warnings, 0,
                plan.infos()));

        Batch batch = new Batch(name, plan, new RowReader(plan, catalog, name, options.today(),
                options.effectiveDateOrder(), decoded.damaged()), headerCells.get(0), handler);
        batch.readAll(lines, delimiter, lastHeaderLine);
        if (batch.dataRecords == 0) {
            warnings.add("the file has a header but no answer rows");
        }
        warnings.addAll(batch.warnings(options.today()));
        return new ImportResult(name, format, List.of(), List.of(), unmapped, questionIds, warnings, batch.skipped,
                plan.infos());
    }

    /**
     * The text without a byte order mark at the start of any line (the decoder drops the file's own): one left
     * where two exports were pasted together would become part of the first cell, an id that looks like
     * another. Lines keep their numbers; {@code lines} gets the number of each line that had one.
     */
    static String withoutLineStartBoms(String text, List<Integer> lines) {
        int bom = text.indexOf('\uFEFF');
        if (bom < 0) {
            return text;
        }
        LineIndex index = new LineIndex(text);
        StringBuilder kept = new StringBuilder(text.length());
        int from = 0;
        for (; bom >= 0; bom = text.indexOf('\uFEFF', bom + 1)) {
            char before = bom == 0 ? '\n' : text.charAt(bom - 1);
            if (before == '\n' || before == '\r') {
                kept.append(text, from, bom);
                from = bom + 1;
                lines.add(index.lineOf(bom));
            }
        }
        if (lines.isEmpty()) {
            return text;
        }
        return kept.append(text, from, text.length()).toString();
    }

    /** The first records that are not blank (up to three, enough to tell the header rows), and the broken places among them. */
    private record Head(List<CsvRecords.Raw> records, List<CsvRecords.Broken> broken) {

        static Head find(LineIndex lines, char delimiter, String name) throws ImportException {
            List<CsvRecords.Raw> records = new ArrayList<>();
            List<CsvRecords.Broken> broken = new ArrayList<>();
            CsvRecords.forEach(lines, delimiter, new CsvRecords.Visitor() {
                @Override
                public boolean record(CsvRecords.Raw record) {
                    if (!record.isBlank()) {
                        records.add(record);
                    }
                    return records.size() < 3;
                }

                @Override
                public void broken(CsvRecords.Broken place) {
                    broken.add(place);
                }
            });
            if (records.isEmpty()) {
                if (!broken.isEmpty()) {
                    throw brokenHeader(name, broken.get(0));
                }
                throw new ImportException(name, "is empty",
                        "export the responses again; the file should start with a header row");
            }
            return new Head(records, broken);
        }
    }

    /** Keeps every row and error, for {@link #read(Path, Catalog, ImportOptions)}. */
    private static final class Collector implements RowHandler {
        final List<ImportedRow> rows = new ArrayList<>();
        final List<RowError> errors = new ArrayList<>();

        @Override
        public void row(ImportedRow row) {
            rows.add(row);
        }

        @Override
        public void failed(int line, List<RowError> rowErrors) {
            errors.addAll(rowErrors);
        }
    }

    private static byte[] bytes(Path file, String name) throws ImportException {
        try {
            if (Files.isDirectory(file)) {
                throw new ImportException(name, "is a folder, not a file", "give the path of the exported CSV file");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw tooLarge(name, megabytes(size) + ", more than the " + megabytes(MAX_FILE_BYTES));
            }
            try (InputStream in = Files.newInputStream(file)) {
                // Read no more than the limit even if the file grows, or is not a plain file, while it is read.
                byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
                if (bytes.length > MAX_FILE_BYTES) {
                    throw tooLarge(name, "more than " + megabytes(MAX_FILE_BYTES));
                }
                return bytes;
            }
        } catch (IOException e) {
            throw ImportException.unreadable(name, e);
        }
    }

    private static ImportException tooLarge(String name, String size) {
        return new ImportException(name, "is " + size + " this importer reads", "split the export into smaller files");
    }

    /** "33.6 MB": one decimal, so a file just over the limit is not called as large as the limit. */
    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
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

    /** The data rows of one file as they are read, in file order; each goes to the handler and is not kept. */
    private static final class Batch {
        /** How many repeated child ids get a note of their own. */
        static final int IDS_SHOWN = 10;
        final String file;
        final ColumnPlan plan;
        final RowReader reader;
        final List<String> header;
        final RowHandler handler;
        /** Each child id's first line; most ids are on one line, so only the repeated ones get a list. */
        final Map<String, Integer> firstLineById = new java.util.HashMap<>();
        final Map<String, List<Integer>> repeatedById = new LinkedHashMap<>();
        final List<Integer> repeatedHeaders = new ArrayList<>();
        final Map<String, List<Integer>> skippedByStatus = new LinkedHashMap<>();
        final List<Integer> unfinished = new ArrayList<>();
        final List<Integer> damagedUnused = new ArrayList<>();
        int skipped;
        int dataRecords;
        int fromCompletion;
        int fromToday;

        Batch(String file, ColumnPlan plan, RowReader reader, List<String> header, RowHandler handler) {
            this.file = file;
            this.plan = plan;
            this.reader = reader;
            this.header = header;
            this.handler = handler;
        }

        /** Reads every record after the header, which ends on {@code lastHeaderLine}. */
        void readAll(LineIndex lines, char delimiter, int lastHeaderLine) {
            CsvRecords.forEach(lines, delimiter, new CsvRecords.Visitor() {
                @Override
                public boolean record(CsvRecords.Raw record) {
                    if (record.line() > lastHeaderLine && !record.isBlank()) {
                        dataRecords++;
                        read(record);
                    }
                    return true;
                }

                @Override
                public void broken(CsvRecords.Broken broken) {
                    // Broken places in the header were refused before any row was read.
                    addBroken(broken);
                }
            });
        }

        private void addBroken(CsvRecords.Broken broken) {
            Optional<String> header = broken.column().isPresent() && broken.column().getAsInt() <= plan.headers().size()
                    ? Optional.of(plan.headers().get(broken.column().getAsInt() - 1).display()) : Optional.empty();
            dataRecords++;
            handler.failed(broken.line(), List.of(new RowError(file, broken.line(), broken.column(), header,
                    Optional.empty(), broken.problem(), "fix the quotes on this line; a quote inside a quoted value is"
                            + " written as two quotes (\"\"); the lines after it were read on their own")));
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
            if (outcome.damagedUnusedColumn()) {
                damagedUnused.add(record.line());
            }
            if (!outcome.errors().isEmpty()) {
                handler.failed(record.line(), outcome.childId(), outcome.errors());
            }
            outcome.row().ifPresent(row -> {
                if (!plan.columns(ChildField.CHILD_ID).isEmpty() && !row.child().id().equals("row-" + row.line())) {
                    Integer first = firstLineById.putIfAbsent(row.child().id(), row.line());
                    if (first != null) {
                        repeatedById.computeIfAbsent(row.child().id(), id -> new ArrayList<>(List.of(first)))
                                .add(row.line());
                    }
                }
                if (row.assessedOnSource() == AssessmentDateSource.COMPLETION_TIME) {
                    fromCompletion++;
                } else if (row.assessedOnSource() == AssessmentDateSource.TODAY) {
                    fromToday++;
                }
                handler.row(row);
            });
        }

        List<String> warnings(java.time.LocalDate today) {
            List<String> warnings = new ArrayList<>();
            if (!repeatedHeaders.isEmpty()) {
                warnings.add("skipped " + count(repeatedHeaders.size(), "repeated header row", "repeated header rows")
                        + " (" + lines(repeatedHeaders) + "), as when two exports are pasted together");
            }
            skippedByStatus.forEach((reason, lines) -> warnings.add("skipped " + count(lines.size(), "Qualtrics " + reason
                    + " row", "Qualtrics " + reason + " rows") + " (" + lines(lines) + ")"));
            if (!damagedUnused.isEmpty()) {
                warnings.add(count(damagedUnused.size(), "row holds", "rows hold") + " bytes that are not valid UTF-8"
                        + " only in columns that are not used (" + lines(damagedUnused) + "); "
                        + (damagedUnused.size() == 1 ? "it was" : "they were") + " read as usual");
            }
            if (!unfinished.isEmpty()) {
                warnings.add(count(unfinished.size(), "row is an unfinished response", "rows are unfinished responses")
                        + " (Qualtrics Finished = 0, " + lines(unfinished) + "); " + (unfinished.size() == 1
                        ? "it was read, check its answers" : "they were read, check their answers"));
            }
            List<String> repeatedIds = new ArrayList<>();
            repeatedById.forEach((id, lines) -> {
                if (lines.size() > 1) {
                    repeatedIds.add("child id '" + VisibleText.of(id) + "' is on " + lines(lines)
                            + "; each row is read as a separate assessment");
                }
            });
            warnings.addAll(repeatedIds.subList(0, Math.min(repeatedIds.size(), IDS_SHOWN)));
            if (repeatedIds.size() > IDS_SHOWN) {
                warnings.add("and " + (repeatedIds.size() - IDS_SHOWN) + " more child ids are on several lines");
            }
            if (fromCompletion > 0) {
                warnings.add(count(fromCompletion, "row has", "rows have")
                        + " no assessment date, so the survey tool's completion time was used");
            }
            if (fromToday > 0) {
                warnings.add(count(fromToday, "row has", "rows have") + " no assessment date or completion time, so "
                        + (fromToday == 1 ? "it was" : "they were") + " assessed as of today, " + today);
            }
            return warnings;
        }

        /** "1 row holds", "3 rows hold": a count with the words that agree with it. */
        private static String count(int n, String one, String many) {
            return n + " " + (n == 1 ? one : many);
        }

        /** "line 4" or "lines 2, 4 and 17 more": at most 20 listed. */
        static String lines(List<Integer> lines) {
            int shown = Math.min(lines.size(), 20);
            String listed = String.join(", ", lines.subList(0, shown).stream().map(String::valueOf).toList());
            return (lines.size() == 1 ? "line " : "lines ") + (lines.size() > shown
                    ? listed + " and " + (lines.size() - shown) + " more" : listed);
        }
    }
}
