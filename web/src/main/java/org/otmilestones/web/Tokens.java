package org.otmilestones.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Random tokens and the signatures that tie a form to its visitor: family links (256 random bits;
 * the database keeps only their SHA-256, so a copy of it opens no family's page), session ids, CSRF
 * tokens and device cookies signed with the server's secret.
 */
final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final byte[] secret;

    Tokens(byte[] secret) {
        this.secret = secret.clone();
    }

    /** 256 random bits, URL-safe. */
    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return B64.encodeToString(bytes);
    }

    /** The SHA-256 of a token, as the database keeps it. */
    static String hash(String token) {
        try {
            return B64.encodeToString(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** True for a string shaped like a token from {@link #random()}, checked before any lookup. */
    static boolean looksLikeToken(String s) {
        return s != null && s.length() == 43 && s.chars().allMatch(ch -> Character.isLetterOrDigit(ch) && ch < 128
                || ch == '-' || ch == '_');
    }

    /** The CSRF token for forms of one purpose and one visitor ("family:" + link, "start:" + cookie). */
    String csrf(String purpose, String visitor) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return B64.encodeToString(mac.doFinal((purpose + ":" + visitor).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no HmacSHA256", e);
        }
    }

    /** A new device cookie's value: a random id and its signature, so only this server's cookies count. */
    String deviceCookie() {
        String id = random();
        return id + "." + csrf("device", id);
    }

    /** The id in a device cookie this server made, or empty for anything else. */
    java.util.Optional<String> deviceId(String cookie) {
        if (cookie == null || cookie.length() != 87 || cookie.charAt(43) != '.') {
            return java.util.Optional.empty();
        }
        String id = cookie.substring(0, 43);
        return looksLikeToken(id) && csrfMatches("device", id, cookie.substring(44)) ? java.util.Optional.of(id)
                : java.util.Optional.empty();
    }

    /** True when {@code given} is the CSRF token for this purpose and visitor; compares in constant time. */
    boolean csrfMatches(String purpose, String visitor, String given) {
        if (given == null || visitor == null) {
            return false;
        }
        return MessageDigest.isEqual(csrf(purpose, visitor).getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }
}
