package org.otmilestones.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a file so that its final name only ever holds a whole file: the bytes go to a hidden
 * temporary file beside it, which is then moved into place, and an existing file is replaced only
 * when the caller allows it.
 */
final class AtomicFiles {

    /** Fills a stream; thrown exceptions leave no file under the final name. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Whether an existing file may be replaced. */
    enum Existing {
        KEEP,
        REPLACE
    }

    /** Temporary files being written now; removed by a shutdown hook if the run is stopped (Ctrl+C). */
    private static final Set<Path> IN_FLIGHT = new HashSet<>();
    private static final Object LOCK = new Object();
    private static boolean stopping;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            List<Path> temps;
            // Worker threads keep running while the JVM stops; after this no new temporary file starts.
            synchronized (LOCK) {
                stopping = true;
                temps = List.copyOf(IN_FLIGHT);
            }
            for (Path temp : temps) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // Nothing more can be done while the JVM stops; the file is hidden and ends in .part.
                }
            }
        }, "otm-cleanup"));
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} atomically.
     *
     * @throws FileAlreadyExistsException when the target exists and {@code existing} is KEEP
     * @throws IOException when writing fails; the temporary file is removed
     */
    static void write(Path target, Existing existing, Content content) throws IOException {
        if (existing == Existing.KEEP && Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path dir = target.toAbsolutePath().getParent();
        Path temp;
        synchronized (LOCK) {
            if (stopping) {
                throw new IOException("otm is stopping; " + target + " was not written");
            }
            temp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
            IN_FLIGHT.add(temp);
        }
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            moveIntoPlace(temp, target, existing);
        } finally {
            Files.deleteIfExists(temp);
            synchronized (LOCK) {
                IN_FLIGHT.remove(temp);
            }
        }
    }

    private static void moveIntoPlace(Path temp, Path target, Existing existing) throws IOException {
        if (existing == Existing.REPLACE) {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return;
        }
        // A hard link fails when the target exists, so two runs racing for one name cannot
        // overwrite each other; a rename would silently replace it on Linux.
        try {
            Files.createLink(target, temp);
        } catch (UnsupportedOperationException | FileAlreadyExistsException e) {
            if (e instanceof FileAlreadyExistsException exists) {
                throw exists;
            }
            Files.move(temp, target);
        } catch (IOException e) {
            if (Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            // Some file systems (FAT, some network shares) have no hard links.
            Files.move(temp, target);
        }
    }
}
