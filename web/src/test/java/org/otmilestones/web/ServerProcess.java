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
