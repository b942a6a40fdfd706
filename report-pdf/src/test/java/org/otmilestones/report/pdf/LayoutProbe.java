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

    /** The symbols drawn inside the answer boxes and chart marks, a little smaller than the words. */
    private static final String BOX_SYMBOLS = "✓◐○?–⚑•";

    /**
     * The smallest size of a word's glyph above the footer; the symbols inside the answer boxes (drawn at
     * their own smaller size) are not words.
     */
    static float smallestWordSize(byte[] pdf) throws IOException {
        float[] min = {Float.MAX_VALUE};
        visit(pdf, (page, t, pageWidth, pageHeight) -> {
            boolean footer = t.getYDirAdj() > pageHeight - 52f;
            boolean boxSymbol = BOX_SYMBOLS.contains(t.getUnicode()) && t.getFontSize() == Style.DOT.size();
            if (!footer && !boxSymbol && !t.getUnicode().isBlank()) {
                min[0] = Math.min(min[0], t.getFontSize());
            }
        });
        return min[0];
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

    /** The pages (1-based) whose last tagged content is a heading, the last page left out. */
    static List<Integer> pagesEndingWithAHeading(List<Page> pages) {
        java.util.EnumSet<Role> headings = java.util.EnumSet.of(Role.H1, Role.H2, Role.H3);
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < pages.size() - 1; i++) {
            Mark last = null;
            for (Mark m : pages.get(i).marks) {
                if (!m.isArtifact() && !m.ops.isEmpty()) {
                    last = m;
                }
            }
            if (last != null && headings.contains(last.node.role)) {
                found.add(i + 1);
            }
        }
        return found;
    }
}
