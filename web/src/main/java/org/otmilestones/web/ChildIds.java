package org.otmilestones.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The ids otm gives a child that came without the clinic's own id: {@code otm-1}, {@code otm-2}..., from
 * a counter in the database that only goes up, so an id is never given twice in a data folder, also
 * after a delete. A child's later checklists carry the same id; that is what links them.
 */
final class ChildIds {

    static final String PREFIX = "otm-";
    private static final String COUNTER = "ids.next";

    private ChildIds() {
    }

    /** The next id, taken inside the caller's write transaction. */
    static String next(Connection c) throws SQLException {
        long next = 1;
        try (PreparedStatement s = c.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
            s.setString(1, COUNTER);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    next = Long.parseLong(new String(rs.getBytes(1), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO settings (key, value) VALUES (?, ?)"
                + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            s.setString(1, COUNTER);
            s.setBytes(2, String.valueOf(next + 1).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            s.executeUpdate();
        }
        return PREFIX + next;
    }

    /** True for an id the clinic may type: letters, digits, dots, dashes and underscores, at most 40. */
    static boolean valid(String id) {
        return id != null && id.matches("[A-Za-z0-9._-]{1,40}");
    }
}
