package org.otmilestones.web;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The staff password as a slow salted hash: PBKDF2 with HMAC-SHA-256 from the JDK, stored as
 * {@code pbkdf2-sha256$iterations$salt$hash}, so the iteration count can grow without breaking old hashes.
 */
public final class Passwords {

    /** OWASP's 2023 advice for PBKDF2-HMAC-SHA256: about a quarter of a second on this kind of machine. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    /** Shorter passwords are refused. */
    public static final int MIN_LENGTH = 10;
    private static final String ALGORITHM = "pbkdf2-sha256";

    private Passwords() {
    }

    /** A new hash of the password with a random salt. */
    public static String hash(char[] password, int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be 1 or more, was " + iterations);
        }
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        byte[] hash = derive(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return ALGORITHM + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** True when the password matches the stored hash; compares in constant time. */
    public static boolean matches(char[] password, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(ALGORITHM)) {
            return false;
        }
        int iterations;
        try {
            iterations = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, derive(password, salt, iterations));
    }

    /** Why a new password is refused, or null when it is fine. */
    public static String problem(char[] password) {
        if (password.length < MIN_LENGTH) {
            return "the password has " + password.length + " characters; use at least " + MIN_LENGTH
                    + " (a few words in a row are easy to remember)";
        }
        if (new String(password).isBlank()) {
            return "the password is only spaces";
        }
        return null;
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }
}
