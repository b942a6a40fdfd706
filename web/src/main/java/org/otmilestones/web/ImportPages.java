package org.otmilestones.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.otmilestones.core.Answer;
import org.otmilestones.core.InvalidAssessmentException;
import org.otmilestones.survey.DateOrder;
import org.otmilestones.survey.ImportException;
import org.otmilestones.survey.ImportOptions;
import org.otmilestones.survey.ImportResult;
import org.otmilestones.survey.ImportedRow;
import org.otmilestones.survey.RowError;
import org.otmilestones.survey.SurveyImports;
import org.otmilestones.core.scoring.ChecklistScorer;

/**
 * Importing a survey export on the staff page, with the library's importer and its messages: the rows
 * that read join the list, each failed row is shown with its line, and when a date order would fix
 * rows the page offers the choice.
 */
final class ImportPages {

    private final Http http;
    private final StaffPages staff;
    private final ChecklistStore store;
    private final Results results;
    private final StaffRows rows;
    private final Path dataDir;
    private final Clock clock;

    ImportPages(Http http, StaffPages staff, ChecklistStore store, Results results, Path dataDir, Clock clock) {
        this.http = http;
        this.staff = staff;
        this.store = store;
        this.results = results;
        this.rows = new StaffRows(results);
        this.dataDir = dataDir;
        this.clock = clock;
    }

    void page(Context ctx) {
        StaffSessions.Session session = staff.staff(ctx);
        http.render(ctx, "staff-import", new Views.ImportPage(staff.layout("Import", session), session.csrf,
                Optional.empty(), List.of()));
    }

    void upload(Context ctx) throws SQLException, IOException {
        StaffSessions.Session session = staff.staffPost(ctx);
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null || file.filename() == null || file.filename().isBlank()) {
            problem(ctx, session, "Choose the CSV file to import.");
            return;
        }
        if (file.size() > SurveyImports.MAX_FILE_BYTES) {
            problem(ctx, session, "The file is larger than " + SurveyImports.MAX_FILE_BYTES / (1024 * 1024)
                    + " MB; split the export into smaller files.");
            return;
        }
        forgetOldUploads();
        // The time is in the name, by the server's clock, so old uploads are found without trusting file times.
        String id = clock.instant().getEpochSecond() + "-" + Tokens.random();
        Path dir = uploadDir(id);
        Files.createDirectories(dir);
        DataFolder.ownerOnlyFolder(dir);
        Path saved = dir.resolve(safeName(file.filename()));
        try (InputStream in = file.content()) {
            Files.copy(in, saved);
        }
        DataFolder.ownerOnly(saved);
        run(ctx, session, id, saved, dateOrder(ctx.formParam("dateOrder")));
    }

    void again(Context ctx) throws SQLException, IOException {
        StaffSessions.Session session = staff.staffPost(ctx);
        String id = ctx.formParam("upload");
        Optional<DateOrder> order = dateOrder(ctx.formParam("dateOrder"));
        if (id == null || !id.matches("\\d{1,12}-[A-Za-z0-9_-]{43}") || order.isEmpty()) {
            problem(ctx, session, "Choose the date order, then import again.");
            return;
        }
        Path dir = uploadDir(id);
        Optional<Path> saved = Files.isDirectory(dir) ? files(dir).stream().findFirst() : Optional.empty();
        if (saved.isEmpty()) {
            problem(ctx, session, "That upload is gone (the server was restarted). Choose the file again.");
            return;
        }
        run(ctx, session, id, saved.get(), order);
    }

    private void run(Context ctx, StaffSessions.Session session, String uploadId, Path file, Optional<DateOrder> order)
            throws SQLException, IOException {
        LocalDate today = LocalDate.now(clock);
        ImportOptions options = ImportOptions.defaults(today);
        ImportResult imported;
        try {
            imported = SurveyImports.read(file, results.catalog(), order.map(options::withDateOrder).orElse(options));
        } catch (ImportException e) {
            delete(uploadDir(uploadId));
            problem(ctx, session, "This file could not be read: " + e.problem() + ". " + capital(e.fix()) + ".");
            return;
        }
        List<Views.FailedRow> failed = new ArrayList<>();
        for (RowError e : imported.errors()) {
            String where = e.column().isPresent() ? "column " + e.column().getAsInt()
                    + e.header().map(h -> " (" + h + ")").orElse("") : "";
            String problem = e.problem() + e.value().map(v -> " (value '" + v + "')").orElse("");
            failed.add(new Views.FailedRow(e.line(), where, problem, e.fix()));
        }
        List<ChecklistStore.ImportedChecklist> keep = new ArrayList<>();
        for (ImportedRow row : imported.rows()) {
            try {
                ChecklistScorer.score(results.catalog(), row.child(), row.answers(), row.assessedOn());
                keep.add(toStored(row));
            } catch (InvalidAssessmentException e) {
                failed.add(new Views.FailedRow(row.line(), "", e.getMessage(), "check the row's dates"));
            }
        }
        failed.sort(Comparator.comparingInt(Views.FailedRow::line));
        String fileName = file.getFileName().toString();
        ChecklistStore.ImportSaved saved = store.saveImport(fileName, clock.instant(), keep);

        Map<String, Integer> fixes = new LinkedHashMap<>();
        if (order.isEmpty() && !imported.errors().isEmpty()) {
            for (DateOrder o : DateOrder.values()) {
                fixes.put(o.name(), fixedBy(file, options.withDateOrder(o), imported));
            }
        }
        boolean offer = fixes.values().stream().anyMatch(n -> n > 0);
        if (!offer) {
            delete(uploadDir(uploadId));
        }
        List<String> notes = new ArrayList<>(imported.warnings());
        if (!imported.unmappedColumns().isEmpty()) {
            notes.add("Columns not used (" + imported.unmappedColumns().size() + "): "
                    + String.join(", ", imported.unmappedColumns()));
        }
        Set<Integer> added = Set.copyOf(saved.addedLines());
        List<Views.Row> shown = new ArrayList<>();
        for (StoredChecklist c : store.list(new ChecklistStore.Filter(Optional.empty(), Optional.of(saved.importId()),
                Optional.empty(), ChecklistStore.Stage.ANY))) {
            if (added.contains(c.importLine())) {
                shown.add(rows.row(c));
            }
        }
        shown.sort(Comparator.comparing(Views.Row::id));
        Views.ImportReport report = new Views.ImportReport(fileName, imported.format().describe(), notes, shown,
                rows.areaNames(), failed, saved.repeatedLines(), offer ? Optional.of(uploadId) : Optional.empty(), fixes,
                saved.importId());
        http.render(ctx, "staff-import", new Views.ImportPage(staff.layout("Import", session), session.csrf,
                Optional.of(report), List.of()));
    }

    /** How many of the failed lines would read with this date order. */
    private int fixedBy(Path file, ImportOptions options, ImportResult without) {
        try {
            Set<Integer> failedBefore = Set.copyOf(without.failedLines());
            Set<Integer> failedAfter = Set.copyOf(SurveyImports.read(file, results.catalog(), options).failedLines());
            return (int) failedBefore.stream().filter(line -> !failedAfter.contains(line)).count();
        } catch (ImportException e) {
            return 0;
        }
    }

    private ChecklistStore.ImportedChecklist toStored(ImportedRow row) {
        var child = row.child();
        var answers = row.answers();
        String language = row.language().orElse(results.catalog().defaultLanguage());
        // The importer calls a row without an id "row-<line>", the same in every file: such a row gets an id
        // of this data folder instead.
        boolean generated = child.id().equals("row-" + row.line());
        return new ChecklistStore.ImportedChecklist(row.line(), importKey(row, language), child.id(), generated, child.name(),
                child.dateOfBirth(), child.weeksAtBirth(), answers.completedBy(), language, row.assessedOn(),
                answers.byQuestionId());
    }

    /** A fingerprint of everything the handout is made from, so a row imported twice is kept once. */
    static String importKey(ImportedRow row, String language) {
        StringBuilder s = new StringBuilder();
        var child = row.child();
        s.append(child.id()).append('\u0000').append(child.name().orElse("")).append('\u0000')
                .append(child.dateOfBirth()).append('\u0000').append(child.weeksAtBirth().map(String::valueOf).orElse(""))
                .append('\u0000').append(row.assessedOn()).append('\u0000').append(language).append('\u0000')
                .append(row.answers().completedBy().orElse("")).append('\u0000')
                .append(row.answers().checkpointId().orElse(""));
        for (Map.Entry<String, Answer> e : row.answers().byQuestionId().entrySet()) {
            s.append('\u0000').append(e.getKey()).append('=').append(e.getValue().name());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void problem(Context ctx, StaffSessions.Session session, String text) {
        ctx.status(400);
        http.render(ctx, "staff-import", new Views.ImportPage(staff.layout("Import", session), session.csrf,
                Optional.empty(), List.of(text)));
    }

    private Path uploadDir(String id) throws IOException {
        return DataFolder.uploads(dataDir).resolve("import-" + id);
    }

    /** How long an upload waits for staff to choose a date order before it is deleted. */
    static final java.time.Duration KEEP_UPLOAD = java.time.Duration.ofHours(1);

    /** Deletes uploads kept for a date-order choice that never came; the server's stop deletes the rest. */
    private void forgetOldUploads() throws IOException {
        long oldest = clock.instant().minus(KEEP_UPLOAD).getEpochSecond();
        try (Stream<Path> kept = Files.list(DataFolder.uploads(dataDir))) {
            for (Path p : kept.toList()) {
                String name = p.getFileName().toString();
                if (name.matches("import-\\d{1,12}-.*") && Long.parseLong(name.split("-")[1]) < oldest) {
                    delete(p);
                }
            }
        }
    }

    /** The uploaded file's own name, made safe, so messages name the file staff chose. */
    static String safeName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        String safe = base.replaceAll("[^A-Za-z0-9._ -]", "_").replaceAll("^[.]+", "_").strip();
        if (safe.isEmpty()) {
            safe = "export.csv";
        }
        return safe.length() > 100 ? safe.substring(0, 100) : safe;
    }

    private static Optional<DateOrder> dateOrder(String raw) {
        if ("MDY".equals(raw)) {
            return Optional.of(DateOrder.MDY);
        }
        if ("DMY".equals(raw)) {
            return Optional.of(DateOrder.DMY);
        }
        return Optional.empty();
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isRegularFile).collect(Collectors.toList());
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
