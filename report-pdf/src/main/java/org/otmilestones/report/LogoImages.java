package org.otmilestones.report;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Checks a logo by decoding it whole, once, when it is read: a truncated or corrupt image, or one whose
 * header promises a huge picture (an image bomb), is refused with a plain reason before any handout is
 * made. A large PNG is also scaled down to what a printed logo needs, because the PDF library decodes and
 * compresses a PNG again for every handout.
 */
final class LogoImages {

    /** The widest and tallest logo accepted, in pixels. */
    static final int MAX_SIDE = 4000;
    /** PNG logos larger than this on a side are scaled down: the logo prints at most about 2 inches wide. */
    static final int EMBEDDED_SIDE = 1000;
    /** Decoding keeps at most this many pixels on a side, so checking a large logo needs little memory. */
    private static final int DECODED_SIDE = 2 * EMBEDDED_SIDE;

    /** Why an image cannot be a logo; the message completes "the file X ...". */
    static final class BadImage extends Exception {
        private static final long serialVersionUID = 1L;

        BadImage(String message) {
            super(message);
        }
    }

    /**
     * A logo that decoded whole: its bytes (the original, or a smaller PNG), format and size in pixels.
     */
    record Checked(byte[] bytes, Logo.Format format, int width, int height) {
    }

    private LogoImages() {
    }

    /** Decodes the image whole within the limits, and scales a large PNG down. */
    static Checked check(byte[] bytes, Logo.Format format) throws BadImage {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            ImageReader reader = readers.hasNext() ? readers.next() : null;
            if (reader == null || !reader.getFormatName().toLowerCase(Locale.ROOT).startsWith(
                    format == Logo.Format.PNG ? "png" : "jp")) {
                throw new BadImage("cannot be read as a " + format + " image; save the logo again as PNG or JPEG");
            }
            try {
                reader.setInput(in, true, true);
                // The size comes from the header, before a single pixel is decoded.
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_SIDE || height > MAX_SIDE || width < 1 || height < 1) {
                    throw new BadImage("is " + width + " x " + height + " pixels; a logo may be at most " + MAX_SIDE
                            + " x " + MAX_SIDE + " (about " + EMBEDDED_SIDE + " pixels across is plenty); make it smaller");
                }
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (Math.max(width, height) + DECODED_SIDE - 1) / DECODED_SIDE;
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                // Every byte of the image is decoded here: a cut-off or damaged file fails now, not in a handout.
                BufferedImage image = reader.read(0, param);
                if (!warnings.isEmpty()) {
                    throw new BadImage("is damaged (" + warnings.get(0) + "); save the logo again as PNG or JPEG");
                }
                if (format == Logo.Format.PNG && Math.max(width, height) > EMBEDDED_SIDE) {
                    return smaller(image, format);
                }
                return new Checked(bytes, format, width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // ImageIO reports a truncated or corrupt file as an IOException, and some damage as a runtime one.
            throw new BadImage("is damaged or cut off and cannot be read as a " + format + " image ("
                    + e.getClass().getSimpleName() + "); save the logo again as PNG or JPEG");
        }
    }

    /** The image scaled to fit {@link #EMBEDDED_SIDE}, as a PNG. */
    private static Checked smaller(BufferedImage image, Logo.Format format) throws IOException {
        double scale = (double) EMBEDDED_SIDE / Math.max(image.getWidth(), image.getHeight());
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = scaled.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(scaled, "png", png);
        return new Checked(png.toByteArray(), format, width, height);
    }
}
