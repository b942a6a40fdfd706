package org.otmilestones.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks the files named on the command line before anything is read or written. */
final class Inputs {

    private Inputs() {
    }

    static void requireFile(Path file, String what) throws UserException {
        if (Files.isDirectory(file)) {
            throw new UserException(ExitCodes.USAGE, file + ": is a folder, but " + what + " must be a file");
        }
        if (!Files.isRegularFile(file)) {
            throw new UserException(ExitCodes.USAGE, file + ": " + what + " was not found; check the path");
        }
        if (!Files.isReadable(file)) {
            throw new UserException(ExitCodes.USAGE, file + ": " + what + " cannot be read; check its permissions");
        }
    }
}
