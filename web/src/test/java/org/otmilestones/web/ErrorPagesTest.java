package org.otmilestones.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.otmilestones.survey.SurveyImports;

/**
 * How requests that cannot be answered as asked end: our own HTML pages for 404, 405 and 413 (never the
 * framework's text), a browser that hangs up logged as that and not as a bug, and the clinic profile's
 * links held to http and https.
 */
class ErrorPagesTest {

    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anUnknownPathAndAWrongMethodGetOurOwnPages() {
        WebClient client = server.client();
        HttpResponse<String> missing = client.get("/no/such/page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(missing.body()).contains("<h1>Not found</h1>").contains("Content-Security-Policy".isEmpty() ? "" : "<html")
                .doesNotContainIgnoringCase("endpoint");
        HttpResponse<String> wrongMethod = client.send("PUT", "/staff/login");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.body()).contains("<h1>Not allowed</h1>").doesNotContainIgnoringCase("method not allowed");
        assertThat(client.send("DELETE", "/").statusCode()).isEqualTo(405);
        assertThat(missing.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void anUploadOverTheLimitGets413WithAMessageStaffCanActOn() throws Exception {
        WebClient staff = server.client();
        String csrf = staff.login(TestServer.PASSWORD);
        int size = Math.toIntExact(SurveyImports.MAX_FILE_BYTES + 1024 * 1024 + 10);
        String boundary = "otmlimit";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + csrf + "\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);

        // With its length said up front: refused before a byte of it is read (here none is sent).
        String cookie = staff.cookie(StaffSessions.COOKIE).orElseThrow();
        String refused = RawHttp.send(server.url(), "POST /staff/import HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: "
                + StaffSessions.COOKIE + "=" + cookie + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                + "\r\nContent-Length: " + (head.length + size + tail.length) + "\r\nConnection: close\r\n\r\n");
        assertThat(RawHttp.status(refused)).isEqualTo(413);
        assertThat(refused).contains("The file is too large").contains("Export fewer rows")
                .doesNotContain("answers are saved");

        // Without its length (sent in chunks): stopped by the upload limit, with the same page.
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(server.url() + "/staff/import")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body(head, size, tail))).build();
        HttpResponse<String> stopped = staff.send(chunked);
        assertThat(stopped.statusCode()).isEqualTo(413);
        assertThat(stopped.body()).contains("The file is too large");
        assertThat(server.logLines()).noneMatch(l -> l.contains("a bug in otm"));
    }

    private static InputStream body(byte[] head, int size, byte[] tail) {
        InputStream filler = new InputStream() {
            private int left = size;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
        return new SequenceInputStream(new SequenceInputStream(new ByteArrayInputStream(head), filler),
                new ByteArrayInputStream(tail));
    }

    @Test
    void aBrowserThatHangsUpWhileSendingAFormOrAFileIsLoggedAsAClientAbortNotABug() throws Exception {
        WebClient staff = server.client();
        staff.login(TestServer.PASSWORD);
        String cookie = staff.cookie(StaffSessions.COOKIE).orElseThrow();
        URI uri = URI.create(server.url());
        String[][] requests = {
            {"/staff/import", "multipart/form-data; boundary=b", "--b\r\nContent-Disposition: form-data; name=\"csrf\""
                    + "\r\n\r\nx\r\n--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.csv\"\r\n\r\n"},
            {"/start", "application/x-www-form-urlencoded", "csrf=x&name="}};
        for (String[] r : requests) {
            try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
                // A body said to be 500 kB, of which 20 kB come; then the tab is closed (a reset).
                socket.getOutputStream().write(("POST " + r[0] + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                        + "\r\nCookie: " + StaffSessions.COOKIE + "=" + cookie + "\r\nContent-Type: " + r[1]
                        + "\r\nContent-Length: 500000\r\n\r\n" + r[2] + "x".repeat(20_000)).getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                Thread.sleep(300);
                socket.setSoLinger(true, 0);
            }
            String expected = "the browser closed the connection during POST " + r[0] + " (client abort)";
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (server.logLines().stream().noneMatch(l -> l.contains(expected)) && Instant.now().isBefore(deadline)) {
                Thread.sleep(50);
            }
            assertThat(server.logLines()).anySatisfy(l -> assertThat(l).contains(expected));
        }
        assertThat(server.logLines()).noneMatch(l -> l.contains("a bug in otm"));
    }

    @Test
    void theClientAbortCheckKnowsJettysEndOfFileAndNothingElse() {
        assertThat(Errors.clientClosed(new java.io.IOException("wrapped", new org.eclipse.jetty.io.EofException("reset"))))
                .isTrue();
        assertThat(Errors.clientClosed(new java.io.IOException("Broken pipe"))).isTrue();
        assertThat(Errors.clientClosed(new IllegalStateException("no such column"))).isFalse();
        assertThat(Errors.clientClosed(new NullPointerException())).isFalse();
    }

    @Test
    void theProfileTakesOnlyWebAddressesAsTheWebsiteAndNumbersAsThePhone() {
        WebClient staff = server.client();
        String csrf = staff.login(TestServer.PASSWORD);
        for (String website : new String[] {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,hi",
                "file:///etc/passwd", "ftp://files.example", "//evil.example"}) {
            HttpResponse<String> r = saveProfile(staff, csrf, "website", website);
            assertThat(r.statusCode()).as(website).isEqualTo(400);
            assertThat(r.body()).as(website).contains("only http and https addresses");
        }
        for (String phone : new String[] {"javascript:alert(1)", "tel:5550102030", "call us"}) {
            HttpResponse<String> r = saveProfile(staff, csrf, "phone", phone);
            assertThat(r.statusCode()).as(phone).isEqualTo(400);
            assertThat(r.body()).as(phone).contains("write the number only");
        }
        assertThat(saveProfile(staff, csrf, "website", "https://www.sunrise-therapy.example/families").statusCode())
                .isEqualTo(303);
        assertThat(saveProfile(staff, csrf, "website", "sunrise-therapy.example").statusCode()).isEqualTo(303);
        assertThat(saveProfile(staff, csrf, "phone", "+1 (555) 010-2030 ext. 12").statusCode()).isEqualTo(303);
    }

    private static HttpResponse<String> saveProfile(WebClient staff, String csrf, String field, String value) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrf", csrf);
        form.put("name", "Sunrise Pediatric Therapy");
        form.put(field, value);
        return staff.upload("/staff/clinic", form, "logo", "", new byte[0]);
    }
}
