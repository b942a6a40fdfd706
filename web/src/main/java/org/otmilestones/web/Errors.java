package org.otmilestones.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How a request that cannot be answered as asked ends: our own page for every error (never the
 * framework's text), the sign-in or birth-date page where access is missing, 413 with a message staff
 * can act on for a file too large, and in the log a browser that hung up as just that, a bug as a bug
 * (its class and place, never its message, which may quote a value).
 */
final class Errors {

    private final Http http;
    private final FamilyPages family;
    private final SignInPages signIn;
    private final Consumer<String> log;

    Errors(Http http, FamilyPages family, SignInPages signIn, Consumer<String> log) {
        this.http = http;
        this.family = family;
        this.signIn = signIn;
        this.log = log;
    }

    void register(RoutesConfig r) {
        r.exception(Http.Problem.class, (e, ctx) -> page(ctx, e.status, e.title, e.getMessage()));
        r.exception(StaffPages.NotSignedIn.class, (e, ctx) -> signIn.showLogin(ctx,
                Optional.of("Staff only: please sign in."), 403));
        r.exception(FamilyPages.Locked.class, this::locked);
        r.exception(Exception.class, this::unexpected);
        Map<Integer, String[]> pages = Map.of(
                404, new String[] {"Not found", "There is no page here."},
                405, new String[] {"Not allowed", "This page cannot be used that way."},
                413, new String[] {"Too large", "This is more than the server takes at once."},
                400, new String[] {"This request cannot be used", "Go back, reload the page and try again."},
                500, new String[] {"Something went wrong", "This is a bug in otm. Please try again, or tell the front desk."});
        pages.forEach((status, words) -> r.error(status, ctx -> {
            if (!Http.rendered(ctx)) {
                page(ctx, status, words[0], words[1]);
            }
        }));
    }

    /** A family link opened where its checklist is not open: the birth-date page, or 401 to the page's script. */
    private void locked(FamilyPages.Locked e, Context ctx) {
        String route = WebServer.route(ctx);
        if (route.endsWith("/answer") || route.endsWith("/alive")) {
            // The page's script reloads the page on this, which then asks for the birth date.
            ctx.status(401);
            ctx.contentType("text/plain; charset=utf-8");
            Http.answered(ctx);
            ctx.result("This checklist is not open on this device.");
            return;
        }
        family.showUnlock(ctx, e.token, e.language, Map.of(), java.util.List.of(), 403);
    }

    private void unexpected(Exception e, Context ctx) {
        if (clientClosed(e)) {
            // Not a bug: the browser went away (a closed tab, a dropped connection) while the answer was sent.
            log.accept("otm: the browser closed the connection during " + ctx.method() + " " + WebServer.route(ctx)
                    + " (client abort); nothing is lost");
            Http.answered(ctx);
            return;
        }
        if (tooLarge(e)) {
            tooLarge(ctx);
            return;
        }
        log.accept("otm: a bug in otm on " + ctx.method() + " " + WebServer.route(ctx) + ": " + WebServer.stackOf(e));
        boolean staff = WebServer.route(ctx).startsWith("/staff");
        page(ctx, 500, "Something went wrong", staff
                ? "This is a bug in otm. What was saved before is still saved. Please try again; if it happens again,"
                        + " tell the person who looks after otm what you did."
                : "This is a bug in otm. Your earlier answers are saved. Please try again, or tell the front desk.");
    }

    /** What staff read on a 413: the upload routes are staff pages. */
    static final String TOO_LARGE = "This file is larger than "
            + org.otmilestones.survey.SurveyImports.MAX_FILE_BYTES / (1024 * 1024) + " MB, the most otm reads at"
            + " once. Export fewer rows (for example one month at a time) and import each file.";

    /** 413 with what staff can do about it. */
    void tooLarge(Context ctx) {
        page(ctx, 413, "The file is too large", TOO_LARGE);
    }

    private void page(Context ctx, int status, String title, String text) {
        ctx.status(status);
        http.render(ctx, "message", new Views.Message(new Views.Layout("en", title, "Skip to the main content",
                Optional.empty(), Optional.empty()), title, text, Optional.of("/")));
    }

    /**
     * True when the browser closed the connection: while it was still sending a form or a file (Jetty's
     * early end of file), or while the answer was sent (a reset or broken pipe).
     */
    static boolean clientClosed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // Jetty's org.eclipse.jetty.io.EofException and HttpConnection$HttpEofException (a request body cut short).
            if (t.getClass().getSimpleName().endsWith("EofException") || t instanceof ClosedChannelException) {
                return true;
            }
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (m.contains("early eof") || t instanceof IOException && (m.contains("broken pipe")
                    || m.contains("connection reset") || m.contains("closed"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** True when the upload was over the size the server takes (Jetty's multipart limits). */
    static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            // Jetty's multipart parser: "max file size exceeded: N", "max length exceeded: N".
            if (m.contains("exceed") && (m.contains("max") || m.contains("size") || m.contains("length"))
                    || m.contains("413") || m.contains("too large")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
