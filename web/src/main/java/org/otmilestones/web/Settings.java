package org.otmilestones.web;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The server's settings, kept in the database so that a backup holds everything: one value per key. */
final class Settings {

    static final String PASSWORD_HASH = "staff.passwordHash";
    static final String SECRET = "server.secret";
    static final String SHOW_HANDOUT = "family.showHandout";
    static final String PAPER = "handout.paper";
    static final String LOGO = "clinic.logo";
    static final String CLEANUP_DAYS = "cleanup.unfinishedDays";
    static final String TLS_KEYSTORE = "tls.keystore";
    static final String TLS_PASSWORD = "tls.password";
    /** The clinic profile's keys are stored as {@code clinic.<key>}. */
    static final String CLINIC_PREFIX = "clinic.field.";

    private final Database db;

    Settings(Database db) {
        this.db = db;
    }

    Optional<byte[]> bytes(String key) throws SQLException {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
                s.setString(1, key);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.<byte[]>empty();
                }
            }
        });
    }

    Optional<String> text(String key) throws SQLException {
        return bytes(key).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    void put(String key, byte[] value) throws SQLException {
        putAll(Map.of(key, value), List.of());
    }

    void put(String key, String value) throws SQLException {
        put(key, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Sets and removes several keys in one transaction. */
    void putAll(Map<String, byte[]> values, List<String> removed) throws SQLException {
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO settings (key, value) VALUES (?, ?)"
                    + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                for (Map.Entry<String, byte[]> e : values.entrySet()) {
                    s.setString(1, e.getKey());
                    s.setBytes(2, e.getValue());
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM settings WHERE key = ?")) {
                for (String key : removed) {
                    s.setString(1, key);
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    /** Every key that starts with the prefix, with its text value, in key order. */
    Map<String, String> texts(String prefix) throws SQLException {
        return db.read(c -> {
            Map<String, String> found = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT key, value FROM settings WHERE substr(key, 1, ?) = ? ORDER BY key")) {
                s.setInt(1, prefix.length());
                s.setString(2, prefix);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getString(1).substring(prefix.length()),
                                new String(rs.getBytes(2), StandardCharsets.UTF_8));
                    }
                }
            }
            return found;
        });
    }

    /** The server's secret key for signing form tokens, made on first use. */
    byte[] secret() throws SQLException {
        Optional<byte[]> existing = bytes(SECRET);
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO settings (key, value) VALUES (?, ?)"
                    + " ON CONFLICT (key) DO NOTHING")) {
                s.setString(1, SECRET);
                s.setBytes(2, secret);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
                s.setString(1, SECRET);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getBytes(1);
                }
            }
        });
    }
}
