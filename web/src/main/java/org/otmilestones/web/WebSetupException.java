package org.otmilestones.web;

/**
 * The server cannot start or the backup cannot be made because of something the user can fix: the data
 * folder, the port, the password, the TLS keystore. The message says what and how, and holds no
 * child's data.
 */
public final class WebSetupException extends Exception {

    private static final long serialVersionUID = 1L;

    /** An exception with a message that says what is wrong and how to fix it. */
    public WebSetupException(String message) {
        super(message);
    }

    /** The same, keeping the cause for {@code --debug}. */
    public WebSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
