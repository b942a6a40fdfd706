package org.otmilestones.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** The server's data folder and the rights on what is in it: the owner only, since it holds health data. */
final class DataFolder {

    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

    private DataFolder() {
    }

    /** Creates the folder (owner-only) if need be and checks it is a folder; returns it. */
    static Path prepare(Path dir) throws WebSetupException {
        try {
            if (Files.isSymbolicLink(dir)) {
                throw new WebSetupException(dir.toString(), "the data folder is a symbolic link", "give the real folder with --data");
            }
            if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                throw new WebSetupException(dir.toString(), "is a file, not a folder", "choose a folder with --data");
            }
            Files.createDirectories(dir);
            ownerOnlyFolder(dir);
            return dir;
        } catch (IOException e) {
            throw new WebSetupException(dir.toString(), "cannot create the data folder (" + e.getClass().getSimpleName() + ")",
                    "choose another with --data or check its rights", e);
        }
    }

    /** Makes a file readable and writable by its owner only (where the file system has such rights). */
    static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, OWNER_FILE);
        } catch (UnsupportedOperationException e) {
            // Windows: the file inherits the folder's access list, which is the user's own folder.
        }
    }

    /** Makes a folder usable by its owner only. */
    static void ownerOnlyFolder(Path dir) throws IOException {
        try {
            Files.setPosixFilePermissions(dir, OWNER_DIR);
        } catch (UnsupportedOperationException e) {
            // As above.
        }
    }

    /** A new private folder for uploads inside the data folder. */
    static Path uploads(Path dataDir) throws IOException {
        Path dir = dataDir.resolve("uploads");
        Files.createDirectories(dir);
        ownerOnlyFolder(dir);
        return dir;
    }
}
