package org.otmilestones.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.fhir.FhirResultBundle;
import org.otmilestones.report.ReportOptions;
import org.otmilestones.report.pdf.PdfHandouts;

/**
 * {@code otm score --format fhir}: per child, the QuestionnaireResponse and the handout PDF as a
 * DocumentReference, streamed into one FHIR batch Bundle so memory holds one handout at a time. The output is
 * health data (the handout names the child) for the clinic's record system only.
 */
final class FhirScoreOutput {

    private FhirScoreOutput() {
    }

    /** Renders every scored row's handout and writes the Bundle to the stream, in file order. */
    static void write(List<RowScoring.Scored> rows, Catalog catalog, ReportOptions runOptions, OutputStream stream)
            throws IOException {
        PdfHandouts renderer = PdfHandouts.create();
        try (FhirResultBundle bundle = FhirResultBundle.open(stream)) {
            for (RowScoring.Scored row : rows) {
                ReportOptions options = HandoutOptionsMixin.forRow(runOptions, catalog, row.row().language());
                ByteArrayOutputStream pdf = new ByteArrayOutputStream(96 * 1024);
                renderer.handout(row.result(), catalog, options, pdf);
                bundle.add(row.result(), options.language(), pdf.toByteArray());
            }
        }
    }
}
