package org.otmilestones.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otmilestones.core.Answer;

/** The data folder: owner-only files, versioned schema, transactions, backups while writing. */
class DatabaseTest {

    @TempDir
    Path tmp;

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    private static ChecklistStore.NewChecklist child(String name) {
        return new ChecklistStore.NewChecklist(Optional.empty(), name, LocalDate.of(2024, 5, 10), Optional.empty(),
                Optional.empty(), "en", "24m", LocalDate.of(2026, 12, 1));
    }

    @Test
    void theDataFolderAndEveryDatabaseFileAreTheOwnersOnly() throws Exception {
        Path data = tmp.resolve("data");
        try (Database db = Database.open(data)) {
            new ChecklistStore(db).create(child("Ana"), Tokens.hash(Tokens.random()), Instant.now());
            assertThat(mode(data)).isEqualTo("rwx------");
            assertThat(mode(data.resolve("otm.db"))).isEqualTo("rw-------");
            assertThat(mode(data.resolve("otm.db-wal"))).isEqualTo("rw-------");
            assertThat(mode(data.resolve("otm.db-shm"))).isEqualTo("rw-------");
        }
    }

    @Test
    void theSchemaIsMigratedOnceAndADatabaseFromANewerOtmIsRefused() throws Exception {
        Path data = tmp.resolve("data");
        try (Database db = Database.open(data)) {
            new ChecklistStore(db).create(child("Ana"), Tokens.hash(Tokens.random()), Instant.now());
        }
        try (Database db = Database.open(data)) {
            assertThat(new ChecklistStore(db).list(ChecklistStore.Filter.all())).hasSize(1);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("otm.db"))) {
            c.createStatement().executeUpdate("PRAGMA user_version = 99");
        }
        assertThatThrownBy(() -> Database.open(data)).isInstanceOf(WebSetupException.class)
                .hasMessageContaining("made by a newer otm");
    }

    /** The schema of otm's first release (version 1), as its migration wrote it. */
    private static final String RELEASE_SCHEMA = """
            CREATE TABLE settings (key TEXT PRIMARY KEY, value BLOB NOT NULL);
            CREATE TABLE imports (id INTEGER PRIMARY KEY, file_name TEXT NOT NULL, imported_at TEXT NOT NULL);
            CREATE TABLE checklists (id INTEGER PRIMARY KEY, token_hash TEXT UNIQUE,
              source TEXT NOT NULL CHECK (source IN ('PAGE', 'IMPORT')),
              import_id INTEGER REFERENCES imports(id) ON DELETE SET NULL, import_line INTEGER, import_key TEXT,
              child_id TEXT NOT NULL, child_name TEXT, date_of_birth TEXT NOT NULL, weeks_at_birth INTEGER,
              completed_by TEXT, language TEXT NOT NULL, checkpoint_id TEXT, assessed_on TEXT NOT NULL,
              created_at TEXT NOT NULL, finished_at TEXT, reviewed_at TEXT);
            CREATE INDEX checklists_by_day ON checklists(assessed_on);
            CREATE INDEX checklists_by_import ON checklists(import_id);
            CREATE INDEX checklists_by_key ON checklists(import_key);
            CREATE TABLE answers (checklist_id INTEGER NOT NULL REFERENCES checklists(id) ON DELETE CASCADE,
              position INTEGER NOT NULL, question_id TEXT NOT NULL, answer TEXT NOT NULL,
              PRIMARY KEY (checklist_id, question_id));
            INSERT INTO settings VALUES ('staff.passwordHash', 'x');
            INSERT INTO imports VALUES (1, 'monday.csv', '2026-11-30T10:00:00Z'), (2, 'tuesday.csv', '2026-12-01T10:00:00Z');
            INSERT INTO checklists (id, token_hash, source, child_id, child_name, date_of_birth, language,
              checkpoint_id, assessed_on, created_at) VALUES (1, 'HASH1', 'PAGE', 'web-1', 'Pia Page', '2024-05-10',
              'en', '24m', '2026-11-30', '2026-11-30T09:00:00Z');
            INSERT INTO checklists (id, source, import_id, import_line, import_key, child_id, child_name, date_of_birth,
              language, assessed_on, created_at, finished_at) VALUES
              (2, 'IMPORT', 1, 2, 'k1', 'row-2', 'Mia Monday', '2024-05-10', 'en', '2026-11-30', '2026-11-30T10:00:00Z',
               '2026-11-30T10:00:00Z'),
              (3, 'IMPORT', 1, 3, 'k2', 'A7', 'Abe Seven', '2024-05-10', 'en', '2026-11-30', '2026-11-30T10:00:00Z',
               '2026-11-30T10:00:00Z'),
              (4, 'IMPORT', 2, 2, 'k3', 'row-2', 'Tia Tuesday', '2024-05-10', 'en', '2026-12-01', '2026-12-01T10:00:00Z',
               '2026-12-01T10:00:00Z');
            INSERT INTO answers VALUES (2, 0, 'general-worried', 'YES'), (4, 0, 'general-worried', 'NOT_YET');
            PRAGMA user_version = 1;
            """;

    @Test
    void aDatabaseOfTheFirstReleaseIsUpgradedInPlaceWithUniqueIdsAndNothingLost() throws Exception {
        Path data = tmp.resolve("data");
        java.nio.file.Files.createDirectories(data);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("otm.db"))) {
            for (String statement : RELEASE_SCHEMA.split(";\\s*\\n")) {
                if (!statement.isBlank()) {
                    c.createStatement().executeUpdate(statement);
                }
            }
        }
        try (Database db = Database.open(data)) {
            ChecklistStore store = new ChecklistStore(db);
            assertThat(store.byId(1).orElseThrow().childId()).as("a page id, unique already, is kept").isEqualTo("web-1");
            assertThat(store.byId(3).orElseThrow().childId()).as("the clinic's own id is kept").isEqualTo("A7");
            assertThat(store.byId(2).orElseThrow().childId()).isEqualTo(ChildIds.PREFIX + "1");
            assertThat(store.byId(4).orElseThrow().childId()).isEqualTo(ChildIds.PREFIX + "2");
            assertThat(store.byId(2).orElseThrow().answers()).containsEntry("general-worried", Answer.YES);
            assertThat(store.byId(4).orElseThrow().answers()).containsEntry("general-worried", Answer.NOT_YET);
            assertThat(store.unlock("HASH1", LocalDate.of(2024, 5, 10), FamilyPages.UNLOCK_TRIES))
                    .isEqualTo(ChecklistStore.Unlock.OPENED);
            long next = store.create(child("Nora New"), Tokens.hash(Tokens.random()), Instant.now());
            assertThat(store.byId(next).orElseThrow().childId()).as("new ids go on from the counter")
                    .isEqualTo(ChildIds.PREFIX + "3");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("otm.db"));
                ResultSet v = c.createStatement().executeQuery("PRAGMA user_version")) {
            v.next();
            assertThat(v.getInt(1)).isEqualTo(Database.schemaVersion()).isEqualTo(2);
        }
        try (Database again = Database.open(data)) {
            assertThat(new ChecklistStore(again).byId(2).orElseThrow().childId()).as("migrated once")
                    .isEqualTo(ChildIds.PREFIX + "1");
        }
    }

    @Test
    void aFailedSaveLeavesNothingBehind() throws Exception {
        try (Database db = Database.open(tmp.resolve("data"))) {
            ChecklistStore store = new ChecklistStore(db);
            long id = store.create(child("Ana"), Tokens.hash(Tokens.random()), Instant.now());
            assertThatThrownBy(() -> db.write(c -> {
                c.createStatement().executeUpdate("INSERT INTO answers VALUES (" + id + ", 0, 'q1', 'YES')");
                c.createStatement().executeUpdate("INSERT INTO answers VALUES (999999, 0, 'q1', 'YES')");
                return null;
            })).isInstanceOf(java.sql.SQLException.class);
            assertThat(store.byId(id).orElseThrow().answers()).isEmpty();
        }
    }

    @Test
    void aBackupWhileAnswersAreSavedIsAConsistentOwnerOnlyCopy() throws Exception {
        Path data = tmp.resolve("data");
        try (Database db = Database.open(data)) {
            new Settings(db).put(Settings.PASSWORD_HASH, "x");
            ChecklistStore store = new ChecklistStore(db);
            long id = store.create(child("Ana"), Tokens.hash(Tokens.random()), Instant.now());
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger saved = new AtomicInteger();
            Thread writer = new Thread(() -> {
                int n = 0;
                while (!stop.get()) {
                    try {
                        store.saveAnswers(id, Map.of(), Map.of("q" + n++, Answer.YES));
                        saved.incrementAndGet();
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            writer.start();
            java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
            while (saved.get() < 20 && java.time.Instant.now().isBefore(deadline)) {
                Thread.sleep(5);
            }
            assertThat(saved.get()).as("answers saved by the writer within 30 s").isGreaterThanOrEqualTo(20);
            Path copy = DataTasks.backup(data, tmp.resolve("backups"), LocalDateTime.of(2026, 12, 1, 9, 30));
            stop.set(true);
            writer.join(30_000);
            assertThat(writer.isAlive()).as("the writer stopped within 30 s").isFalse();

            assertThat(copy.getFileName().toString()).isEqualTo("otm-backup-2026-12-01-093000.db");
            assertThat(mode(copy)).isEqualTo("rw-------");
            assertThat(mode(tmp.resolve("backups"))).isEqualTo("rwx------");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy)) {
                ResultSet ok = c.createStatement().executeQuery("PRAGMA integrity_check");
                ok.next();
                assertThat(ok.getString(1)).isEqualTo("ok");
                ResultSet n = c.createStatement().executeQuery("SELECT count(*), max(CAST(substr(question_id, 2) AS"
                        + " INTEGER)) FROM answers");
                n.next();
                // Saves are in order, so a consistent snapshot holds q0..qN with no gap.
                assertThat(n.getInt(1)).isPositive().isLessThanOrEqualTo(saved.get()).isEqualTo(n.getInt(2) + 1);
            }
            Path second = DataTasks.backup(data, tmp.resolve("backups"), LocalDateTime.of(2026, 12, 1, 9, 30));
            assertThat(second).isNotEqualTo(copy);
        }
    }
}
