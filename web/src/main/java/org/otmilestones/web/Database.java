package org.otmilestones.web;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.Function;
import org.sqlite.SQLiteConfig;

/**
 * The server's SQLite database in the data folder: WAL mode, every save in one transaction, schema
 * migrations by version number, and files readable by the owner only.
 *
 * <p>One connection writes, behind a fair lock, so writers queue in Java instead of spinning on
 * SQLite's busy handler; a few more connections read, which WAL lets them do while a write goes on.
 */
final class Database implements AutoCloseable {

    /** The database file's name inside the data folder. */
    static final String FILE_NAME = "otm.db";
    private static final int READERS = 4;

    /** One step of the schema: turns version {@code index} into version {@code index + 1}. */
    @FunctionalInterface
    interface Migration {
        void apply(Connection connection) throws SQLException;

        /** This step, then the next, in the same transaction. */
        default Migration then(Migration next) {
            return c -> {
                apply(c);
                next.apply(c);
            };
        }
    }

    /** Each entry turns the schema of version {@code index} into version {@code index + 1}; never edit one. */
    private static final List<Migration> MIGRATIONS = List.of(sql("""
            CREATE TABLE settings (
              key TEXT PRIMARY KEY,
              value BLOB NOT NULL
            );
            CREATE TABLE imports (
              id INTEGER PRIMARY KEY,
              file_name TEXT NOT NULL,
              imported_at TEXT NOT NULL
            );
            CREATE TABLE checklists (
              id INTEGER PRIMARY KEY,
              token_hash TEXT UNIQUE,
              source TEXT NOT NULL CHECK (source IN ('PAGE', 'IMPORT')),
              import_id INTEGER REFERENCES imports(id) ON DELETE SET NULL,
              import_line INTEGER,
              import_key TEXT,
              child_id TEXT NOT NULL,
              child_name TEXT,
              date_of_birth TEXT NOT NULL,
              weeks_at_birth INTEGER,
              completed_by TEXT,
              language TEXT NOT NULL,
              checkpoint_id TEXT,
              assessed_on TEXT NOT NULL,
              created_at TEXT NOT NULL,
              finished_at TEXT,
              reviewed_at TEXT
            );
            CREATE INDEX checklists_by_day ON checklists(assessed_on);
            CREATE INDEX checklists_by_import ON checklists(import_id);
            CREATE INDEX checklists_by_key ON checklists(import_key);
            CREATE TABLE answers (
              checklist_id INTEGER NOT NULL REFERENCES checklists(id) ON DELETE CASCADE,
              position INTEGER NOT NULL,
              question_id TEXT NOT NULL,
              answer TEXT NOT NULL,
              PRIMARY KEY (checklist_id, question_id)
            );
            """),
            // Version 2: the wrong birth dates a family link has been given (five close it); the child id
            // as the key that links one child's checklists (a later child table can be filled from it);
            // and ids unique in the data folder: rows imported without an id column had row-<line>, the
            // same in every import, and now get otm-<n>, as new ones do.
            sql("""
            ALTER TABLE checklists ADD COLUMN unlock_failures INTEGER NOT NULL DEFAULT 0;
            CREATE INDEX checklists_by_child ON checklists(child_id);
            """).then(Database::renumberImportedRows));

    /** A migration of SQL statements separated by ";" at the end of a line. */
    private static Migration sql(String statements) {
        return c -> {
            try (Statement s = c.createStatement()) {
                for (String part : statements.split(";\\s*\\n")) {
                    if (!part.isBlank()) {
                        s.executeUpdate(part);
                    }
                }
            }
        };
    }

    /** Version 2's renumbering of the rows an import named row-LINE. */
    private static void renumberImportedRows(Connection c) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM checklists WHERE source ="
                + " 'IMPORT' AND child_id = 'row-' || import_line ORDER BY id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE checklists SET child_id = ? WHERE id = ?")) {
            for (long id : ids) {
                s.setString(1, ChildIds.next(c));
                s.setLong(2, id);
                s.executeUpdate();
            }
        }
    }

    /** Work done inside one transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Path file;
    private final Connection writer;
    private final Connection checkpointer;
    private final java.util.concurrent.ScheduledExecutorService checkpoints;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);

    private Database(Path file, Connection writer, Connection checkpointer) {
        this.file = file;
        this.writer = writer;
        this.checkpointer = checkpointer;
        // The WAL is copied into the database file by this thread, every second, next to the writers
        // rather than in their way: a checkpoint inside a save held every other save up for a moment.
        this.checkpoints = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "otm-db-checkpoint");
            t.setDaemon(true);
            return t;
        });
        checkpoints.scheduleWithFixedDelay(this::passiveCheckpoint, 1, 1, TimeUnit.SECONDS);
    }

    private void passiveCheckpoint() {
        synchronized (checkpointer) {
            try (Statement s = checkpointer.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(PASSIVE)");
            } catch (SQLException e) {
                // Busy or closing: the next round does it.
            }
        }
    }

    /**
     * Opens (or creates) the database in the data folder and brings its schema up to date.
     *
     * @throws WebSetupException when the folder or file cannot be made or the database is from a newer otm
     */
    static Database open(Path dataDir) throws WebSetupException {
        Path file = DataFolder.prepare(dataDir).resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                // Created empty with owner-only rights before SQLite opens it: SQLite gives its -wal and
                // -shm files the rights of the database file.
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } catch (FileAlreadyExistsException e) {
                    // Another process made it first; fine.
                } catch (UnsupportedOperationException e) {
                    Files.createFile(file);
                }
            }
            DataFolder.ownerOnly(file);
        } catch (IOException e) {
            throw new WebSetupException(file.toString(), "cannot create the database file (" + e.getClass().getSimpleName() + ")",
                    "check the rights of the data folder, or choose another with --data", e);
        }
        Database db = null;
        try {
            db = new Database(file, connect(file), connect(file));
            db.migrate();
            for (int i = 0; i < READERS; i++) {
                db.readers.add(connect(file));
            }
            return db;
        } catch (SQLException e) {
            if (db != null) {
                db.close();
            }
            throw new WebSetupException(file.toString(), "cannot open the database (" + e.getMessage() + ")",
                    "is it an otm data folder? Restore it from a backup, or choose another folder with --data", e);
        }
    }

    private static Connection connect(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: a save the family saw as saved survives a power cut too, not only a killed process.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        // Deleted rows are overwritten with zeros, so "delete" leaves no copy of a child in the file.
        config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        // Checkpoints are the background thread's job (see the constructor).
        config.setPragma(SQLiteConfig.Pragma.WAL_AUTOCHECKPOINT, "0");
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        Function.create(c, FOLD, new Fold(), 1, Function.FLAG_DETERMINISTIC);
        return c;
    }

    /** The SQL function {@code otm_fold(text)}: the text as {@link #fold} folds it, for searches. */
    static final String FOLD = "otm_fold";

    /** Lower case without accents ("López" is "lopez"), for searches that find a name however it is typed. */
    static String fold(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    private static final class Fold extends Function {
        @Override
        protected void xFunc() throws SQLException {
            result(fold(value_text(0)));
        }
    }

    private void migrate() throws SQLException, WebSetupException {
        int version = userVersion();
        if (version > MIGRATIONS.size()) {
            throw new WebSetupException(file.toString(), "this data folder was made by a newer otm (schema " + version
                    + ", this otm knows " + MIGRATIONS.size() + ")", "run the newer otm, or restore a backup");
        }
        for (int v = version; v < MIGRATIONS.size(); v++) {
            int next = v + 1;
            Migration migration = MIGRATIONS.get(v);
            write(c -> {
                migration.apply(c);
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("PRAGMA user_version = " + next);
                }
                return null;
            });
        }
    }

    /** The schema version this otm makes and reads. */
    static int schemaVersion() {
        return MIGRATIONS.size();
    }

    private int userVersion() throws SQLException {
        try (Statement s = writer.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Runs {@code work} in one write transaction: all of it is saved, or none of it. */
    <T> T write(Work<T> work) throws SQLException {
        writeLock.lock();
        try {
            writer.setAutoCommit(false);
            try {
                T result = work.run(writer);
                writer.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                writer.rollback();
                throw e;
            } finally {
                writer.setAutoCommit(true);
            }
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs {@code work} in one read transaction, which sees one consistent state of the database. */
    <T> T read(Work<T> work) throws SQLException {
        Connection connection;
        try {
            connection = readers.poll(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a database connection");
        }
        if (connection == null) {
            throw new SQLException("no database connection came free in 30 seconds");
        }
        try {
            connection.setAutoCommit(false);
            try {
                return work.run(connection);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } finally {
            readers.add(connection);
        }
    }

    /**
     * Writes the WAL back into the database file and empties it, so that what was just deleted is
     * gone from the WAL too (secure_delete has already zeroed it in the new pages).
     */
    void checkpoint() throws SQLException {
        writeLock.lock();
        try (Statement s = writer.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Writes a consistent copy of the database to {@code target}, which must not exist, while the
     * server goes on (SQLite's {@code VACUUM INTO} reads one snapshot).
     */
    void backupTo(Path target) throws SQLException, IOException {
        Connection connection;
        try {
            connection = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a database connection");
        }
        try (PreparedStatement s = connection.prepareStatement("VACUUM INTO ?")) {
            s.setString(1, target.toAbsolutePath().toString());
            s.executeUpdate();
        } finally {
            readers.add(connection);
        }
        DataFolder.ownerOnly(target);
    }

    Path file() {
        return file;
    }

    @Override
    public void close() {
        checkpoints.shutdownNow();
        List<Connection> all = new ArrayList<>();
        writeLock.lock();
        try {
            synchronized (checkpointer) {
                all.add(checkpointer);
            }
            all.add(writer);
            readers.drainTo(all);
            for (Connection c : all) {
                try {
                    c.close();
                } catch (SQLException e) {
                    // Closing: nothing left to save.
                }
            }
        } finally {
            writeLock.unlock();
        }
    }
}
