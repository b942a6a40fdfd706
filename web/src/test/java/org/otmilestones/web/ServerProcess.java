package org.otmilestones.web;

import java.nio.file.Path;
import org.otmilestones.core.catalog.Catalogs;

/**
 * A server in its own process, for the tests that kill it: sets the test password on first start,
 * prints its address, and serves until it is killed. Also run by benchmarks/web-load.sh.
 */
public final class ServerProcess {

    private ServerProcess() {
    }

    /** Starts a server process on this data folder with the tests' class path. */
    static Process start(java.nio.file.Path data) throws java.io.IOException {
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(javaCommand, "-cp", System.getProperty("java.class.path"), ServerProcess.class.getName(),
                data.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** The address a server process prints first, waited for 60 seconds at most. */
    static String address(Process p) throws Exception {
        java.util.concurrent.CompletableFuture<String> first = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
                        java.nio.charset.StandardCharsets.UTF_8)).readLine();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String line = first.get(60, java.util.concurrent.TimeUnit.SECONDS);
        if (line == null || !line.startsWith("serving at ")) {
            throw new AssertionError("the server process's first line: " + line);
        }
        return line.substring("serving at ".length());
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        if (!DataTasks.hasPassword(data)) {
            DataTasks.setPassword(data, TestServer.PASSWORD.toCharArray(), 10_000);
        }
        // -Dotm.log=stderr prints the server's log lines, for a person looking into a problem.
        boolean log = "stderr".equals(System.getProperty("otm.log"));
        WebServer server = WebServer.start(ServerConfig.of(data, Catalogs.loadBundled(), line -> {
            if (log) {
                System.err.println(line);
            }
        }).withPort(port));
        System.out.println("serving at " + server.url());
        System.out.flush();
        Thread.currentThread().join();
    }
}
