package org.otmilestones.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The self-signed certificate for --host, and serving over TLS with a keystore. */
class TlsTest {

    @TempDir
    Path tmp;

    @Test
    void theSelfSignedCertificateNamesTheHostIsKeptAndServesHttps() throws Exception {
        Path data = tmp.resolve("data");
        Tls.Key key;
        try (Database db = Database.open(data)) {
            Settings settings = new Settings(db);
            key = Tls.selfSigned(settings, data, List.of("192.0.2.10"));
            assertThat(Tls.selfSigned(settings, data, List.of("192.0.2.10")).fingerprint()).as("made once, then kept")
                    .isEqualTo(key.fingerprint());
        }
        assertThat(key.fingerprint()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
        X509Certificate cert = (X509Certificate) key.keyStore().getCertificate("otm");
        assertThat(cert.getSubjectAlternativeNames()).anySatisfy(san -> assertThat(san).isEqualTo(List.of(7, "192.0.2.10")))
                .anySatisfy(san -> assertThat(san).isEqualTo(List.of(2, "localhost")));

        // Served on loopback with that keystore: a client that trusts exactly this certificate gets the page.
        Path p12 = tmp.resolve("clinic.p12");
        try (OutputStream out = Files.newOutputStream(p12)) {
            key.keyStore().store(out, key.password());
        }
        DataTasks.setPassword(data, TestServer.PASSWORD.toCharArray(), 1000);
        try (WebServer server = WebServer.start(ServerConfig.of(data, TestServer.CATALOG, line -> { }).withPort(0)
                .withKeystore(p12, new String(key.password())))) {
            assertThat(server.url()).startsWith("https://127.0.0.1:");
            assertThat(server.fingerprint()).hasValue(key.fingerprint());
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("otm", cert);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(null, tmf.getTrustManagers(), null);
            // The certificate also names localhost, so the host name is checked as a browser would.
            HttpClient client = HttpClient.newBuilder().sslContext(ssl).build();
            String url = server.url().replace("127.0.0.1", "localhost");
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(url + "/staff/login")).timeout(WebClient.TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().allValues("Set-Cookie")).isNotEmpty()
                    .allSatisfy(c -> assertThat(c).contains("; Secure"));
        }
        assertThat(Collections.list(key.keyStore().aliases())).containsExactly("otm");
    }
}
