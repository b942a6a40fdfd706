package org.otmilestones.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The server's TLS key: a PKCS#12 keystore the clinic gives, or a self-signed certificate made on the
 * first start with the JDK's keytool and kept in the database (so a backup keeps it too).
 */
final class Tls {

    /** A keystore ready for Jetty, with its certificate's SHA-256 fingerprint for staff to compare. */
    record Key(KeyStore keyStore, char[] password, String fingerprint, boolean selfSigned) {
    }

    private Tls() {
    }

    /** Loads the clinic's keystore. */
    static Key load(Path file, char[] password) throws WebSetupException {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            return new Key(ks, password.clone(), fingerprint(ks), false);
        } catch (IOException | GeneralSecurityException e) {
            throw new WebSetupException(file.toString(), "cannot read the keystore (" + e.getMessage() + ")",
                    "give a PKCS#12 (.p12) file and its password with --keystore-password-file", e);
        }
    }

    /** The self-signed key for these host names or addresses (the first is the server's), made on first use. */
    static Key selfSigned(Settings settings, Path dataDir, List<String> names) throws WebSetupException {
        String joined = String.join(",", names).toLowerCase(Locale.ROOT);
        String keyName = Settings.TLS_KEYSTORE + "." + joined;
        String passwordName = Settings.TLS_PASSWORD + "." + joined;
        try {
            var stored = settings.bytes(keyName);
            var password = settings.text(passwordName);
            if (stored.isEmpty() || password.isEmpty()) {
                String pw = Tokens.random();
                byte[] made = make(dataDir, names, pw);
                settings.putAll(java.util.Map.of(keyName, made, passwordName, pw.getBytes(StandardCharsets.UTF_8)),
                        List.of());
                stored = java.util.Optional.of(made);
                password = java.util.Optional.of(pw);
            }
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(new ByteArrayInputStream(stored.get()), password.get().toCharArray());
            return new Key(ks, password.get().toCharArray(), fingerprint(ks), true);
        } catch (SQLException | IOException | GeneralSecurityException e) {
            throw new WebSetupException(null, "cannot make or read the self-signed certificate (" + e.getMessage() + ")",
                    "give a keystore with --keystore instead", e);
        }
    }

    private static byte[] make(Path dataDir, List<String> names, String password) throws IOException, WebSetupException {
        String host = names.get(0);
        Path keytool = Path.of(System.getProperty("java.home"), "bin", isWindows() ? "keytool.exe" : "keytool");
        if (!Files.isExecutable(keytool)) {
            throw new WebSetupException(null, "this Java has no keytool to make a certificate with",
                    "give a keystore with --keystore (a PKCS#12 file) instead");
        }
        Path dir = Files.createTempDirectory(DataFolder.uploads(dataDir), "tls-");
        Path file = dir.resolve("server.p12");
        try {
            java.util.Set<String> sans = new java.util.LinkedHashSet<>();
            for (String name : names) {
                String bare = name.startsWith("[") && name.endsWith("]") ? name.substring(1, name.length() - 1) : name;
                boolean address = bare.matches("[0-9.]+") || bare.contains(":");
                sans.add((address ? "ip:" : "dns:") + bare);
            }
            sans.add("dns:localhost");
            String san = String.join(",", sans);
            Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "otm", "-keyalg", "EC",
                    "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA", "-validity", "3650",
                    "-dname", "CN=OT Milestones " + host.replaceAll("[^A-Za-z0-9.:-]", ""), "-ext", "SAN=" + san,
                    "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", password, "-keypass", password)
                    .redirectErrorStream(true).start();
            p.getOutputStream().close();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || !Files.exists(file)) {
                throw new WebSetupException(null, "keytool could not make the certificate: " + output.strip(),
                        "give a keystore with --keystore instead");
            }
            return Files.readAllBytes(file);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebSetupException(null, "interrupted while making the certificate", "start otm serve again", e);
        } finally {
            ImportPages.delete(dir);
        }
    }

    private static String fingerprint(KeyStore ks) throws GeneralSecurityException {
        for (String alias : Collections.list(ks.aliases())) {
            if (ks.isKeyEntry(alias)) {
                Certificate cert = ks.getCertificate(alias);
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
                return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
            }
        }
        throw new GeneralSecurityException("the keystore holds no private key with a certificate");
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }
}
