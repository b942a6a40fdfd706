package org.otmilestones.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.otmilestones.core.InvalidAssessmentException;

/** The files staff download: one checklist's handout, result and answers, and those of a day, an import or all. */
final class DownloadPages {

    private final StaffPages staff;
    private final ChecklistStore store;
    private final Results results;
    private final Exports exports;
    private final ClinicSettings clinic;

    DownloadPages(StaffPages staff, ChecklistStore store, Results results, ClinicSettings clinic) {
        this.staff = staff;
        this.store = store;
        this.results = results;
        this.exports = new Exports(results);
        this.clinic = clinic;
    }

    /** The checklists a download link names: a day, an import, or all, with the list's search and filter. */
    List<StoredChecklist> selection(Context ctx) throws SQLException {
        return store.byIds(staff.chosen(ListQuery.ofDownload(ctx)));
    }

    void handout(Context ctx) throws Exception {
        StoredChecklist c = staff.checklist(ctx);
        byte[] pdf;
        try {
            pdf = results.handout(c, clinic.current().options());
        } catch (InvalidAssessmentException e) {
            throw new Http.Problem(409, "No handout", "This checklist cannot be scored: " + e.getMessage());
        }
        String name = "handout-" + Exports.safe(c.childId()) + "-" + c.assessedOn() + ".pdf";
        ctx.contentType("application/pdf");
        // A PDF is no page: the page policy would keep the browser's PDF viewer from showing it.
        ctx.removeHeader("Content-Security-Policy");
        ctx.header("Content-Disposition", (ctx.queryParam("download") != null ? "attachment" : "inline")
                + "; filename=\"" + name + "\"");
        Http.answered(ctx);
        ctx.result(pdf);
    }

    void resultJson(Context ctx) throws Exception {
        StoredChecklist c = staff.checklist(ctx);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            exports.resultJson(c, out);
        } catch (InvalidAssessmentException e) {
            throw new Http.Problem(409, "No result", "This checklist cannot be scored: " + e.getMessage());
        }
        download(ctx, "application/json", "result-" + Exports.safe(c.childId()) + ".json", out.toByteArray());
    }

    void answersCsv(Context ctx) throws Exception {
        StoredChecklist c = staff.checklist(ctx);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.answersCsv(List.of(c), out);
        download(ctx, "text/csv; charset=utf-8", "answers-" + Exports.safe(c.childId()) + ".csv", out.toByteArray());
    }

    void exportZip(Context ctx) throws Exception {
        List<StoredChecklist> chosen = selection(ctx);
        stream(ctx, "application/zip", "handouts-" + selectionName(ctx) + ".zip",
                out -> exports.handoutsZip(chosen, clinic.current().options(), out));
    }

    void exportSummary(Context ctx) throws Exception {
        List<StoredChecklist> chosen = selection(ctx);
        stream(ctx, "text/csv; charset=utf-8", "summary-" + selectionName(ctx) + ".csv",
                out -> exports.summaryCsv(chosen, out));
    }

    void exportResults(Context ctx) throws Exception {
        List<StoredChecklist> chosen = selection(ctx);
        stream(ctx, "application/json", "results-" + selectionName(ctx) + ".json", out -> exports.resultsJson(chosen, out));
    }

    void exportAnswers(Context ctx) throws Exception {
        List<StoredChecklist> chosen = selection(ctx);
        stream(ctx, "text/csv; charset=utf-8", "answers-" + selectionName(ctx) + ".csv", out -> exports.answersCsv(chosen, out));
    }

    private static String selectionName(Context ctx) {
        if (ctx.queryParam("day") != null) {
            return Exports.safe(ctx.queryParam("day"));
        }
        if (ctx.queryParam("import") != null) {
            return "import-" + Exports.safe(ctx.queryParam("import"));
        }
        return "all";
    }

    /** Something written to a stream. */
    @FunctionalInterface
    private interface Body {
        void writeTo(java.io.OutputStream out) throws java.io.IOException;
    }

    /** A download written straight to the answer, so a zip of a whole year is never held in memory. */
    private static void stream(Context ctx, String type, String name, Body body) throws java.io.IOException {
        Http.answered(ctx);
        ctx.contentType(type);
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        java.io.OutputStream out = ctx.outputStream();
        body.writeTo(new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws java.io.IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws java.io.IOException {
                flush();
            }
        });
        out.flush();
    }

    private static void download(Context ctx, String type, String name, byte[] bytes) {
        Http.answered(ctx);
        ctx.contentType(type);
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        ctx.result(bytes);
    }
}
