package org.otmilestones.web;

import org.otmilestones.core.OtmException;

/**
 * The server cannot start or a data task cannot run because of something the user can fix: the data
 * folder, the port, the password, the TLS keystore. It is an {@link OtmException}: the message says
 * where, what and how to fix it, and holds no child's data.
 */
public final class WebSetupException extends OtmException {

    private static final long serialVersionUID = 1L;

    /**
     * A problem with a file or folder, or with no file (then {@code file} is null).
     *
     * @param file the file or folder as the user gave it, or null
     * @param problem what is wrong
     * @param fix how to fix it, in a few plain words
     */
    public WebSetupException(String file, String problem, String fix) {
        super(file, 0, 0, problem, fix);
    }

    /** The same, keeping the cause for {@code --debug}. */
    public WebSetupException(String file, String problem, String fix, Throwable cause) {
        super(file, 0, 0, problem, fix);
        initCause(cause);
    }
}
