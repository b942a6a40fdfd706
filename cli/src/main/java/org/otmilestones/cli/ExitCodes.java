package org.otmilestones.cli;

/** The exit codes of every otm command; documented in the README and in {@code otm --help}. */
final class ExitCodes {

    /** Everything worked: every row gave a handout. */
    static final int OK = 0;
    /** Some input could not be used (a bad row, an export that cannot be read); everything else was still done. */
    static final int SOME_FAILED = 1;
    /** The command line or a configuration file was wrong: an unknown option, a missing file, a bad clinic profile. */
    static final int USAGE = 2;
    /** A bug in otm; please report it with the output of --debug. */
    static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
