package org.otmilestones.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** The page's style, script and icon, read from the jar once and served by name; nothing else is served. */
final class Statics {

    private static final Map<String, String> TYPES = Map.of("app.css", "text/css; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8", "icon.svg", "image/svg+xml");

    private final Map<String, byte[]> files;

    Statics() {
        Map<String, byte[]> read = new HashMap<>();
        for (String name : TYPES.keySet()) {
            try (InputStream in = Statics.class.getResourceAsStream("static/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("static/" + name + " is missing from the jar");
                }
                read.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        files = Map.copyOf(read);
    }

    void serve(Context ctx) {
        String name = ctx.pathParam("name");
        byte[] bytes = files.get(name);
        if (bytes == null) {
            throw Http.notFound("There is no such file.");
        }
        ctx.contentType(TYPES.get(name));
        // Styles and scripts hold no one's data; a short cache keeps the tablet quick.
        ctx.header("Cache-Control", "max-age=300");
        Http.answered(ctx);
        ctx.result(bytes);
    }
}
