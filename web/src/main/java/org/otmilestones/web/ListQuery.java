package org.otmilestones.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the staff list and its downloads show, read from the address: a day, an import or all; a search;
 * which checklists (every one, not finished, not reviewed, with a red flag); and the page.
 *
 * @param day one day, when not all
 * @param importId one import, when not all
 * @param search the name or id searched for, or blank
 * @param show which checklists
 * @param page the page of the list, from 1
 */
record ListQuery(Optional<LocalDate> day, Optional<Long> importId, String search, Show show, int page) {

    /** Rows on one page of the list. */
    static final int PAGE_SIZE = 50;

    /** Which checklists the list shows. */
    enum Show {
        ALL("all", "Every checklist", ChecklistStore.Stage.ANY),
        UNFINISHED("unfinished", "Not finished", ChecklistStore.Stage.UNFINISHED),
        NOT_REVIEWED("new", "Finished, not reviewed", ChecklistStore.Stage.NOT_REVIEWED),
        RED_FLAG("doctor", "Red flag: talk to the child's doctor", ChecklistStore.Stage.FINISHED);

        final String code;
        final String label;
        final ChecklistStore.Stage stage;

        Show(String code, String label, ChecklistStore.Stage stage) {
            this.code = code;
            this.label = label;
            this.stage = stage;
        }

        static Show of(String code) {
            for (Show s : values()) {
                if (s.code.equals(code)) {
                    return s;
                }
            }
            return ALL;
        }
    }

    /** The staff list's query: today unless {@code view=all}, or the day or import a download link names. */
    static ListQuery ofList(Context ctx, LocalDate today) {
        Optional<LocalDate> day = "all".equals(ctx.queryParam("view")) ? Optional.empty() : Optional.of(today);
        return new ListQuery(day, Optional.empty(), search(ctx), Show.of(ctx.queryParam("show")), page(ctx));
    }

    /** A download link's query: a day, an import, or all, as the link says; anything else is a bad link. */
    static ListQuery ofDownload(Context ctx) {
        Optional<LocalDate> day = Optional.empty();
        Optional<Long> importId = Optional.empty();
        try {
            if (ctx.queryParam("day") != null) {
                day = Optional.of(LocalDate.parse(ctx.queryParam("day")));
            }
            if (ctx.queryParam("import") != null) {
                importId = Optional.of(Long.parseLong(ctx.queryParam("import")));
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            throw Http.badForm("The link names no day (YYYY-MM-DD) or import.");
        }
        if (day.isEmpty() && importId.isEmpty() && ctx.queryParam("all") == null) {
            throw Http.badForm("Say which checklists: a day, an import, or all.");
        }
        return new ListQuery(day, importId, search(ctx), Show.of(ctx.queryParam("show")), 1);
    }

    private static String search(Context ctx) {
        String q = Optional.ofNullable(ctx.queryParam("q")).map(String::strip).orElse("");
        return q.length() > 100 ? q.substring(0, 100) : q;
    }

    private static int page(Context ctx) {
        String raw = ctx.queryParam("page");
        return raw != null && raw.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(raw)) : 1;
    }

    /** The store's filter; the red-flag choice is applied after scoring. */
    ChecklistStore.Filter filter() {
        return new ChecklistStore.Filter(day, importId, Optional.of(search).filter(s -> !s.isEmpty()), show.stage);
    }

    /** The same query for a download link (every page, not only this one). */
    String downloadQuery() {
        List<String> parts = new ArrayList<>();
        if (day.isPresent()) {
            parts.add("day=" + day.get());
        } else if (importId.isPresent()) {
            parts.add("import=" + importId.get());
        } else {
            parts.add("all=1");
        }
        parts.addAll(searchAndShow());
        return String.join("&", parts);
    }

    /** The same list on another page. */
    String pageLink(int otherPage) {
        List<String> parts = new ArrayList<>();
        parts.add("view=" + (day.isPresent() ? "today" : "all"));
        parts.addAll(searchAndShow());
        parts.add("page=" + otherPage);
        return "/staff?" + String.join("&", parts);
    }

    private List<String> searchAndShow() {
        List<String> parts = new ArrayList<>();
        if (!search.isEmpty()) {
            parts.add("q=" + URLEncoder.encode(search, StandardCharsets.UTF_8));
        }
        if (show != Show.ALL) {
            parts.add("show=" + show.code);
        }
        return parts;
    }
}
