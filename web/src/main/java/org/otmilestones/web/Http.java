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
    /** HSTS under TLS on the network: a year, this name only. */
    static final String HSTS = "max-age=31536000";
    /** Set on a request once one of our pages is its answer, so the error pages do not replace it. */
    private static final String RENDERED = "otm.rendered";

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
    private final boolean hsts;

    /**
     * @param secure served over TLS: cookies get the Secure flag
     * @param hsts send Strict-Transport-Security (TLS on the network; never on loopback, where it would
     *        hold every other local site of the browser to HTTPS)
     */
    Http(boolean secure, boolean hsts) {
        this.secure = secure;
        this.hsts = hsts;
    }

    boolean secure() {
        return secure;
    }

    /** Renders a page template with its view. */
    void render(Context ctx, String template, Object view) {
        StringOutput out = new StringOutput(8192);
        templates.render(template + ".jte", view, out);
        ctx.contentType("text/html; charset=utf-8");
        ctx.attribute(RENDERED, Boolean.TRUE);
        ctx.result(out.toString());
    }

    /** True when one of our pages (or a file) is already the answer. */
    static boolean rendered(Context ctx) {
        return ctx.attribute(RENDERED) != null;
    }

    /** Marks a file download as our answer, as {@link #render} does for a page. */
    static void answered(Context ctx) {
        ctx.attribute(RENDERED, Boolean.TRUE);
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
        if (hsts) {
            ctx.header("Strict-Transport-Security", HSTS);
        }
    }

    /** Sets a session cookie: HttpOnly, SameSite=Strict, and Secure under TLS. */
    void cookie(Context ctx, String name, String value, String path) {
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=" + path + "; HttpOnly; SameSite=Strict"
                + (secure ? "; Secure" : ""));
    }

    /** Sets a cookie that outlives the browser session (the device cookie). */
    void lastingCookie(Context ctx, String name, String value, String path, java.time.Duration maxAge) {
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=" + path + "; Max-Age=" + maxAge.toSeconds()
                + "; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : ""));
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

    /** True when the two tokens are equal, compared in constant time; false when either is missing. */
    static boolean sameToken(String given, String expected) {
        return given != null && expected != null && java.security.MessageDigest.isEqual(
                given.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                expected.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
