package org.otmilestones.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser without a screen: keeps cookies, follows no redirects, reads form tokens from pages. */
final class WebClient {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    /** No request of a test waits longer than this. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern ONCE = Pattern.compile("name=\"once\" value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    WebClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A cookie this client holds, such as the staff session's. */
    java.util.Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst();
    }

    /** Sends any request (HEAD, a method the server has no route for...) without a body. */
    HttpResponse<String> send(String method, String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(TIMEOUT).build());
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().timeout(TIMEOUT).build());
    }

    HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(TIMEOUT).build());
    }

    /** Posts a form with one file, as the browser sends an upload (multipart/form-data). */
    HttpResponse<String> upload(String path, Map<String, String> fields, String fileField, String fileName, byte[] content) {
        String boundary = "otm" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> text = t -> body.writeBytes(t.getBytes(StandardCharsets.UTF_8));
        fields.forEach((k, v) -> text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k
                + "\"\r\n\r\n" + v + "\r\n"));
        text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n");
        body.writeBytes(content);
        text.accept("\r\n--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).timeout(TIMEOUT).build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no form token on the page:\n" + html);
        }
        return m.group(1);
    }

    static String once(String html) {
        Matcher m = ONCE.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no form id on the page:\n" + html);
        }
        return m.group(1);
    }

    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
                "no Location header; status " + response.statusCode()));
    }

    /** Signs in as staff; returns the staff list page's form token. */
    String login(String password) {
        String token = csrf(get("/staff/login").body());
        HttpResponse<String> r = post("/staff/login", Map.of("csrf", token, "password", password));
        if (r.statusCode() != 303) {
            throw new AssertionError("sign-in failed with " + r.statusCode() + ":\n" + r.body());
        }
        return csrf(get("/staff").body());
    }

    /** Starts a family on the start page; returns the family's path, such as /f/TOKEN. */
    String startFamily(String lang, String name, String month, String day, String year) {
        String page = get("/?lang=" + lang).body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrf", csrf(page));
        form.put("once", once(page));
        form.put("lang", lang);
        form.put("name", name);
        form.put("month", month);
        form.put("day", day);
        form.put("year", year);
        HttpResponse<String> r = post("/start", form);
        if (r.statusCode() != 303) {
            throw new AssertionError("start failed with " + r.statusCode() + ":\n" + r.body());
        }
        String location = location(r);
        return location.substring(0, location.lastIndexOf('/'));
    }

    /** Opens a family link on this client with the child's birth date, as a family on another device does. */
    HttpResponse<String> unlock(String path, String month, String day, String year) {
        HttpResponse<String> page = get(path);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrf", csrf(page.body()));
        form.put("month", month);
        form.put("day", day);
        form.put("year", year);
        return post(path + "/unlock", form);
    }
}
