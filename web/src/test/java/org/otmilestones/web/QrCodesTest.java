package org.otmilestones.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The family link's QR code: the picture we draw is the generator's code, and another reader reads the link back. */
class QrCodesTest {

    private static final String LINK = "https://192.168.1.20:8443/f/" + "Ab9_-".repeat(8) + "xyz";

    @Test
    void theSvgDrawsExactlyTheModulesOfTheCode() {
        boolean[][] grid = QrCodes.modules(LINK);
        String svg = QrCodes.svg(LINK, "QR code of the family's link");
        int size = grid.length + 2 * QrCodes.BORDER;
        assertThat(svg).startsWith("<svg class=\"qr\" viewBox=\"0 0 " + size + " " + size + "\"")
                .contains("role=\"img\"").contains("aria-label=\"QR code of the family&#39;s link\"".replace("&#39;", "'"))
                .doesNotContain("http").doesNotContain("<script");
        boolean[][] drawn = new boolean[grid.length][grid.length];
        Matcher m = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z").matcher(svg);
        while (m.find()) {
            drawn[Integer.parseInt(m.group(2)) - QrCodes.BORDER][Integer.parseInt(m.group(1)) - QrCodes.BORDER] = true;
        }
        assertThat(drawn).isDeepEqualTo(grid);
    }

    @Test
    void anIndependentReaderReadsTheLinkBack() throws Exception {
        assertThat(read(QrCodes.modules(LINK))).isEqualTo(LINK);
    }

    @Test
    void theReaderCheckFailsOnADamagedCode() {
        boolean[][] grid = QrCodes.modules(LINK);
        // Wipe the three finder patterns: no reader finds a code any more.
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                grid[y][x] = false;
                grid[y][grid.length - 1 - x] = false;
                grid[grid.length - 1 - y][x] = false;
            }
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> read(grid)).isInstanceOf(Exception.class);
    }

    /** Reads a module grid with ZXing, drawn 4 pixels a module with the quiet zone around it. */
    private static String read(boolean[][] grid) throws Exception {
        int scale = 4;
        int size = (grid.length + 2 * QrCodes.BORDER) * scale;
        int[] pixels = new int[size * size];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        for (int y = 0; y < grid.length; y++) {
            for (int x = 0; x < grid.length; x++) {
                if (grid[y][x]) {
                    for (int dy = 0; dy < scale; dy++) {
                        for (int dx = 0; dx < scale; dx++) {
                            pixels[((y + QrCodes.BORDER) * scale + dy) * size + (x + QrCodes.BORDER) * scale + dx] = 0xFF000000;
                        }
                    }
                }
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }
}
