package org.otmilestones.cli;

import java.util.Optional;

/**
 * A run's stop request from Ctrl+C (SIGINT) or a closed terminal or {@code kill} (SIGTERM): the first signal
 * lets the rows in flight finish and the rest be reported as not done; the second stops at once, after
 * removing every temporary file, so no partial file is ever left.
 */
final class RunStop {

    /** The signals a run listens for, with the exit code a shell expects after each (128 + its number). */
    enum Signal {
        /** Ctrl+C. */
        INT(130),
        /** A closed terminal, {@code kill}, or a service manager stopping the run. */
        TERM(143);

        private final int exitCode;

        Signal(int exitCode) {
            this.exitCode = exitCode;
        }

        /** 130 for SIGINT, 143 for SIGTERM. */
        int exitCode() {
            return exitCode;
        }
    }

    /** The line every stopped row gets in summary.csv and the score CSV. */
    static final String NOT_DONE = "not done: the run was stopped";

    private final boolean process;
    private volatile Signal requested;
    private boolean listening;

    private RunStop(boolean process) {
        this.process = process;
    }

    /** For a run inside another program (tests, embedding): signals are that program's business. */
    static RunStop inProcess() {
        return new RunStop(false);
    }

    /** For the otm process itself: {@link #listen()} takes over SIGINT and SIGTERM. */
    static RunStop forProcess() {
        return new RunStop(true);
    }

    /**
     * Takes over SIGINT and SIGTERM for a batch run (report, score). Other commands, such as otm serve, keep
     * the JVM's own handling, which stops them at once.
     */
    synchronized void listen() {
        if (!process || listening) {
            return;
        }
        listening = true;
        for (Signal signal : Signal.values()) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(signal.name()), s -> received(signal));
            } catch (IllegalArgumentException e) {
                // This platform has no such signal (SIGTERM on some Windows set-ups): the JVM's handling stays.
            }
        }
    }

    /** For tests: as if this signal had come. */
    void received(Signal signal) {
        Signal first;
        synchronized (this) {
            first = requested;
            if (first == null) {
                requested = signal;
                return;
            }
        }
        // A second signal: the person wants it to stop now. Whole files stay; half-written ones go.
        AtomicFiles.removeTemporaryFiles();
        System.err.println();
        System.err.println("otm: stopped at once by a second signal; the handouts already written are whole, and no"
                + " summary was written");
        System.err.flush();
        Runtime.getRuntime().halt(first.exitCode());
    }

    /** The first signal, when one came. */
    Optional<Signal> requested() {
        return Optional.ofNullable(requested);
    }
}
