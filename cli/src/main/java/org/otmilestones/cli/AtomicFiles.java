package org.otmilestones.cli;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a file so that its final name only ever holds a whole file: the bytes go to a hidden
 * temporary file beside it, which is then moved into place, and an existing file is replaced only
 * when the caller allows it, and never when it is one of the run's inputs.
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

    /** Thrown when the target is one of the run's input files: never replaced, even with --force. */
    static final class InputFileException extends FileAlreadyExistsException {
        private static final long serialVersionUID = 1L;

        InputFileException(Path target) {
            super(target.toString(), null, "is an input of this run");
        }
    }

    /** Temporary files being written now; removed by a shutdown hook if the run is stopped (Ctrl+C). */
    private static final Set<Path> IN_FLIGHT = new HashSet<>();
    private static final Object LOCK = new Object();
    private static boolean stopping;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::removeTemporaryFiles, "otm-cleanup"));
    }

    /**
     * Removes every temporary file being written, when otm stops at once (a second Ctrl+C, or the JVM
     * shutting down); after this no new temporary file starts.
     */
    static void removeTemporaryFiles() {
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
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} atomically.
     *
     * @throws InputFileException when the target is one of {@code inputs}, whatever {@code existing} says
     * @throws FileAlreadyExistsException when the target exists and {@code existing} is KEEP
     * @throws IOException when writing fails; the temporary file is removed
     */
    static void write(Path target, Existing existing, InputFiles inputs, Content content) throws IOException {
        if (inputs.contains(target)) {
            throw new InputFileException(target);
        }
        if (existing == Existing.KEEP && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        try (Pending pending = Pending.beside(target)) {
            content.writeTo(pending.stream());
            pending.commit(target, existing, inputs);
        }
    }

    /** As {@link #write(Path, Existing, InputFiles, Content)} for a run without input files. */
    static void write(Path target, Existing existing, Content content) throws IOException {
        write(target, existing, InputFiles.none(), content);
    }

    /**
     * A hidden temporary file being written, for output whose final name is chosen at the end (a summary
     * written row by row); closing it without a commit deletes it.
     */
    static final class Pending implements Closeable {
        private final Path temp;
        private final OutputStream stream;
        private boolean done;

        private Pending(Path temp, OutputStream stream) {
            this.temp = temp;
            this.stream = stream;
        }

        /** A temporary file in the folder of {@code target}, named after it. */
        static Pending beside(Path target) throws IOException {
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
                return new Pending(temp, new BufferedOutputStream(Files.newOutputStream(temp), 64 * 1024));
            } catch (IOException | RuntimeException e) {
                forget(temp);
                throw e;
            }
        }

        OutputStream stream() {
            return stream;
        }

        /**
         * Closes the stream and moves the file into place.
         *
         * @throws InputFileException when the target is one of {@code inputs}; the file stays pending
         * @throws FileAlreadyExistsException when the target exists and {@code existing} is KEEP; the file
         *         stays pending, so another name can be tried
         */
        void commit(Path target, Existing existing, InputFiles inputs) throws IOException {
            if (inputs.contains(target)) {
                throw new InputFileException(target);
            }
            stream.close();
            moveIntoPlace(temp, target, existing);
            done = true;
            forget(temp);
        }

        @Override
        public void close() throws IOException {
            if (!done) {
                try {
                    stream.close();
                } finally {
                    forget(temp);
                }
            }
        }

        private static void forget(Path temp) throws IOException {
            try {
                Files.deleteIfExists(temp);
            } finally {
                synchronized (LOCK) {
                    IN_FLIGHT.remove(temp);
                }
            }
        }
    }

    private static void moveIntoPlace(Path temp, Path target, Existing existing) throws IOException {
        if (existing == Existing.REPLACE) {
            // A rename replaces whatever entry has the name (a link itself, never the file it points to).
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
            Files.delete(temp);
        } catch (UnsupportedOperationException | FileAlreadyExistsException e) {
            if (e instanceof FileAlreadyExistsException exists) {
                throw exists;
            }
            Files.move(temp, target);
        } catch (IOException e) {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            // Some file systems (FAT, some network shares) have no hard links.
            Files.move(temp, target);
        }
    }
}
