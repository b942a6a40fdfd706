package org.otmilestones.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes one output file a command names (a checklist, a template, results), atomically, with the same
 * messages and exit codes for every command: a missing folder is made (readable only by you), an existing
 * file is kept unless {@code --force}, and an input of the run is never replaced.
 */
final class OutputFiles {

    /** Fills a writer; the text is UTF-8. */
    @FunctionalInterface
    interface Text {
        void writeTo(Writer writer) throws IOException;
    }

    private OutputFiles() {
    }

    /** Writes the file, replacing an existing one only when {@code force}. */
    static void write(Path file, boolean force, InputFiles inputs, AtomicFiles.Content content) throws UserException {
        checkTarget(file, force, inputs);
        try {
            AtomicFiles.write(file, force ? AtomicFiles.Existing.REPLACE : AtomicFiles.Existing.KEEP, inputs, content);
        } catch (AtomicFiles.InputFileException e) {
            throw isInput(file, inputs);
        } catch (FileAlreadyExistsException e) {
            throw exists(file);
        } catch (IOException e) {
            throw new UserException(ExitCodes.SOME_FAILED, "could not write " + file + " ("
                    + e.getClass().getSimpleName() + "); check that the folder is writable and the disk is not full");
        }
    }

    /** Writes a UTF-8 text file, replacing an existing one only when {@code force}. */
    static void writeText(Path file, boolean force, InputFiles inputs, Text content) throws UserException {
        write(file, force, inputs, stream -> {
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            content.writeTo(writer);
            writer.flush();
        });
    }

    /**
     * Checks, before any work, that the file may be written: not an input, not an existing file without
     * {@code force}, and in a folder that exists (it is made when missing).
     */
    static void checkTarget(Path file, boolean force, InputFiles inputs) throws UserException {
        if (inputs.contains(file)) {
            throw isInput(file, inputs);
        }
        if (Files.isDirectory(file)) {
            throw new UserException(ExitCodes.USAGE, file + " is a folder; give a file name with -o");
        }
        if (!force && Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw exists(file);
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            createFolder(parent);
        }
    }

    /**
     * Makes a missing output folder, and the folders above it, readable only by you: the file names in it are
     * children's names.
     */
    static void createFolder(Path dir) throws UserException {
        if (Files.isDirectory(dir)) {
            return;
        }
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new UserException(ExitCodes.USAGE, dir + ": cannot create the output folder ("
                    + e.getClass().getSimpleName() + "); choose another folder with -o");
        }
    }

    private static UserException isInput(Path file, InputFiles inputs) {
        Path input = inputs.which(file);
        String same = input.equals(file) ? "" : " (" + input + ")";
        return new UserException(ExitCodes.USAGE, file + " is one of this run's input files" + same
                + "; otm never replaces an input, even with --force; choose another name with -o");
    }

    private static UserException exists(Path file) {
        return new UserException(ExitCodes.USAGE,
                file + " already exists; add --force to replace it, or choose another name with -o");
    }
}
