package org.otmilestones.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which device has which family's checklist open, kept in memory (a restart closes them all): a random
 * id in an HttpOnly, SameSite=Strict cookie, tied to one checklist, ended by "start over", by the page's
 * idle timer, or here after {@code idle} without a request, and after {@link #LONGEST} in all. Without a
 * live one, a family link asks for the child's date of birth before it shows anything.
 */
final class FamilySessions {

    static final String COOKIE = "otm_family";
    /** No family takes longer than this over one checklist. */
    static final Duration LONGEST = Duration.ofHours(4);
    private static final int MAX_SESSIONS = 10_000;

    /** One device with one checklist open. */
    static final class Session {
        final String csrf = Tokens.random();
        final long checklistId;
        final Instant started;
        volatile Instant lastSeen;

        Session(long checklistId, Instant now) {
            this.checklistId = checklistId;
            this.started = now;
            this.lastSeen = now;
        }
    }

    private final Clock clock;
    private final Duration idle;
    private final Map<String, Session> byIdHash = new ConcurrentHashMap<>();

    FamilySessions(Clock clock, Duration idle) {
        this.clock = clock;
        this.idle = idle;
    }

    Duration idle() {
        return idle;
    }

    /** Opens the checklist on this device; returns the id for the cookie. */
    String start(long checklistId) {
        Instant now = clock.instant();
        byIdHash.values().removeIf(s -> expired(s, now));
        if (byIdHash.size() >= MAX_SESSIONS) {
            // Far more than any clinic has open: the oldest go first.
            byIdHash.entrySet().stream().min((a, b) -> a.getValue().lastSeen.compareTo(b.getValue().lastSeen))
                    .ifPresent(e -> byIdHash.remove(e.getKey()));
        }
        String id = Tokens.random();
        byIdHash.put(Tokens.hash(id), new Session(checklistId, now));
        return id;
    }

    /** The live session with this cookie value, its idle time restarted; empty when none or expired. */
    Optional<Session> find(String id) {
        if (!Tokens.looksLikeToken(id)) {
            return Optional.empty();
        }
        String key = Tokens.hash(id);
        Session session = byIdHash.get(key);
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (expired(session, now)) {
            byIdHash.remove(key);
            return Optional.empty();
        }
        session.lastSeen = now;
        return Optional.of(session);
    }

    /** Ends the session with this cookie value, if there is one. */
    void end(String id) {
        if (Tokens.looksLikeToken(id)) {
            byIdHash.remove(Tokens.hash(id));
        }
    }

    /** Ends every device's session of this checklist: it was deleted or got a new link. */
    void endAll(long checklistId) {
        byIdHash.values().removeIf(s -> s.checklistId == checklistId);
    }

    private boolean expired(Session s, Instant now) {
        return !s.lastSeen.plus(idle).isAfter(now) || !s.started.plus(LONGEST).isAfter(now);
    }
}
