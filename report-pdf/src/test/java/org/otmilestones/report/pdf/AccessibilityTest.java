package org.otmilestones.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.report.Detail;
import org.otmilestones.report.Paper;
import org.otmilestones.report.ReportOptions;
import org.otmilestones.report.Samples;

class AccessibilityTest {

    /** Every sample, the fullest page 1, the longest and shortest handouts, and the full version. */
    static Stream<Samples.Sample> samples() {
        List<Samples.Sample> all = new ArrayList<>(Samples.all());
        all.add(Samples.pretermRedFlagLongName());
        all.add(Samples.worstCase("24m", "es", Paper.A4, true));
        all.add(Samples.worstCase("3y", "en", Paper.LETTER, true));
        all.add(Samples.allOnTrack("3m", "en", Paper.LETTER, true));
        all.add(Samples.allOnTrack("7y", "es", Paper.LETTER, false));
        for (Samples.Sample s : List.of(Samples.clinicLogo(), Samples.spanish(), Samples.manyMissing())) {
            all.add(new Samples.Sample(s.name() + "-full", s.result(), s.options().withDetail(Detail.FULL)));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySampleHandoutPassesVeraPdfUa1(Samples.Sample sample) {
        PdfChecks.Rendered r = PdfChecks.render(sample);
        assertThat(PdfChecks.pdfUaFailures(r.pdf())).as(sample.name()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySampleHasLanguageTitleShownAndMarkedTags(Samples.Sample sample) throws IOException {
        PdfChecks.Rendered r = PdfChecks.render(sample);
        try (PDDocument d = Loader.loadPDF(r.pdf())) {
            assertThat(d.getDocumentCatalog().getLanguage()).isEqualTo(sample.options().language());
            assertThat(d.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(d.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(d.getDocumentInformation().getTitle()).contains(sample.result().child().name().orElseThrow());
            assertThat(d.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blankCheckpoints")
    void blankChecklistsPassVeraPdfUa1(String checkpointId) throws IOException {
        Checkpoint cp = Samples.CATALOG.checkpoint(checkpointId).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfHandouts.renderBlankChecklist(Samples.CATALOG, cp, ReportOptions.defaults().withPaper(Paper.A4)
                .withClinic(Samples.clinicLogo().options().clinic()), out);
        assertThat(PdfChecks.pdfUaFailures(out.toByteArray())).isEmpty();
        ByteArrayOutputStream spanish = new ByteArrayOutputStream();
        PdfHandouts.renderBlankChecklist(Samples.CATALOG, cp, ReportOptions.defaults().withLanguage("es"), spanish);
        assertThat(PdfChecks.pdfUaFailures(spanish.toByteArray())).isEmpty();
    }

    static Stream<String> blankCheckpoints() {
        return Samples.CATALOG.checkpoints().stream().map(c -> c.id());
    }
}
