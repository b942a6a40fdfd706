package org.otmilestones.cli;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import org.otmilestones.core.Catalog;
import org.otmilestones.forms.fhir.FhirResultBundle;
import org.otmilestones.report.ReportOptions;
import org.otmilestones.report.pdf.PdfHandouts;

/**
 * {@code otm score --format fhir}: per child, the QuestionnaireResponse and the handout PDF as a
 * DocumentReference, streamed into one FHIR batch Bundle as the rows are read, so memory holds one handout at
 * a time. The output is health data (the handout names the child) for the clinic's record system only.
 */
final class FhirScoreOutput implements Closeable {

    private final Catalog catalog;
    private final ReportOptions runOptions;
    private final PdfHandouts renderer = PdfHandouts.create();
    private final FhirResultBundle bundle;

    private FhirScoreOutput(Catalog catalog, ReportOptions runOptions, FhirResultBundle bundle) {
        this.catalog = catalog;
        this.runOptions = runOptions;
        this.bundle = bundle;
    }

    /** Starts the Bundle on the stream. */
    static FhirScoreOutput open(Catalog catalog, ReportOptions runOptions, OutputStream stream) throws IOException {
        return new FhirScoreOutput(catalog, runOptions, FhirResultBundle.open(stream));
    }

    /** Renders one scored row's handout and adds it, with its response, to the Bundle. */
    void add(RowScoring.Scored row) throws IOException {
        ReportOptions options = HandoutOptionsMixin.forRow(runOptions, catalog, row.row().language());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(96 * 1024);
        renderer.handout(row.result(), catalog, options, pdf);
        bundle.add(row.result(), options.language(), pdf.toByteArray());
    }

    /** Ends the Bundle. */
    @Override
    public void close() throws IOException {
        bundle.close();
    }
}
