package org.otmilestones.web;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.otmilestones.core.Catalog;

/**
 * How to run the server.
 *
 * @param dataDir the data folder: the database, and uploads while they are read
 * @param host the address to listen on; anything but a loopback address is served over TLS only
 * @param port the port, or 0 for any free one
 * @param allowedHosts more names browsers may use for the server on the network (not on loopback),
 *        besides {@code host} itself
 * @param keystore the clinic's PKCS#12 keystore, if it gives one
 * @param keystorePassword its password
 * @param catalog the catalog the checklists come from
 * @param clock the clock for today's date and session times
 * @param log where the server writes its log lines (never a name, a birth date or an answer)
 * @param familyIdle how long a family's checklist stays open on a device without a tap
 */
public record ServerConfig(Path dataDir, String host, int port, List<String> allowedHosts, Optional<Path> keystore,
        Optional<String> keystorePassword, Catalog catalog, Clock clock, Consumer<String> log, Duration familyIdle) {

    /** The default port. */
    public static final int DEFAULT_PORT = 8080;
    /** The default address: this computer only. */
    public static final String LOOPBACK = "127.0.0.1";
    /** The default data folder, in the folder where otm is started. */
    public static final String DEFAULT_DATA_DIR = "otm-data";
    /** How long a family's checklist stays open on a device without a tap, unless set otherwise. */
    public static final Duration DEFAULT_FAMILY_IDLE = Duration.ofMinutes(10);

    /** Checks every part; the host names are kept in lower case. */
    public ServerConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        Objects.requireNonNull(allowedHosts, "allowedHosts");
        List<String> names = new ArrayList<>();
        for (String name : allowedHosts) {
            if (name == null || name.isBlank() || !name.strip().matches("[A-Za-z0-9.:\\[\\]_-]{1,253}")) {
                throw new IllegalArgumentException("allowedHosts holds '" + name + "', which is no host name or address");
            }
            names.add(name.strip().toLowerCase(Locale.ROOT));
        }
        allowedHosts = List.copyOf(names);
        Objects.requireNonNull(keystore, "keystore");
        Objects.requireNonNull(keystorePassword, "keystorePassword");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(familyIdle, "familyIdle");
        if (familyIdle.isNegative() || familyIdle.isZero() || familyIdle.compareTo(Duration.ofHours(2)) > 0) {
            throw new IllegalArgumentException("familyIdle must be more than zero and at most 2 hours, was " + familyIdle);
        }
    }

    /** Loopback on the default port, no keystore, the system clock. */
    public static ServerConfig of(Path dataDir, Catalog catalog, Consumer<String> log) {
        return new ServerConfig(dataDir, LOOPBACK, DEFAULT_PORT, List.of(), Optional.empty(), Optional.empty(), catalog,
                Clock.systemDefaultZone(), log, DEFAULT_FAMILY_IDLE);
    }

    /** This config on another address. */
    public ServerConfig withHost(String newHost) {
        return new ServerConfig(dataDir, newHost, port, allowedHosts, keystore, keystorePassword, catalog, clock, log,
                familyIdle);
    }

    /** This config on another port (0 for any free one). */
    public ServerConfig withPort(int newPort) {
        return new ServerConfig(dataDir, host, newPort, allowedHosts, keystore, keystorePassword, catalog, clock, log,
                familyIdle);
    }

    /** This config with more names browsers may use for the server on the network. */
    public ServerConfig withAllowedHosts(List<String> names) {
        return new ServerConfig(dataDir, host, port, names, keystore, keystorePassword, catalog, clock, log, familyIdle);
    }

    /** This config with the clinic's keystore. */
    public ServerConfig withKeystore(Path file, String password) {
        return new ServerConfig(dataDir, host, port, allowedHosts, Optional.of(file), Optional.of(password), catalog,
                clock, log, familyIdle);
    }

    /** This config with another clock. */
    public ServerConfig withClock(Clock newClock) {
        return new ServerConfig(dataDir, host, port, allowedHosts, keystore, keystorePassword, catalog, newClock, log,
                familyIdle);
    }

    /** This config with another time a family's checklist stays open without a tap. */
    public ServerConfig withFamilyIdle(Duration idle) {
        return new ServerConfig(dataDir, host, port, allowedHosts, keystore, keystorePassword, catalog, clock, log, idle);
    }

    /** The password is never printed. */
    @Override
    public String toString() {
        return "ServerConfig[dataDir=" + dataDir + ", host=" + host + ", port=" + port + ", allowedHosts=" + allowedHosts
                + ", keystore=" + keystore + ", familyIdle=" + familyIdle + "]";
    }
}
