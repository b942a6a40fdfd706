package org.otmilestones.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Forms that make something count once: each start form carries a random form id, and the checklist
 * it made is remembered under that id for a while, so the same form sent twice (a double tap, a reload
 * of the post) gets the same checklist and link instead of a second one. Kept in memory.
 */
final class OnceForms {

    /** How long a form id is remembered. */
    static final Duration MEMORY = Duration.ofMinutes(30);
    private static final int MAX_FORMS = 10_000;
    private static final long WAIT_SECONDS = 30;

    /** A checklist a form made, with its family link's token. */
    record Made(long id, String token) {
    }

    /** Makes the checklist; may fail. */
    @FunctionalInterface
    interface Maker {
        Made make() throws Exception;
    }

    private record Entry(Instant at, CompletableFuture<Made> made) {
    }

    private final Clock clock;
    private final Map<String, Entry> byFormId = new ConcurrentHashMap<>();

    OnceForms(Clock clock) {
        this.clock = clock;
    }

    /**
     * The checklist this form made before, or the one {@code maker} makes now. Two at the same moment:
     * the second waits for the first's. A failed make is forgotten, so the form can be sent again.
     */
    Made make(String formId, Maker maker) throws Exception {
        Instant now = clock.instant();
        if (byFormId.size() >= MAX_FORMS) {
            byFormId.values().removeIf(e -> !e.at().plus(MEMORY).isAfter(now));
        }
        CompletableFuture<Made> mine = new CompletableFuture<>();
        Entry entry = byFormId.compute(formId, (k, old) -> old != null && old.at().plus(MEMORY).isAfter(now) ? old
                : new Entry(now, mine));
        if (entry.made() != mine) {
            try {
                return entry.made().get(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            } catch (TimeoutException e) {
                throw new IllegalStateException("the first sending of this form did not finish in " + WAIT_SECONDS + " s", e);
            }
        }
        try {
            Made made = maker.make();
            mine.complete(made);
            return made;
        } catch (Exception | Error e) {
            byFormId.remove(formId, entry);
            mine.completeExceptionally(e);
            throw e;
        }
    }
}
