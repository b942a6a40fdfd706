package org.otmilestones.cli;

/** A problem the user can fix, such as a missing file or a bad catalog; printed plainly, never as a stack trace. */
final class UserException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    UserException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    UserException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
