package org.otmilestones.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Optional;

/** What every page handler needs: templates, cookies, headers and the errors that end a request. */
final class Http {

    /**
     * No inline script or style, nothing from another address: everything the page uses is served by
     * this server, so the page works with no internet and nothing can be injected into it.
     */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /** A request that ends with a page saying why: not allowed, not found, a bad form. */
    static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final String title;

        Problem(int status, String title, String text) {
            super(text, null, false, false);
            this.status = status;
            this.title = title;
        }
    }

    private final TemplateEngine templates = TemplateEngine.createPrecompiled(null, ContentType.Html, null,
            "org.otmilestones.web");
    private final boolean secure;

    Http(boolean secure) {
        this.secure = secure;
    }

    boolean secure() {
        return secure;
    }

    /** Renders a page template with its view. */
    void render(Context ctx, String template, Object view) {
        StringOutput out = new StringOutput(8192);
        templates.render(template + ".jte", view, out);
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(out.toString());
    }

    /** The headers every answer carries. */
    void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        // Pages hold children's data: no copy in any cache.
        ctx.header("Cache-Control", "no-store");
    }

    /** Sets a session cookie: HttpOnly, SameSite=Strict, and Secure under TLS. */
    void cookie(Context ctx, String name, String value, String path) {
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=" + path + "; HttpOnly; SameSite=Strict"
                + (secure ? "; Secure" : ""));
    }

    void clearCookie(Context ctx, String name, String path) {
        ctx.res().addHeader("Set-Cookie", name + "=; Path=" + path + "; Max-Age=0; HttpOnly; SameSite=Strict"
                + (secure ? "; Secure" : ""));
    }

    static Optional<String> cookie(Context ctx, String name) {
        return Optional.ofNullable(ctx.cookie(name)).filter(Tokens::looksLikeToken);
    }

    /** A form field, stripped, or empty when missing or blank. */
    static Optional<String> form(Context ctx, String name) {
        return Optional.ofNullable(ctx.formParam(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    static Problem forbidden(String text) {
        return new Problem(403, "Not allowed", text);
    }

    static Problem notFound(String text) {
        return new Problem(404, "Not found", text);
    }

    static Problem badForm(String text) {
        return new Problem(400, "This form cannot be used", text);
    }

    /** Sends the browser on with "303 See Other", the answer to a form post. */
    static void seeOther(Context ctx, String location) {
        ctx.status(303);
        ctx.header("Location", location);
    }
}
