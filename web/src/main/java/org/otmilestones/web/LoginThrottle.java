package org.otmilestones.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Slows down password guessing: after {@value #FREE_FAILURES} wrong passwords from one address, each
 * further try must wait, twice as long each time (5 seconds, 10, 20... up to 15 minutes); a right
 * password clears the count. While an address waits its tries are refused unchecked.
 */
final class LoginThrottle {

    static final int FREE_FAILURES = 3;
    static final Duration FIRST_WAIT = Duration.ofSeconds(5);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    /** Failures older than this are forgotten. */
    static final Duration MEMORY = Duration.ofHours(1);
    private static final int MAX_ADDRESSES = 10_000;

    private record Failures(int count, Instant last, Instant waitUntil) {
    }

    private final Clock clock;
    private final Map<String, Failures> byAddress = new HashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this address must still wait before it may try again; zero when it may try now. */
    synchronized Duration waitFor(String address) {
        Failures f = current(address);
        if (f == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), f.waitUntil());
        return left.isNegative() ? Duration.ZERO : left;
    }

    synchronized void failed(String address) {
        Instant now = clock.instant();
        Failures f = current(address);
        int count = f == null ? 1 : f.count() + 1;
        Instant waitUntil = now;
        if (count > FREE_FAILURES) {
            int doublings = Math.min(count - FREE_FAILURES - 1, 20);
            Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
            waitUntil = now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
        }
        if (byAddress.size() >= MAX_ADDRESSES) {
            byAddress.entrySet().removeIf(e -> e.getValue().last().plus(MEMORY).isBefore(now));
        }
        byAddress.put(address, new Failures(count, now, waitUntil));
    }

    synchronized void succeeded(String address) {
        byAddress.remove(address);
    }

    private Failures current(String address) {
        Failures f = byAddress.get(address);
        if (f != null && f.last().plus(MEMORY).isBefore(clock.instant())) {
            byAddress.remove(address);
            return null;
        }
        return f;
    }
}
