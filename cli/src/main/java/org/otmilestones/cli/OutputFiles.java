package org.otmilestones.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;

/**
 * Writes one output file a command names (a checklist, a template, results), atomically, with the same
 * messages and exit codes for every command: an existing file is kept unless {@code --force}.
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
    static void write(Path file, boolean force, AtomicFiles.Content content) throws UserException {
        try {
            AtomicFiles.write(file, force ? AtomicFiles.Existing.REPLACE : AtomicFiles.Existing.KEEP, content);
        } catch (FileAlreadyExistsException e) {
            throw new UserException(ExitCodes.USAGE,
                    file + " already exists; add --force to replace it, or choose another name with -o");
        } catch (IOException e) {
            throw new UserException(ExitCodes.SOME_FAILED, "could not write " + file + ": " + e.getMessage());
        }
    }

    /** Writes a UTF-8 text file, replacing an existing one only when {@code force}. */
    static void writeText(Path file, boolean force, Text content) throws UserException {
        write(file, force, stream -> {
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            content.writeTo(writer);
            writer.flush();
        });
    }
}
