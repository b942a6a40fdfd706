package org.otmilestones.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import org.junit.jupiter.api.Test;

/**
 * The names the server answers to (421 for any other), TLS decided by the address and not its spelling,
 * HSTS under TLS on the network, and plain HTTP on the TLS port sent on to HTTPS. Every request goes to
 * this computer's loopback address only.
 */
class HostsAndTlsTest {

    @Test
    void onLoopbackOnlyLoopbackNamesAndAddressesAreAllowed() throws Exception {
        Hosts hosts = Hosts.of("127.0.0.1", List.of());
        assertThat(hosts.loopback()).isTrue();
        assertThat(List.of("127.0.0.1:8080", "localhost", "LOCALHOST:8080", "127.0.0.2", "[::1]:8080", "localhost."))
                .allSatisfy(h -> assertThat(hosts.allows(h)).as(h).isTrue());
        assertThat(List.of("evil.example", "127.example.com", "localhost.evil.example", "127.0.0.1.evil.example",
                "192.0.2.10", "", "127.0.0.1:8080:9", "[::1", "exa mple"))
                .allSatisfy(h -> assertThat(hosts.allows(h)).as(h).isFalse());
        assertThat(hosts.allows(null)).isFalse();
    }

    @Test
    void onTheNetworkTheConfiguredAddressAndTheGivenNamesAreAllowed() throws Exception {
        Hosts hosts = Hosts.of("192.0.2.10", List.of("otm.clinic.lan"));
        assertThat(hosts.loopback()).isFalse();
        assertThat(hosts.allows("192.0.2.10:8443")).isTrue();
        assertThat(hosts.allows("otm.clinic.lan")).isTrue();
        assertThat(hosts.allows("localhost")).as("loopback names are not the server's on the network").isFalse();
        assertThat(hosts.allows("evil.example")).isFalse();
        assertThat(hosts.linkHost()).isEqualTo("192.0.2.10");
    }

    @Test
    void tlsIsDecidedByTheAddressNotItsSpelling() throws Exception {
        assertThat(Hosts.of("localhost", List.of()).loopback()).isTrue();
        assertThat(Hosts.of("::1", List.of()).loopback()).isTrue();
        assertThat(Hosts.of("127.0.0.5", List.of()).loopback()).isTrue();
        // A name that merely starts with "127." is what it resolves to: here a network address, so TLS.
        Hosts.Resolver names = name -> switch (name) {
            case "127.example.com" -> new InetAddress[] {InetAddress.getByAddress(name, new byte[] {(byte) 203, 0, 113, 5})};
            case "tablet.clinic.lan" -> new InetAddress[] {InetAddress.getByAddress(name, new byte[] {127, 0, 0, 1})};
            default -> throw new UnknownHostException(name);
        };
        assertThat(Hosts.of("127.example.com", List.of(), names).loopback()).isFalse();
        assertThat(Hosts.of("tablet.clinic.lan", List.of(), names).loopback()).as("a name for 127.0.0.1").isTrue();
        assertThatThrownBy(() -> Hosts.of("nowhere.example", List.of(), names)).isInstanceOf(WebSetupException.class)
                .hasMessageContaining("cannot find that address");
        assertThat(Hosts.of("0.0.0.0", List.of("127.0.0.1")).loopback()).as("every address of the computer").isFalse();
        assertThatThrownBy(() -> Hosts.of("0.0.0.0", List.of())).isInstanceOf(WebSetupException.class)
                .hasMessageContaining("--allow-host");
        assertThatThrownBy(() -> Hosts.of("127.0.0.1", List.of("otm.clinic.lan"))).isInstanceOf(WebSetupException.class)
                .hasMessageContaining("is this computer only");
    }

    @Test
    void anotherHostHeaderGets421AndFamilyLinksUseTheConfiguredAddress() {
        try (TestServer server = TestServer.start()) {
            String rebinding = RawHttp.get(server.url(), "/", "evil.example:" + server.server.port());
            assertThat(RawHttp.status(rebinding)).isEqualTo(421);
            assertThat(rebinding).contains("text/html").contains("Wrong address").doesNotContain("csrf");
            assertThat(RawHttp.status(RawHttp.get(server.url(), "/start", "evil.example"))).as("any path").isEqualTo(421);
            assertThat(RawHttp.status(RawHttp.get(server.url(), "/", "localhost:" + server.server.port()))).isEqualTo(200);

            // Staff reach the server as localhost; the family link still names the configured address.
            WebClient staff = new WebClient("http://localhost:" + server.server.port());
            String csrf = staff.login(TestServer.PASSWORD);
            String page = staff.get("/staff/start").body();
            HttpResponse<String> started = staff.post("/staff/start", java.util.Map.of("csrf", csrf, "once",
                    WebClient.once(page), "name", "Lina Link", "dob", "2024-05-10"));
            assertThat(started.body()).contains("value=\"http://127.0.0.1:" + server.server.port() + "/f/")
                    .doesNotContain("http://localhost:" + server.server.port() + "/f/");
        }
    }

    @Test
    void onTheNetworkTheServerSpeaksOnlyTlsSendsHstsAndSendsPlainHttpOnToHttps() throws Exception {
        // Every address of this computer (a wildcard, so not loopback: TLS), reached here on 127.0.0.1 only.
        try (TestServer server = TestServer.start(c -> c.withHost("0.0.0.0").withAllowedHosts(List.of("127.0.0.1")))) {
            assertThat(server.url()).startsWith("https://127.0.0.1:");
            HttpClient client = HttpClient.newBuilder().sslContext(trustingAll()).build();
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(server.url() + "/staff/login")).timeout(WebClient.TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValue(Http.HSTS);

            String plainUrl = server.url().replace("https://", "http://");
            String plain = RawHttp.get(plainUrl, "/staff/login?q=x", "127.0.0.1:" + server.server.port());
            assertThat(RawHttp.status(plain)).isEqualTo(301);
            assertThat(plain).contains("Location: " + server.url() + "/staff/login\r\n");
            String plainPost = RawHttp.send(plainUrl, "POST /start HTTP/1.1\r\nHost: 127.0.0.1:" + server.server.port()
                    + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            assertThat(RawHttp.status(plainPost)).isEqualTo(400);
            assertThat(plainPost).contains("HTTPS only");
        }
        // On loopback with a keystore there is TLS but no HSTS, which would hold the browser's other local sites to HTTPS.
        Http loopbackTls = new Http(true, false);
        assertThat(loopbackTls.secure()).isTrue();
    }

    @Test
    void onLoopbackWithoutAKeystoreThereIsNoHsts() {
        try (TestServer server = TestServer.start()) {
            assertThat(server.client().get("/").headers().firstValue("Strict-Transport-Security")).isEmpty();
        }
    }

    /** Test only: trusts any certificate, so the self-signed one is accepted without its file. */
    private static SSLContext trustingAll() throws Exception {
        X509ExtendedTrustManager all = new X509ExtendedTrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, new javax.net.ssl.TrustManager[] {all}, null);
        return ssl;
    }
}
