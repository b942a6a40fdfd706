package org.otmilestones.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down password guessing. Every try is counted <em>before</em> the slow password check, so tries
 * sent at the same moment are counted too. A browser that has signed in before carries a device cookie
 * and has a count of its own: {@value #FREE_TRIES} tries, then a wait of 5 seconds before the next,
 * twice as long after each further try, up to 15 minutes. Any other browser is counted by its address
 * (the same numbers) and, all of them together, against the staff account ({@value #ACCOUNT_FREE_TRIES}
 * tries, then the same waits), so guesses from many addresses are slowed too. A flood of wrong passwords
 * therefore never holds up a browser that has signed in before, even at the same address. A right
 * password clears the count of the browser's device cookie; counts are forgotten an hour after the last try.
 */
final class LoginThrottle {

    /** Tries of one browser or address before the waits start. */
    static final int FREE_TRIES = 3;
    /** Tries of all browsers without a device cookie, together, before the waits start. */
    static final int ACCOUNT_FREE_TRIES = 10;
    static final Duration FIRST_WAIT = Duration.ofSeconds(5);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    /** Counts older than this are forgotten. */
    static final Duration MEMORY = Duration.ofHours(1);
    private static final int MAX_KEYS = 10_000;
    private static final String ACCOUNT = "account";

    private record Count(int tries, Instant last, Instant waitUntil) {
    }

    /** A try that was let through to the password check, with the counts it was added to. */
    record Attempt(List<String> keys, boolean device) {
    }

    /** What {@link #begin} decided: a try to check now, or the time left to wait. */
    record Decision(Optional<Attempt> attempt, Duration waitLeft) {
        boolean allowed() {
            return attempt.isPresent();
        }
    }

    private final Clock clock;
    private final Map<String, Count> counts = new HashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * Counts a sign-in try before its password is checked, or refuses it unchecked while a wait is on.
     *
     * @param address the browser's address
     * @param device the id of the browser's valid device cookie, if it has one
     */
    synchronized Decision begin(String address, Optional<String> device) {
        Instant now = clock.instant();
        List<String> keys = device.isPresent() ? List.of("device:" + device.get()) : List.of("address:" + address, ACCOUNT);
        Duration wait = Duration.ZERO;
        for (String key : keys) {
            Count c = current(key, now);
            if (c != null && c.waitUntil().isAfter(now)) {
                Duration left = Duration.between(now, c.waitUntil());
                wait = left.compareTo(wait) > 0 ? left : wait;
            }
        }
        if (!wait.isZero()) {
            return new Decision(Optional.empty(), wait);
        }
        if (counts.size() >= MAX_KEYS) {
            counts.entrySet().removeIf(e -> !e.getValue().last().plus(MEMORY).isAfter(now));
        }
        for (String key : keys) {
            Count c = current(key, now);
            int tries = c == null ? 1 : c.tries() + 1;
            int free = key.equals(ACCOUNT) ? ACCOUNT_FREE_TRIES : FREE_TRIES;
            counts.put(key, new Count(tries, now, now.plus(waitAfter(tries, free))));
        }
        return new Decision(Optional.of(new Attempt(keys, device.isPresent())), Duration.ZERO);
    }

    /** The wait after the n-th try: none for the free tries, then 5 s after the last free one, doubling. */
    static Duration waitAfter(int tries, int free) {
        if (tries < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(tries - free, 20);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /** How long the browser of this attempt must now wait before its next try. */
    synchronized Duration waitAfter(Attempt attempt) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (String key : attempt.keys()) {
            Count c = current(key, now);
            if (c != null && c.waitUntil().isAfter(now)) {
                Duration left = Duration.between(now, c.waitUntil());
                wait = left.compareTo(wait) > 0 ? left : wait;
            }
        }
        return wait;
    }

    /**
     * The password was right: a device's count is cleared; an address's and the account's lose this try
     * only (whoever else sends from that address keeps their count).
     */
    synchronized void succeeded(Attempt attempt) {
        Instant now = clock.instant();
        for (String key : new ArrayList<>(attempt.keys())) {
            if (attempt.device()) {
                counts.remove(key);
                continue;
            }
            Count c = current(key, now);
            if (c != null) {
                int tries = Math.max(0, c.tries() - 1);
                int free = key.equals(ACCOUNT) ? ACCOUNT_FREE_TRIES : FREE_TRIES;
                counts.put(key, new Count(tries, c.last(), tries < free ? now : c.waitUntil()));
            }
        }
    }

    private Count current(String key, Instant now) {
        Count c = counts.get(key);
        if (c != null && !c.last().plus(MEMORY).isAfter(now)) {
            counts.remove(key);
            return null;
        }
        return c;
    }
}
