package org.otmilestones.report.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.Random;

/**
 * One of the two DejaVu Sans faces, loaded once from the classpath and shared by every thread,
 * with a width and coverage cache so line breaking never walks OpenPDF's glyph maps twice.
 */
enum Face {
    REGULAR("DejaVuSansCondensed.ttf"),
    BOLD("DejaVuSansCondensed-Bold.ttf");

    private static final String FONT_DIR = "/net/sf/jasperreports/fonts/dejavu/";
    private static final int UNKNOWN = Integer.MIN_VALUE;
    private static final int MISSING = -1;

    private final String file;
    private volatile Loaded loaded;

    Face(String file) {
        this.file = file;
    }

    private static final class Loaded {
        final BaseFont font;
        // Benign races: every thread computes the same value for an entry.
        final int[] widths = new int[0x10000];

        Loaded(BaseFont font) {
            this.font = font;
            java.util.Arrays.fill(widths, UNKNOWN);
        }
    }

    private Loaded loaded() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (this) {
                l = loaded;
                if (l == null) {
                    l = new Loaded(load());
                    loaded = l;
                }
            }
        }
        return l;
    }

    private BaseFont load() {
        try (InputStream in = Face.class.getResourceAsStream(FONT_DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + FONT_DIR + file + " is missing from the classpath "
                        + "(net.sf.jasperreports:jasperreports-fonts)");
            }
            // From bytes, never from a path: OpenPDF re-reads a font file byte by byte when subsetting.
            BaseFont font = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    in.readAllBytes(), null);
            // A CIDSet that OpenPDF writes is incomplete and fails PDF/UA-1 rule 7.21.4.2-2.
            font.setIncludeCidSet(false);
            font.setSecureRandom(SubsetPrefixes.RANDOM);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("cannot read font " + file, e);
        }
    }

    /** The OpenPDF font. */
    BaseFont font() {
        return loaded().font;
    }

    /** True when the face has a glyph for the code point. */
    boolean has(int codePoint) {
        return width1000(codePoint) != MISSING;
    }

    /** The advance width in 1/1000 of the size, or -1 when the face has no glyph. */
    int width1000(int codePoint) {
        Loaded l = loaded();
        if (codePoint < l.widths.length) {
            int w = l.widths[codePoint];
            if (w == UNKNOWN) {
                w = l.font.charExists(codePoint) ? l.font.getWidth(codePoint) : MISSING;
                l.widths[codePoint] = w;
            }
            return w;
        }
        return l.font.charExists(codePoint) ? l.font.getWidth(codePoint) : MISSING;
    }

    /** The width of a string at a size, in points; every character must exist in the face. */
    float width(String text, float size) {
        return width(text, 0, text.length(), size);
    }

    /** The width of characters {@code start..end} of a string at a size, in points. */
    float width(String text, int start, int end, float size) {
        int total = 0;
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            total += Math.max(0, width1000(cp));
            i += Character.charCount(cp);
        }
        return total * size / 1000f;
    }

    /**
     * Subset prefixes ("ABCDEF+") that repeat for every document: OpenPDF draws them from the font's
     * SecureRandom, which is shared by all threads, so the sequence lives per thread and restarts
     * at each document.
     */
    static final class SubsetPrefixes extends SecureRandom {
        private static final long serialVersionUID = 1L;
        static final SubsetPrefixes RANDOM = new SubsetPrefixes();
        private static final long SEED = 0x4F544D4CL;
        private static final ThreadLocal<Random> PER_THREAD = ThreadLocal.withInitial(() -> new Random(SEED));

        private SubsetPrefixes() {
            super(new byte[] {0});
        }

        /** Restarts this thread's sequence: call before each document. */
        static void restart() {
            PER_THREAD.get().setSeed(SEED);
        }

        @Override
        public double nextDouble() {
            return PER_THREAD.get().nextDouble();
        }
    }
}
