package org.otmilestones.report;

import java.util.Arrays;
import java.util.Optional;

/**
 * A clinic's logo as PNG or JPEG bytes, checked by decoding them whole; the bytes are copied in and out, so a
 * logo never changes. A PNG larger than {@value LogoImages#EMBEDDED_SIDE} pixels on a side is kept scaled down
 * to that, which is all a printed logo needs.
 */
public final class Logo {

    /** The image formats a logo may have. */
    public enum Format { PNG, JPEG }

    /** The largest logo we accept; a logo only needs to look sharp at about one inch. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private final byte[] bytes;
    private final Format format;

    private Logo(byte[] bytes, Format format) {
        this.bytes = bytes;
        this.format = format;
    }

    /** The widest and tallest logo accepted, in pixels. */
    public static final int MAX_SIDE = LogoImages.MAX_SIDE;

    /**
     * A logo from PNG or JPEG bytes, decoded whole to check them.
     *
     * @throws IllegalArgumentException when {@code bytes} is null, empty, larger than {@link #MAX_BYTES},
     *         neither PNG nor JPEG, damaged or cut off, or more than {@link #MAX_SIDE} pixels on a side
     */
    public static Logo of(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException("bytes must not be null or empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("bytes must be at most " + MAX_BYTES + " long, was " + bytes.length);
        }
        Format format = sniff(bytes).orElseThrow(() ->
                new IllegalArgumentException("bytes must be a PNG or JPEG image"));
        try {
            return of(LogoImages.check(bytes.clone(), format));
        } catch (LogoImages.BadImage e) {
            throw new IllegalArgumentException("bytes must be a whole PNG or JPEG image; the image " + e.getMessage(), e);
        }
    }

    /** A logo from an image already decoded and checked. */
    static Logo of(LogoImages.Checked checked) {
        return new Logo(checked.bytes(), checked.format());
    }

    /** The format the bytes start with, if PNG or JPEG. */
    static Optional<Format> sniff(byte[] bytes) {
        if (bytes.length >= 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G'
                && bytes[4] == 0x0d && bytes[5] == 0x0a && bytes[6] == 0x1a && bytes[7] == 0x0a) {
            return Optional.of(Format.PNG);
        }
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
            return Optional.of(Format.JPEG);
        }
        return Optional.empty();
    }

    /** A copy of the image bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The image format. */
    public Format format() {
        return format;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Logo logo && logo.format == format && Arrays.equals(logo.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return 31 * format.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Logo[" + format + ", " + bytes.length + " bytes]";
    }
}
