package org.otmilestones.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.UnaryOperator;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.catalog.Catalogs;

/**
 * A server of its own for one test: a free loopback port, a fresh data folder, a known password and a
 * clock only this test moves.
 */
final class TestServer implements AutoCloseable {

    static final String PASSWORD = "blue tablet 2026";
    static final Catalog CATALOG = Catalogs.loadBundled();
    /** The tests' today: a fixed day, so ages and checklists do not drift. */
    static final Instant NOW = Instant.parse("2026-12-01T15:00:00Z");

    final Path dataDir;
    final TestClock clock = new TestClock(NOW);
    final ConcurrentLinkedQueue<String> log = new ConcurrentLinkedQueue<>();
    final WebServer server;

    private TestServer(Path dataDir, UnaryOperator<ServerConfig> config) throws WebSetupException {
        this.dataDir = dataDir;
        // Fewer PBKDF2 rounds than the real default keep the tests quick; the scheme is the same.
        DataTasks.setPassword(dataDir, PASSWORD.toCharArray(), 10_000);
        server = WebServer.start(config.apply(ServerConfig.of(dataDir, CATALOG, log::add).withPort(0).withClock(clock)));
    }

    static TestServer start() {
        return start(c -> c);
    }

    /** A server with its config changed by the test (the data folder, port and clock are the test's). */
    static TestServer start(UnaryOperator<ServerConfig> config) {
        try {
            return new TestServer(Files.createTempDirectory("otm-web-test").resolve("data"), config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (WebSetupException e) {
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return server.url();
    }

    WebClient client() {
        return new WebClient(url());
    }

    List<String> logLines() {
        return List.copyOf(log);
    }

    @Override
    public void close() {
        server.close();
        try (var walk = Files.walk(dataDir.getParent())) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temp folder: the system clears it.
        }
    }
}
