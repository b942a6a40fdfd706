package org.otmilestones.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Looks at where PDFBox finds each glyph: inside the frame, and at what size. */
final class LayoutProbe {

    private LayoutProbe() {
    }

    /** Glyphs that reach outside the content frame's sides ({@code "page: char at x"}). */
    static List<String> glyphsOutsideTheFrame(byte[] pdf) throws IOException {
        List<String> outside = new ArrayList<>();
        visit(pdf, (page, t, pageWidth, pageHeight) -> {
            float side = Geometry.of(org.otmilestones.report.Paper.LETTER).left();
            if (t.getXDirAdj() < side - 0.5f || t.getXDirAdj() + t.getWidthDirAdj() > pageWidth - side + 0.5f) {
                outside.add(page + ": '" + t.getUnicode() + "' at " + t.getXDirAdj());
            }
        });
        return outside;
    }

    /** The smallest glyph size above the footer. */
    static float smallestBodyFontSize(byte[] pdf) throws IOException {
        float[] min = {Float.MAX_VALUE};
        visit(pdf, (page, t, pageWidth, pageHeight) -> {
            boolean footer = t.getYDirAdj() > pageHeight - 60f;
            if (!footer && !t.getUnicode().isBlank()) {
                // The Tf size: the painter never scales the text matrix.
                min[0] = Math.min(min[0], t.getFontSize());
            }
        });
        return min[0];
    }

    private interface Visitor {
        void glyph(int page, TextPosition t, float pageWidth, float pageHeight);
    }

    private static void visit(byte[] pdf, Visitor visitor) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    visitor.glyph(getCurrentPageNo(), t, getCurrentPage().getMediaBox().getWidth(),
                            getCurrentPage().getMediaBox().getHeight());
                }
            };
            stripper.getText(d);
        }
    }
}
