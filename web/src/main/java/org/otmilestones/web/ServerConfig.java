package org.otmilestones.web;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.otmilestones.core.Catalog;

/**
 * How to run the server.
 *
 * @param dataDir the data folder: the database, and uploads while they are read
 * @param host the address to listen on; anything but loopback needs TLS
 * @param port the port, or 0 for any free one
 * @param keystore the clinic's PKCS#12 keystore, if it gives one
 * @param keystorePassword its password
 * @param catalog the catalog the checklists come from
 * @param clock the clock for today's date and session times
 * @param log where the server writes its log lines (never a name, a birth date or an answer)
 */
public record ServerConfig(Path dataDir, String host, int port, Optional<Path> keystore, Optional<String> keystorePassword,
        Catalog catalog, Clock clock, Consumer<String> log) {

    /** The default port. */
    public static final int DEFAULT_PORT = 8080;
    /** The default address: this computer only. */
    public static final String LOOPBACK = "127.0.0.1";

    public ServerConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        Objects.requireNonNull(keystore, "keystore");
        Objects.requireNonNull(keystorePassword, "keystorePassword");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(log, "log");
    }

    /** Loopback on the default port, no keystore, the system clock. */
    public static ServerConfig of(Path dataDir, Catalog catalog, Consumer<String> log) {
        return new ServerConfig(dataDir, LOOPBACK, DEFAULT_PORT, Optional.empty(), Optional.empty(), catalog,
                Clock.systemDefaultZone(), log);
    }

    /** This config on another address. */
    public ServerConfig withHost(String newHost) {
        return new ServerConfig(dataDir, newHost, port, keystore, keystorePassword, catalog, clock, log);
    }

    /** This config on another port (0 for any free one). */
    public ServerConfig withPort(int newPort) {
        return new ServerConfig(dataDir, host, newPort, keystore, keystorePassword, catalog, clock, log);
    }

    /** This config with the clinic's keystore. */
    public ServerConfig withKeystore(Path file, String password) {
        return new ServerConfig(dataDir, host, port, Optional.of(file), Optional.of(password), catalog, clock, log);
    }

    /** This config with another clock. */
    public ServerConfig withClock(Clock newClock) {
        return new ServerConfig(dataDir, host, port, keystore, keystorePassword, catalog, newClock, log);
    }

    /** True when the address is this computer only, where plain HTTP is enough. */
    public boolean loopback() {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }
}
