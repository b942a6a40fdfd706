package org.otmilestones.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.otmilestones.core.Answer;

/** Reads and writes checklists and their answers; each method is one transaction. */
final class ChecklistStore {

    /** A new checklist started on the page. */
    record NewChecklist(Optional<String> childId, String childName, LocalDate dateOfBirth,
            Optional<Integer> weeksAtBirth, Optional<String> completedBy, String language, String checkpointId,
            LocalDate assessedOn) {
    }

    /**
     * One imported row to keep.
     *
     * @param generatedId true when the file gave no id (the importer's {@code row-<line>}): the row gets a
     *        new id of the data folder instead
     */
    record ImportedChecklist(int line, String importKey, String childId, boolean generatedId, Optional<String> childName,
            LocalDate dateOfBirth, Optional<Integer> weeksAtBirth, Optional<String> completedBy, String language,
            LocalDate assessedOn, Map<String, Answer> answers) {
    }

    /** Where the checklists a list shows stand. */
    enum Stage {
        /** Every checklist. */
        ANY,
        /** Not finished by the family. */
        UNFINISHED,
        /** Finished, not yet marked as reviewed. */
        NOT_REVIEWED,
        /** Finished, reviewed or not. */
        FINISHED
    }

    /**
     * Which checklists a list shows.
     *
     * @param day the day filled in, if only one day
     * @param importId the import, if only one
     * @param search text the child's name or id holds, compared without case or accents
     * @param stage where they stand
     */
    record Filter(Optional<LocalDate> day, Optional<Long> importId, Optional<String> search, Stage stage) {
        Filter {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(importId, "importId");
            Objects.requireNonNull(search, "search");
            Objects.requireNonNull(stage, "stage");
        }

        static Filter all() {
            return new Filter(Optional.empty(), Optional.empty(), Optional.empty(), Stage.ANY);
        }

        Filter withStage(Stage newStage) {
            return new Filter(day, importId, search, newStage);
        }
    }

    private static final String COLUMNS = "id, source, import_id, import_line, child_id, child_name, date_of_birth,"
            + " weeks_at_birth, completed_by, language, checkpoint_id, assessed_on, created_at, finished_at, reviewed_at";

    private final Database db;

    ChecklistStore(Database db) {
        this.db = db;
    }

    /** Saves a new page checklist with the hash of its family link; returns its id. */
    long create(NewChecklist n, String tokenHash, Instant now) throws SQLException {
        return db.write(c -> {
            long id;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO checklists (token_hash, source, child_id,"
                    + " child_name, date_of_birth, weeks_at_birth, completed_by, language, checkpoint_id, assessed_on,"
                    + " created_at) VALUES (?, 'PAGE', ?, ?, ?, ?, ?, ?, ?, ?, ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
                s.setString(1, tokenHash);
                s.setString(2, n.childId().orElse("pending"));
                s.setString(3, n.childName());
                s.setString(4, n.dateOfBirth().toString());
                setInt(s, 5, n.weeksAtBirth());
                s.setString(6, n.completedBy().orElse(null));
                s.setString(7, n.language());
                s.setString(8, n.checkpointId());
                s.setString(9, n.assessedOn().toString());
                s.setString(10, now.toString());
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            if (n.childId().isEmpty()) {
                try (PreparedStatement s = c.prepareStatement("UPDATE checklists SET child_id = ? WHERE id = ?")) {
                    s.setString(1, ChildIds.next(c));
                    s.setLong(2, id);
                    s.executeUpdate();
                }
            }
            return id;
        });
    }

    Optional<StoredChecklist> byTokenHash(String tokenHash) throws SQLException {
        return db.read(c -> one(c, "token_hash = ?", tokenHash));
    }

    Optional<StoredChecklist> byId(long id) throws SQLException {
        return db.read(c -> one(c, "id = ?", id));
    }

    /**
     * Saves answers of an unfinished checklist in one transaction; returns false (and saves nothing)
     * when the checklist is finished or gone.
     */
    boolean saveAnswers(long checklistId, Map<String, Integer> positions, Map<String, Answer> answers) throws SQLException {
        return db.write(c -> {
            try (PreparedStatement check = c.prepareStatement(
                    "SELECT 1 FROM checklists WHERE id = ? AND finished_at IS NULL")) {
                check.setLong(1, checklistId);
                try (ResultSet rs = check.executeQuery()) {
                    if (!rs.next()) {
                        return false;
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO answers (checklist_id, position, question_id,"
                    + " answer) VALUES (?, ?, ?, ?) ON CONFLICT (checklist_id, question_id) DO UPDATE SET"
                    + " answer = excluded.answer")) {
                for (Map.Entry<String, Answer> e : answers.entrySet()) {
                    s.setLong(1, checklistId);
                    s.setInt(2, positions.getOrDefault(e.getKey(), 0));
                    s.setString(3, e.getKey());
                    s.setString(4, e.getValue().name());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return true;
        });
    }

    /** Marks an unfinished checklist finished; false when it was already finished or is gone. */
    boolean finish(long id, Instant now) throws SQLException {
        return update("UPDATE checklists SET finished_at = ? WHERE id = ? AND finished_at IS NULL", now.toString(), id);
    }

    boolean markReviewed(long id, Instant now) throws SQLException {
        return update("UPDATE checklists SET reviewed_at = ? WHERE id = ? AND finished_at IS NOT NULL", now.toString(), id);
    }

    /** Gives an unfinished checklist a new family link; the old one stops working. */
    boolean replaceToken(long id, String tokenHash) throws SQLException {
        return update("UPDATE checklists SET token_hash = ?, unlock_failures = 0 WHERE id = ? AND finished_at IS NULL",
                tokenHash, id);
    }

    /** Deletes the checklist and its answers, and empties the WAL so no copy is left behind. */
    boolean delete(long id) throws SQLException {
        boolean deleted = db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM checklists WHERE id = ?")) {
                s.setLong(1, id);
                return s.executeUpdate() == 1;
            }
        });
        db.checkpoint();
        return deleted;
    }

    private boolean update(String sql, String value, long id) throws SQLException {
        return db.write(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, value);
                s.setLong(2, id);
                return s.executeUpdate() == 1;
            }
        });
    }

    /** The checklists the filter selects, newest first (by day filled in, then by id), with their answers. */
    List<StoredChecklist> list(Filter filter) throws SQLException {
        return byIds(ids(filter));
    }

    /** The ids of the checklists the filter selects, newest first: a light query, for counting and paging. */
    List<Long> ids(Filter filter) throws SQLException {
        List<String> where = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        filter.day().ifPresent(d -> {
            where.add("assessed_on = ?");
            args.add(d.toString());
        });
        filter.importId().ifPresent(i -> {
            where.add("import_id = ?");
            args.add(i);
        });
        filter.search().map(Database::fold).map(String::strip).filter(q -> !q.isEmpty()).ifPresent(q -> {
            // instr on folded text: no LIKE wildcards to escape (a % in a search is just a %), and "lopez"
            // finds "López".
            where.add("(instr(" + Database.FOLD + "(child_name), ?) > 0 OR instr(" + Database.FOLD + "(child_id), ?) > 0)");
            args.add(q);
            args.add(q);
        });
        switch (filter.stage()) {
            case UNFINISHED -> where.add("finished_at IS NULL");
            case NOT_REVIEWED -> where.add("finished_at IS NOT NULL AND reviewed_at IS NULL");
            case FINISHED -> where.add("finished_at IS NOT NULL");
            case ANY -> {
                // No condition.
            }
        }
        String sql = "SELECT id FROM checklists" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY assessed_on DESC, id DESC";
        return db.read(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < args.size(); i++) {
                    s.setObject(i + 1, args.get(i));
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    /** These checklists with their answers, in the order given; ids that are gone are left out. */
    List<StoredChecklist> byIds(List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.read(c -> {
            Map<Long, Row> rows = new HashMap<>();
            for (int from = 0; from < ids.size(); from += 500) {
                List<Long> slice = ids.subList(from, Math.min(ids.size(), from + 500));
                String marks = slice.stream().map(i -> "?").collect(Collectors.joining(","));
                try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM checklists WHERE id IN ("
                        + marks + ")")) {
                    for (int i = 0; i < slice.size(); i++) {
                        s.setLong(i + 1, slice.get(i));
                    }
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            Row row = Row.of(rs);
                            rows.put(row.id(), row);
                        }
                    }
                }
            }
            List<Long> found = ids.stream().filter(rows::containsKey).toList();
            Map<Long, Map<String, Answer>> answers = answers(c, found);
            return found.stream().map(id -> rows.get(id).with(answers.getOrDefault(id, Map.of()))).toList();
        });
    }

    /** The other checklists with this child id (the same child's other visits), newest first. */
    List<StoredChecklist> sameChild(String childId, long except) throws SQLException {
        List<Long> ids = db.read(c -> {
            List<Long> found = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM checklists WHERE child_id = ? AND id <> ?"
                    + " ORDER BY assessed_on DESC, id DESC LIMIT 100")) {
                s.setString(1, childId);
                s.setLong(2, except);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getLong(1));
                    }
                }
            }
            return found;
        });
        return byIds(ids);
    }

    /** Gives a checklist another child id, which links it to the other checklists with that id. */
    boolean changeChildId(long id, String childId) throws SQLException {
        return update("UPDATE checklists SET child_id = ? WHERE id = ?", childId, id);
    }

    /** How many unfinished checklists were started before this moment. */
    int countUnfinishedBefore(Instant before) throws SQLException {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT count(*) FROM checklists WHERE finished_at IS NULL AND created_at < ?")) {
                s.setString(1, before.toString());
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    /**
     * Deletes the unfinished checklists started before this moment, with their answers, and empties the
     * WAL; returns the ids deleted.
     */
    List<Long> deleteUnfinishedBefore(Instant before) throws SQLException {
        List<Long> deleted = db.write(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id FROM checklists WHERE finished_at IS NULL AND created_at < ?")) {
                s.setString(1, before.toString());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM checklists WHERE id = ?")) {
                for (long id : ids) {
                    s.setLong(1, id);
                    s.addBatch();
                }
                s.executeBatch();
            }
            return ids;
        });
        if (!deleted.isEmpty()) {
            db.checkpoint();
        }
        return deleted;
    }

    /** What a date of birth typed on a family link did. */
    enum Unlock {
        /** The date is the child's: the checklist opens on this device. */
        OPENED,
        /** Not the child's date; the link still works. */
        WRONG,
        /** Not the child's date, and that was the last try: the link works no more. */
        CLOSED,
        /** No checklist has this link (any more). */
        NO_LINK
    }

    /**
     * Checks a date of birth typed on a family link, counting the try in the same transaction: a right one
     * clears the count; the {@code tries}-th wrong one closes the link for good (staff can make a new one).
     */
    Unlock unlock(String tokenHash, LocalDate typed, int tries) throws SQLException {
        return db.write(c -> {
            long id;
            String born;
            int failures;
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, date_of_birth, unlock_failures FROM checklists WHERE token_hash = ?")) {
                s.setString(1, tokenHash);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Unlock.NO_LINK;
                    }
                    id = rs.getLong(1);
                    born = rs.getString(2);
                    failures = rs.getInt(3);
                }
            }
            if (failures >= tries) {
                closeLink(c, id);
                return Unlock.CLOSED;
            }
            boolean right = born.equals(typed.toString());
            try (PreparedStatement s = c.prepareStatement("UPDATE checklists SET unlock_failures = ? WHERE id = ?")) {
                s.setInt(1, right ? 0 : failures + 1);
                s.setLong(2, id);
                s.executeUpdate();
            }
            if (right) {
                return Unlock.OPENED;
            }
            if (failures + 1 >= tries) {
                closeLink(c, id);
                return Unlock.CLOSED;
            }
            return Unlock.WRONG;
        });
    }

    private static void closeLink(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE checklists SET token_hash = NULL WHERE id = ?")) {
            s.setLong(1, id);
            s.executeUpdate();
        }
    }

    /** True when a row with this content was imported before. */
    boolean imported(String importKey) throws SQLException {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM checklists WHERE import_key = ?")) {
                s.setString(1, importKey);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** What saving an import did. */
    record ImportSaved(long importId, List<Integer> addedLines, List<Integer> repeatedLines) {
    }

    /**
     * Saves the rows of one import in one transaction; rows whose content was imported before are
     * left out and reported, so importing the same file twice adds nothing.
     */
    ImportSaved saveImport(String fileName, Instant now, List<ImportedChecklist> rows) throws SQLException {
        return db.write(c -> {
            long importId;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO imports (file_name, imported_at) VALUES (?, ?)",
                    PreparedStatement.RETURN_GENERATED_KEYS)) {
                s.setString(1, fileName);
                s.setString(2, now.toString());
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    importId = keys.getLong(1);
                }
            }
            List<Integer> added = new ArrayList<>();
            List<Integer> repeated = new ArrayList<>();
            for (ImportedChecklist row : rows) {
                try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM checklists WHERE import_key = ?")) {
                    s.setString(1, row.importKey());
                    try (ResultSet rs = s.executeQuery()) {
                        if (rs.next()) {
                            repeated.add(row.line());
                            continue;
                        }
                    }
                }
                long id;
                try (PreparedStatement s = c.prepareStatement("INSERT INTO checklists (source, import_id, import_line,"
                        + " import_key, child_id, child_name, date_of_birth, weeks_at_birth, completed_by, language,"
                        + " assessed_on, created_at, finished_at) VALUES ('IMPORT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        PreparedStatement.RETURN_GENERATED_KEYS)) {
                    s.setLong(1, importId);
                    s.setInt(2, row.line());
                    s.setString(3, row.importKey());
                    s.setString(4, row.generatedId() ? ChildIds.next(c) : row.childId());
                    s.setString(5, row.childName().orElse(null));
                    s.setString(6, row.dateOfBirth().toString());
                    setInt(s, 7, row.weeksAtBirth());
                    s.setString(8, row.completedBy().orElse(null));
                    s.setString(9, row.language());
                    s.setString(10, row.assessedOn().toString());
                    s.setString(11, now.toString());
                    s.setString(12, now.toString());
                    s.executeUpdate();
                    try (ResultSet keys = s.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO answers (checklist_id, position, question_id, answer) VALUES (?, ?, ?, ?)")) {
                    int position = 0;
                    for (Map.Entry<String, Answer> e : row.answers().entrySet()) {
                        s.setLong(1, id);
                        s.setInt(2, position++);
                        s.setString(3, e.getKey());
                        s.setString(4, e.getValue().name());
                        s.addBatch();
                    }
                    s.executeBatch();
                }
                added.add(row.line());
            }
            return new ImportSaved(importId, added, repeated);
        });
    }

    /** The file name of an import, if it exists. */
    Optional<String> importFileName(long importId) throws SQLException {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT file_name FROM imports WHERE id = ?")) {
                s.setLong(1, importId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** How many answers (other than blanks) the database holds, for the load benchmark's check. */
    long answerCount() throws SQLException {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM answers WHERE answer <> 'NO_ANSWER'");
                    ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    private static Optional<StoredChecklist> one(Connection c, String where, Object arg) throws SQLException {
        Row row;
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM checklists WHERE " + where)) {
            s.setObject(1, arg);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                row = Row.of(rs);
            }
        }
        return Optional.of(row.with(answers(c, List.of(row.id())).getOrDefault(row.id(), Map.of())));
    }

    private static Map<Long, Map<String, Answer>> answers(Connection c, List<Long> ids) throws SQLException {
        Map<Long, Map<String, Answer>> byChecklist = new HashMap<>();
        if (ids.isEmpty()) {
            return byChecklist;
        }
        // In slices, to stay far below SQLite's limit on bound values.
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> slice = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = slice.stream().map(i -> "?").collect(Collectors.joining(","));
            try (PreparedStatement s = c.prepareStatement("SELECT checklist_id, question_id, answer FROM answers"
                    + " WHERE checklist_id IN (" + marks + ") ORDER BY checklist_id, position, question_id")) {
                for (int i = 0; i < slice.size(); i++) {
                    s.setLong(i + 1, slice.get(i));
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        byChecklist.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                                .put(rs.getString(2), Answer.valueOf(rs.getString(3)));
                    }
                }
            }
        }
        return byChecklist;
    }

    private static void setInt(PreparedStatement s, int index, Optional<Integer> value) throws SQLException {
        if (value.isPresent()) {
            s.setInt(index, value.get());
        } else {
            s.setNull(index, Types.INTEGER);
        }
    }

    /** A checklist row before its answers are read. */
    private record Row(long id, StoredChecklist.Source source, Optional<Long> importId, int importLine, String childId,
            Optional<String> childName, LocalDate dateOfBirth, Optional<Integer> weeksAtBirth,
            Optional<String> completedBy, String language, Optional<String> checkpointId, LocalDate assessedOn,
            Instant createdAt, Optional<Instant> finishedAt, Optional<Instant> reviewedAt) {

        static Row of(ResultSet rs) throws SQLException {
            long importId = rs.getLong("import_id");
            Optional<Long> imported = rs.wasNull() ? Optional.empty() : Optional.of(importId);
            int weeks = rs.getInt("weeks_at_birth");
            Optional<Integer> weeksAtBirth = rs.wasNull() ? Optional.empty() : Optional.of(weeks);
            return new Row(rs.getLong("id"), StoredChecklist.Source.valueOf(rs.getString("source")), imported,
                    rs.getInt("import_line"), rs.getString("child_id"), Optional.ofNullable(rs.getString("child_name")),
                    LocalDate.parse(rs.getString("date_of_birth")), weeksAtBirth,
                    Optional.ofNullable(rs.getString("completed_by")), rs.getString("language"),
                    Optional.ofNullable(rs.getString("checkpoint_id")), LocalDate.parse(rs.getString("assessed_on")),
                    Instant.parse(rs.getString("created_at")),
                    Optional.ofNullable(rs.getString("finished_at")).map(Instant::parse),
                    Optional.ofNullable(rs.getString("reviewed_at")).map(Instant::parse));
        }

        StoredChecklist with(Map<String, Answer> answers) {
            return new StoredChecklist(id, source, importId, importLine, childId, childName, dateOfBirth, weeksAtBirth,
                    completedBy, language, checkpointId, assessedOn, createdAt, finishedAt, reviewedAt, answers);
        }
    }
}
