package org.otmilestones.report.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.otmilestones.report.Samples;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Test helpers: render to bytes, extract text with PDFBox, validate with veraPDF's PDF/UA-1 profile. */
final class PdfChecks {

    private PdfChecks() {
    }

    /** A rendered document. */
    record Rendered(byte[] pdf, RenderResult result) {
    }

    static Rendered render(Samples.Sample s) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RenderResult r = PdfHandouts.render(s.result(), Samples.CATALOG, s.options(), out);
            return new Rendered(out.toByteArray(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(byte[] pdf) {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean initialised;

    /** The failed PDF/UA-1 rules, empty when the document is compliant. */
    static synchronized List<String> pdfUaFailures(byte[] pdf) {
        if (!initialised) {
            VeraGreenfieldFoundryProvider.initialise();
            initialised = true;
        }
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            if (result.isCompliant()) {
                return List.of();
            }
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().collect(Collectors.toList());
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate: " + e, e);
        }
    }
}
