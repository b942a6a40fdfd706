package org.otmilestones.cli;

import java.io.PrintWriter;
import org.otmilestones.core.OtmException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code otm} command: entry point for every command, and the one place that turns errors into messages and exit codes. */
@Command(name = "otm", mixinStandardHelpOptions = true, versionProvider = Otm.Version.class,
        description = "Turn parents' milestone-checklist answers into warm, clear PDF handouts.",
        subcommands = {ReportCommand.class, ScoreCommand.class, TemplateCommand.class, ChecklistCommand.class,
                CatalogCommand.class, ServeCommand.class, BackupCommand.class},
        footer = {"", "Exit codes:",
                "  0  all done",
                "  1  some rows or files could not be used (all the others were done)",
                "  2  the command line was wrong (unknown option, missing file)",
                "  3  a bug in otm (run again with --debug and report what it shows)",
                "", "Example:", "  otm report examples/google-forms.csv -o reports/"})
public final class Otm implements java.util.concurrent.Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show the full details of unexpected errors.")
    boolean debug;

    /** Runs otm and exits with its exit code. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.Charset.defaultCharset());
        PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.Charset.defaultCharset());
        System.exit(run(args, out, err));
    }

    /** Runs otm with these arguments, writing to {@code out} and {@code err}; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Otm());
        commandLine.setOut(out);
        commandLine.setErr(err);
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
                return ExitCodes.SOME_FAILED;
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
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
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
            return new String[] {"otm " + (version == null ? "(development build)" : version)};
        }
    }
}
