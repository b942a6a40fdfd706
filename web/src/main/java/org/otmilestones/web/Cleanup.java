package org.otmilestones.web;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Deleting unfinished checklists that were started long ago: by staff, after a page that says how
 * many, and automatically every hour when the clinic has set a number of days (off by default). A
 * deleted checklist is gone as a single delete is: its answers too, and the WAL emptied.
 */
final class Cleanup {

    /** The number of days the staff list offers. */
    static final int DEFAULT_DAYS = 30;
    /** The most days the form takes. */
    static final int MAX_DAYS = 3650;

    private final Http http;
    private final StaffPages staff;
    private final ChecklistStore store;
    private final Results results;
    private final FamilySessions familySessions;
    private final ClinicSettings clinic;
    private final Clock clock;
    private final Consumer<String> log;

    Cleanup(Http http, StaffPages staff, ChecklistStore store, Results results, FamilySessions familySessions,
            ClinicSettings clinic, Clock clock, Consumer<String> log) {
        this.http = http;
        this.staff = staff;
        this.store = store;
        this.results = results;
        this.familySessions = familySessions;
        this.clinic = clinic;
        this.clock = clock;
        this.log = log;
    }

    /** The page that says how many unfinished checklists would go, with the button that deletes them. */
    void confirmCleanup(Context ctx) throws SQLException {
        StaffSessions.Session session = staff.staff(ctx);
        int days = days(ctx.queryParam("days"));
        Instant before = cutoff(days);
        http.render(ctx, "staff-cleanup", new Views.CleanupPage(staff.layout("Delete unfinished checklists", session),
                session.csrf, days, store.countUnfinishedBefore(before), before.toString().substring(0, 10)));
    }

    void cleanup(Context ctx) throws SQLException {
        staff.staffPost(ctx);
        int days = days(ctx.formParam("days"));
        List<Long> deleted = delete(cutoff(days));
        Http.seeOther(ctx, "/staff?view=all&deleted=" + deleted.size());
    }

    /** The automatic removal, when the clinic has set it; run by the server every hour. */
    void automatic() {
        Optional<Integer> days = clinic.current().cleanupDays();
        if (days.isEmpty()) {
            return;
        }
        try {
            List<Long> deleted = delete(cutoff(days.get()));
            if (!deleted.isEmpty()) {
                log.accept("otm: deleted " + deleted.size() + " unfinished checklists started more than " + days.get()
                        + " days ago (the clinic's automatic removal)");
            }
        } catch (SQLException | RuntimeException e) {
            log.accept("otm: the automatic removal of unfinished checklists failed (" + e.getClass().getSimpleName()
                    + "); it runs again in an hour");
        }
    }

    private List<Long> delete(Instant before) throws SQLException {
        List<Long> deleted = store.deleteUnfinishedBefore(before);
        for (long id : deleted) {
            familySessions.endAll(id);
            results.forget(id);
        }
        return deleted;
    }

    private Instant cutoff(int days) {
        return clock.instant().minus(Duration.ofDays(days));
    }

    /** The days a form or link gives, from 1 to {@link #MAX_DAYS}; anything else is a bad form. */
    static int days(String raw) {
        if (raw == null || !raw.strip().matches("\\d{1,4}") || Integer.parseInt(raw.strip()) < 1
                || Integer.parseInt(raw.strip()) > MAX_DAYS) {
            throw Http.badForm("Give the number of days as a whole number from 1 to " + MAX_DAYS + ".");
        }
        return Integer.parseInt(raw.strip());
    }
}
