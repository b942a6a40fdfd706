package org.otmilestones.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.otmilestones.core.scoring.AreaResult;
import org.otmilestones.report.Samples;

/** What page 1 must hold: the header, the "What to do next" box and the whole "At a glance". */
final class PageOne {

    private PageOne() {
    }

    /** The words of one page, spaces collapsed. */
    static String page(byte[] pdf, int page) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(d).replaceAll("\\s+", " ");
        }
    }

    /** What page 1 misses, in reading order; empty when it holds everything. */
    static Optional<String> check(byte[] pdf, Samples.Sample s) throws IOException {
        String page1 = page(pdf, 1);
        boolean es = s.options().language().equals("es");
        List<String> expected = new ArrayList<>();
        s.options().clinic().name().ifPresent(expected::add);
        s.result().child().name().ifPresent(expected::add);
        expected.add(es ? "Qué hacer ahora" : "What to do next");
        expected.add(es ? "Resumen" : "At a glance");
        for (AreaResult area : s.result().areas()) {
            expected.add(area.area().plainName().in(s.options().language()));
        }
        // The last line of "At a glance": how the answers count.
        expected.add(es ? "no cuentan." : "do not count.");
        int at = 0;
        for (String piece : expected) {
            int found = page1.indexOf(piece.replaceAll("\\s+", " "), at);
            if (found < 0) {
                return Optional.of("page 1 lacks '" + piece + "' (after position " + at + ")");
            }
            at = found + piece.length();
        }
        return Optional.empty();
    }
}
