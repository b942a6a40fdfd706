package org.otmilestones.web;

import io.nayuki.qrcodegen.QrCode;

/**
 * The family link as a QR code, drawn as an inline SVG (no image request, no script), for a parent to
 * open the link on their phone by pointing its camera at the staff screen. The code itself comes from
 * Nayuki's QR Code generator library; only the drawing is ours.
 */
final class QrCodes {

    /** The quiet zone around the code, in modules, as the QR standard asks. */
    static final int BORDER = 4;

    private QrCodes() {
    }

    /** The modules of the QR code for this text, dark = true, error correction level M. */
    static boolean[][] modules(String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        boolean[][] grid = new boolean[qr.size][qr.size];
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                grid[y][x] = qr.getModule(x, y);
            }
        }
        return grid;
    }

    /**
     * An SVG of the code: one path of unit squares on a white square, with the border; only digits and
     * fixed words, so it is safe to put in the page as it is.
     *
     * @param label what a screen reader says for the picture (escaped here)
     */
    static String svg(String text, String label) {
        boolean[][] grid = modules(text);
        int size = grid.length + 2 * BORDER;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < grid.length; y++) {
            for (int x = 0; x < grid.length; x++) {
                if (grid[y][x]) {
                    path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
                }
            }
        }
        return "<svg class=\"qr\" viewBox=\"0 0 " + size + " " + size
                + "\" role=\"img\" aria-label=\"" + escape(label) + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#ffffff\"/>"
                + "<path d=\"" + path + "\" fill=\"#000000\"/></svg>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
