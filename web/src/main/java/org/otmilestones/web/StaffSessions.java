package org.otmilestones.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Staff sign-ins, kept in memory (a restart signs everyone out): a random id in an HttpOnly,
 * SameSite=Strict cookie, ended after {@link #IDLE} without a request or {@link #LONGEST} in all.
 */
final class StaffSessions {

    static final Duration IDLE = Duration.ofMinutes(30);
    static final Duration LONGEST = Duration.ofHours(12);
    static final String COOKIE = "otm_staff";

    /** One signed-in browser. */
    static final class Session {
        final String csrf = Tokens.random();
        final Instant started;
        volatile Instant lastSeen;

        Session(Instant now) {
            started = now;
            lastSeen = now;
        }
    }

    private final Clock clock;
    private final Map<String, Session> byIdHash = new ConcurrentHashMap<>();

    StaffSessions(Clock clock) {
        this.clock = clock;
    }

    /** Starts a session; returns the id for the cookie. */
    String start() {
        Instant now = clock.instant();
        byIdHash.values().removeIf(s -> expired(s, now));
        String id = Tokens.random();
        byIdHash.put(Tokens.hash(id), new Session(now));
        return id;
    }

    /** The live session with this cookie value, its idle time restarted; empty when none or expired. */
    Optional<Session> find(String id) {
        if (!Tokens.looksLikeToken(id)) {
            return Optional.empty();
        }
        String key = Tokens.hash(id);
        Session session = byIdHash.get(key);
        Instant now = clock.instant();
        if (session == null) {
            return Optional.empty();
        }
        if (expired(session, now)) {
            byIdHash.remove(key);
            return Optional.empty();
        }
        session.lastSeen = now;
        return Optional.of(session);
    }

    void end(String id) {
        if (Tokens.looksLikeToken(id)) {
            byIdHash.remove(Tokens.hash(id));
        }
    }

    private static boolean expired(Session s, Instant now) {
        return s.lastSeen.plus(IDLE).isBefore(now) || s.started.plus(LONGEST).isBefore(now);
    }
}
