package org.otmilestones.core.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;

/** Broken and hostile logo images, made by the tests rather than kept in the repository. */
public final class BadImages {

    private BadImages() {
    }

    /** A real image with some noise, so its compressed data is spread over the whole file. */
    public static byte[] image(String format, int width, int height) throws IOException {
        return image(format, width, height, width * height / 4);
    }

    /** A real image with {@code specks} random pixels. */
    public static byte[] image(String format, int width, int height, int specks) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(40, 120, 200));
        g.fillOval(0, 0, width, height);
        g.dispose();
        Random random = new Random(3);
        for (int i = 0; i < specks; i++) {
            image.setRGB(random.nextInt(width), random.nextInt(height), random.nextInt());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** The first half of a valid image: its header is fine, its data stops. */
    public static byte[] truncated(String format) throws IOException {
        byte[] whole = image(format, 200, 120);
        return Arrays.copyOf(whole, whole.length / 2);
    }

    /**
     * A PNG of a few kilobytes whose header says {@code side} x {@code side} pixels (a 1-bit grey image of
     * zeros compresses a thousand to one): decoding it whole would take gigabytes.
     */
    public static byte[] pngBomb(int side) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a});
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(header);
        h.writeInt(side);
        h.writeInt(side);
        h.write(new byte[] {1, 0, 0, 0, 0});
        chunk(png, "IHDR", header.toByteArray());
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(data, new Deflater(Deflater.BEST_COMPRESSION))) {
            byte[] row = new byte[1 + (side + 7) / 8];
            for (int y = 0; y < side; y++) {
                deflate.write(row);
            }
        }
        chunk(png, "IDAT", data.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        DataOutputStream out = new DataOutputStream(png);
        out.writeInt(data.length);
        byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
