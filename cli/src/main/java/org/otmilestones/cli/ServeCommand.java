package org.otmilestones.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.OtmException;
import org.otmilestones.web.DataTasks;
import org.otmilestones.web.Passwords;
import org.otmilestones.web.ServerConfig;
import org.otmilestones.web.WebServer;
import org.otmilestones.web.WebSetupException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code otm serve}: the clinic's own checklist page, served from this computer until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the checklist page for families and staff.",
                "Families fill in the checklist on a tablet or phone; staff see the results",
                "and print handouts at /staff. Nothing is sent outside the clinic.",
                "The first start asks for the staff password (or reads it from",
                "--password-file). Stop it with Ctrl+C."},
        footer = {"", "Examples:", "  otm serve",
                "  otm serve --data /srv/otm-data --port 8443 --host 192.168.1.20",
                "  otm serve --host 192.168.1.20 --allow-host otm.clinic.lan"})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "The data folder (the database). Default: otm-data")
    Path data = Path.of(ServerConfig.DEFAULT_DATA_DIR);

    @Option(names = "--port", paramLabel = "N", description = "The port. Default: 8080")
    int port = ServerConfig.DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = {"The address to serve, such as this computer's address on the clinic network.",
                    "Default: 127.0.0.1 (this computer only). Any other address is served over TLS only."})
    String host = ServerConfig.LOOPBACK;

    @Option(names = "--allow-host", paramLabel = "NAME",
            description = {"Another name or address browsers use for this server on the network (with --host);",
                    "may be given more than once. Requests for any other name are refused."})
    List<String> allowHosts = new ArrayList<>();

    @Option(names = "--keystore", paramLabel = "FILE.p12",
            description = "The clinic's TLS key and certificate (PKCS#12). Default with --host: a self-signed one.")
    Path keystore;

    @Option(names = "--keystore-password-file", paramLabel = "FILE", description = "The keystore's password, on the first line.")
    Path keystorePasswordFile;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Set the staff password from the first line of this file (first start, or with --reset-password).")
    Path passwordFile;

    @Option(names = "--reset-password", description = "Set a new staff password, then serve.")
    boolean resetPassword;

    @Mixin
    CatalogOption catalogOption;

    @Override
    public Integer call() throws UserException, OtmException {
        PrintWriter out = spec.commandLine().getOut();
        if (port < 0 || port > 65535) {
            throw new UserException(ExitCodes.USAGE, "--port " + port + ": use a port from 1 to 65535");
        }
        Catalog catalog = catalogOption.load();
        ServerConfig config;
        try {
            config = ServerConfig.of(data, catalog, line -> {
                synchronized (out) {
                    out.println(line);
                    out.flush();
                }
            }).withHost(host).withPort(port).withAllowedHosts(allowHosts);
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCodes.USAGE, "--host or --allow-host: " + e.getMessage()
                    + "; give a host name or an address such as 192.168.1.20");
        }
        if (keystore != null) {
            Inputs.requireFile(keystore, "the keystore");
            config = config.withKeystore(keystore, keystorePasswordFile == null ? "" : firstLine(keystorePasswordFile,
                    "the keystore password file"));
        } else if (keystorePasswordFile != null) {
            throw new UserException(ExitCodes.USAGE, "--keystore-password-file needs --keystore");
        }
        try {
            if (resetPassword || !DataTasks.hasPassword(data)) {
                char[] password = newPassword(out);
                DataTasks.setPassword(data, password, Passwords.DEFAULT_ITERATIONS);
                Arrays.fill(password, ' ');
                out.println("The staff password is set.");
            }
            WebServer server = WebServer.start(config);
            return serve(server, out);
        } catch (WebSetupException e) {
            throw new UserException(ExitCodes.USAGE, e.getMessage(), e);
        }
    }

    private int serve(WebServer server, PrintWriter out) {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "otm-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("OT Milestones is serving the checklist page at " + server.url() + "/");
        out.println("Staff page: " + server.url() + "/staff");
        server.fingerprint().ifPresent(f -> {
            out.println("TLS certificate fingerprint (SHA-256), for staff to compare with what the browser shows:");
            out.println("  " + f);
        });
        out.println("Data folder: " + data.toAbsolutePath() + " (back it up with: otm backup FOLDER --data " + data + ")");
        out.println("Stop with Ctrl+C.");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            // Stopped from within the program (the tests do this): stop serving and return.
            Runtime.getRuntime().removeShutdownHook(hook);
            server.close();
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }

    private char[] newPassword(PrintWriter out) throws UserException, WebSetupException {
        if (passwordFile != null) {
            return firstLine(passwordFile, "the password file").toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new UserException(ExitCodes.USAGE, "no staff password is set for " + data + ", and there is no terminal"
                    + " to ask for one; give it with --password-file FILE (the first line is the password)");
        }
        out.println("Choose the staff password (at least " + Passwords.MIN_LENGTH + " characters; it is not shown).");
        out.flush();
        return askPassword(console::readPassword, out);
    }

    /** Reads a password without showing it; null when the input ended. */
    @FunctionalInterface
    interface PasswordPrompt {
        char[] read(String prompt);
    }

    /**
     * Up to three tries: a password that is too short is refused before it is asked again, and only one
     * that can be used is confirmed.
     */
    static char[] askPassword(PasswordPrompt prompt, PrintWriter out) throws UserException {
        for (int tries = 0; tries < 3; tries++) {
            char[] first = prompt.read("Staff password: ");
            if (first == null) {
                break;
            }
            String problem = Passwords.problem(first);
            if (problem != null) {
                Arrays.fill(first, ' ');
                out.println(problem);
                out.flush();
                continue;
            }
            char[] second = prompt.read("The same again: ");
            if (second == null) {
                break;
            }
            boolean same = Arrays.equals(first, second);
            Arrays.fill(second, ' ');
            if (same) {
                return first;
            }
            Arrays.fill(first, ' ');
            out.println("The two passwords are not the same; try again.");
            out.flush();
        }
        throw new UserException(ExitCodes.USAGE, "no staff password was set; run otm serve again");
    }

    private static String firstLine(Path file, String what) throws UserException {
        Inputs.requireFile(file, what);
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            String line = end < 0 ? text : text.substring(0, end);
            return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        } catch (IOException e) {
            throw new UserException(ExitCodes.USAGE, file + ": cannot read " + what + " (" + e.getClass().getSimpleName()
                    + ")");
        }
    }
}
