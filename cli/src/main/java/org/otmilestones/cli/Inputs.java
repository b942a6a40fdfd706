package org.otmilestones.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks the files named on the command line before anything is read or written. */
final class Inputs {

    /** How messages name standard input when it was given as {@code -}. */
    static final String STANDARD_INPUT = "<stdin>";

    private Inputs() {
    }

    /** True for {@code -} and {@code /dev/stdin}, which mean standard input. */
    static boolean isStandardInput(Path file) {
        String name = file.toString();
        return name.equals("-") || name.equals("/dev/stdin");
    }

    static void requireFile(Path file, String what) throws UserException {
        requireFile(file, what, "give a file");
    }

    /** As {@link #requireFile(Path, String)}, ending the message for a file that is not plain with {@code fix}. */
    static void requireFile(Path file, String what, String fix) throws UserException {
        if (Files.isDirectory(file)) {
            throw new UserException(ExitCodes.USAGE, file + ": is a folder, but " + what + " must be a file");
        }
        if (!Files.exists(file)) {
            throw new UserException(ExitCodes.USAGE, file + ": " + what + " was not found; check the path");
        }
        if (!Files.isRegularFile(file)) {
            throw new UserException(ExitCodes.USAGE, file + ": " + what + " is not a plain file (it is a device, a pipe"
                    + " or a socket); " + fix);
        }
        if (!Files.isReadable(file)) {
            throw new UserException(ExitCodes.USAGE, file + ": " + what + " cannot be read; check its permissions");
        }
    }
}
