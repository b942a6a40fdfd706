package org.otmilestones.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * What can be done with a data folder without a server: ask whether it has a staff password, set one,
 * and back it up (also while a server is serving from it).
 */
public final class DataTasks {

    private DataTasks() {
    }

    /** True when the data folder has a staff password. */
    public static boolean hasPassword(Path dataDir) throws WebSetupException {
        try (Database db = Database.open(dataDir)) {
            return new Settings(db).text(Settings.PASSWORD_HASH).isPresent();
        } catch (SQLException e) {
            throw new WebSetupException(dataDir.toString(), "cannot read the settings (" + e.getMessage() + ")",
                    "check that it is an otm data folder, or restore it from a backup", e);
        }
    }

    /**
     * Sets (or replaces) the staff password, stored as a slow salted hash.
     *
     * @throws WebSetupException when the password is too short or the data folder cannot be used
     */
    public static void setPassword(Path dataDir, char[] password, int iterations) throws WebSetupException {
        String problem = Passwords.problem(password);
        if (problem != null) {
            throw new WebSetupException(null, problem, "choose another password");
        }
        try (Database db = Database.open(dataDir)) {
            new Settings(db).put(Settings.PASSWORD_HASH, Passwords.hash(password, iterations));
        } catch (SQLException e) {
            throw new WebSetupException(dataDir.toString(), "cannot save the password (" + e.getMessage() + ")",
                    "check the rights of the data folder and the free space", e);
        }
    }

    /**
     * Writes a consistent copy of the data folder's database into {@code targetDir} (made owner-only if
     * need be), while a server may be running; returns the copy's path.
     */
    public static Path backup(Path dataDir, Path targetDir, LocalDateTime now) throws WebSetupException {
        if (!Files.isRegularFile(dataDir.resolve(Database.FILE_NAME))) {
            throw new WebSetupException(dataDir.toString(), "there is no otm data here (no " + Database.FILE_NAME + ")",
                    "give the data folder with --data");
        }
        Path dir = DataFolder.prepare(targetDir);
        String stamp = now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss"));
        Path target = dir.resolve("otm-backup-" + stamp + ".db");
        for (int n = 2; Files.exists(target); n++) {
            target = dir.resolve("otm-backup-" + stamp + "-" + n + ".db");
        }
        try (Database db = Database.open(dataDir)) {
            db.backupTo(target);
            return target;
        } catch (SQLException | IOException e) {
            throw new WebSetupException(target.toString(), "could not write the backup (" + e.getMessage() + ")",
                    "check the folder's rights and free space", e);
        }
    }
}
