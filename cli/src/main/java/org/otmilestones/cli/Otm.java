package org.otmilestones.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import org.otmilestones.core.OtmException;
import org.otmilestones.core.VisibleText;
import org.otmilestones.core.catalog.CatalogException;
import org.otmilestones.survey.MappingFileException;
import org.otmilestones.report.ClinicProfileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code otm} command: entry point for every command, and the one place that turns errors into messages and exit codes. */
@Command(name = "otm", mixinStandardHelpOptions = true, versionProvider = Otm.Version.class,
        description = "Turn parents' milestone-checklist answers into warm, clear PDF handouts.",
        subcommands = {ReportCommand.class, ScoreCommand.class, TemplateCommand.class, ChecklistCommand.class,
                CatalogCommand.class, ClinicCommand.class, ServeCommand.class, BackupCommand.class},
        footer = {"", "Exit codes:",
                "  0  all done",
                "  1  some rows or files could not be used (all the others were done)",
                "  2  the command line or a configuration file was wrong (an unknown option,",
                "     a missing file, a clinic profile, mapping or catalog that cannot be used);",
                "     nothing was done",
                "  3  a bug in otm (run again with --debug and report what it shows)",
                "", "Example:", "  otm report examples/google-forms.csv -o reports/"})
public final class Otm implements java.util.concurrent.Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show the full details of unexpected errors.")
    boolean debug;

    private InputStream stdin = System.in;
    private RunStop stop = RunStop.inProcess();

    /** Runs otm and exits with its exit code. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.Charset.defaultCharset());
        PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.Charset.defaultCharset());
        System.exit(run(args, System.in, out, err, RunStop.forProcess()));
    }

    /** Runs otm with these arguments, writing to {@code out} and {@code err}; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, System.in, out, err);
    }

    /** Runs otm with these arguments, reading {@code -} from {@code in}; returns the exit code. */
    public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
        return run(args, in, out, err, RunStop.inProcess());
    }

    /** As {@link #run(String[], InputStream, PrintWriter, PrintWriter)}, stopped through {@code stop}. */
    static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err, RunStop stop) {
        Otm otm = new Otm();
        otm.stdin = in;
        otm.stop = stop;
        CommandLine commandLine = new CommandLine(otm);
        // Everything printed passes the terminal filter; picocli's colours would be escape sequences in it.
        TerminalWriter safeOut = new TerminalWriter(out);
        TerminalWriter safeErr = new TerminalWriter(err);
        PrintWriter terminalOut = new PrintWriter(safeOut, true);
        PrintWriter terminalErr = new PrintWriter(safeErr, true);
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        commandLine.setOut(terminalOut);
        commandLine.setErr(terminalErr);
        commandLine.setParameterExceptionHandler((bad, badArgs) -> {
            // As picocli's own handler, with the argument escaped: a line break in it must not start a line.
            // One line and where to look, not the whole usage: the error stays on the screen.
            CommandLine cmd = bad.getCommandLine();
            cmd.getErr().println(VisibleText.of(lowerCaseChoices(bad)));
            CommandLine.UnmatchedArgumentException.printSuggestions(bad, cmd.getErr());
            cmd.getErr().println("See '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options and an example.");
            cmd.getErr().flush();
            return ExitCodes.USAGE;
        });
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            boolean debug = hasDebug(parseResult);
            if (exception instanceof OtmException bad) {
                // Bad input a person can fix (a catalog, an export, a mapping, a clinic profile): its message
                // already says where, what and how to fix it.
                cmd.getErr().println("otm: " + bad.getMessage());
                if (debug) {
                    bad.printStackTrace(cmd.getErr());
                }
                cmd.getErr().flush();
                return exitCode(bad);
            }
            if (exception instanceof UserException user) {
                cmd.getErr().println("otm: " + user.getMessage());
                if (debug && user.getCause() != null) {
                    user.getCause().printStackTrace(cmd.getErr());
                }
                cmd.getErr().flush();
                return user.exitCode();
            }
            cmd.getErr().println("otm: unexpected error: " + exception);
            if (debug) {
                exception.printStackTrace(cmd.getErr());
            } else {
                cmd.getErr().println("otm: this is a bug in otm; run again with --debug and report what it shows.");
            }
            cmd.getErr().flush();
            return ExitCodes.INTERNAL;
        });
        int code;
        try {
            code = commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            code = outOfMemory(e, args, terminalOut, terminalErr);
        }
        terminalOut.flush();
        terminalErr.flush();
        safeOut.finish();
        safeErr.finish();
        return code;
    }

    /**
     * picocli lists an option's choices as the enum's constants, in capitals; the docs and --help write them
     * in lower case (json, csv, parent, letter), so the message does too. Date orders stay MDY and DMY, as
     * the docs and mapping files write them.
     */
    private static String lowerCaseChoices(CommandLine.ParameterException bad) {
        String message = bad.getMessage();
        if (bad.getArgSpec() == null || !bad.getArgSpec().type().isEnum()) {
            return message;
        }
        boolean capitals = bad.getArgSpec().type() == org.otmilestones.survey.DateOrder.class;
        java.util.regex.Matcher choices = java.util.regex.Pattern.compile("expected one of \\[([^\\]]*)\\]"
                + "(?: \\(case-insensitive\\))?").matcher(message);
        if (!choices.find()) {
            return message;
        }
        String listed = capitals ? choices.group(1)
                : choices.group(1).toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return message.substring(0, choices.start()) + "expected one of " + listed + message.substring(choices.end());
    }

    /**
     * Out of memory anywhere (a worker's rendering is passed up to here): one line that says what to do,
     * and the stack trace only with --debug. By the time it is caught, what filled the memory is released.
     */
    private static int outOfMemory(OutOfMemoryError e, String[] args, PrintWriter out, PrintWriter err) {
        out.flush();
        long maxMegabytes = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        err.println("otm: out of memory: this run needs more than the " + maxMegabytes + " MB Java was given;"
                + " give it more with OTM_JAVA_OPTS, for example OTM_JAVA_OPTS=-Xmx2g ./otm ...");
        if (java.util.Arrays.asList(args).contains("--debug")) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INTERNAL;
    }

    /**
     * 2 for a configuration file that is wrong (a clinic profile, a mapping, a catalog given with --catalog)
     * or otm serve's set-up (its data folder, port, keystore): nothing was done, as with a wrong option; 1 for
     * an export that cannot be used.
     */
    static int exitCode(OtmException bad) {
        return bad instanceof ClinicProfileException || bad instanceof MappingFileException
                || bad instanceof CatalogException || bad instanceof org.otmilestones.web.WebSetupException
                ? ExitCodes.USAGE : ExitCodes.SOME_FAILED;
    }

    /** The stream {@code -} reads: standard input, or what a test gave {@link #run(String[], InputStream, PrintWriter, PrintWriter)}. */
    static InputStream standardInput(picocli.CommandLine.Model.CommandSpec spec) {
        picocli.CommandLine.Model.CommandSpec root = spec;
        while (root.parent() != null) {
            root = root.parent();
        }
        return root.userObject() instanceof Otm otm ? otm.stdin : System.in;
    }

    /** How this run is stopped: by signals for the otm process, never for a run inside another program. */
    static RunStop stop(picocli.CommandLine.Model.CommandSpec spec) {
        picocli.CommandLine.Model.CommandSpec root = spec;
        while (root.parent() != null) {
            root = root.parent();
        }
        return root.userObject() instanceof Otm otm ? otm.stop : RunStop.inProcess();
    }

    /** True when --debug was given, for a command that reports errors itself. */
    static boolean debug(picocli.CommandLine.Model.CommandSpec spec) {
        picocli.CommandLine.Model.CommandSpec root = spec;
        while (root.parent() != null) {
            root = root.parent();
        }
        return root.userObject() instanceof Otm otm && otm.debug;
    }

    private static boolean hasDebug(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Integer call() {
        // "otm" alone shows the help, which lists the commands; it did nothing, so it is a usage error.
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** Reads the version from the jar's manifest. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Otm.class.getPackage().getImplementationVersion();
            org.otmilestones.core.Catalog catalog = org.otmilestones.core.catalog.Catalogs.loadBundled();
            return new String[] {"otm " + (version == null ? "(development build)" : version),
                "catalog " + catalog.id() + " version " + catalog.version()};
        }
    }
}
