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
            while (saved.get() < 20) {
                Thread.sleep(5);
            }
            Path copy = DataTasks.backup(data, tmp.resolve("backups"), LocalDateTime.of(2026, 12, 1, 9, 30));
            stop.set(true);
            writer.join();

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
