package org.otmilestones.report.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.report.Detail;
import org.otmilestones.report.Paper;
import org.otmilestones.report.ReportOptions;
import org.otmilestones.report.Samples;

/**
 * Writes every sample handout, the longest and shortest handouts of a few checklists, the full version and
 * blank checklists to a folder (default {@code target/samples}), so a person can render them to PNG and
 * look at them. With a second folder, it also writes the README's images there: pages 1 and 2 of the
 * English 2-year-old with a clinic profile, and of the Spanish one.
 *
 * <p>Run from the repository's folder (exec:java runs in Maven's own process, so paths are from there):
 * <pre>
 * mvn -B -q -pl report-pdf -am test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.otmilestones.report.pdf.RenderSamples -Dexec.args="report-pdf/target/samples docs/images"
 * </pre>
 */
public final class RenderSamples {

    /** The README images' resolution: sharp enough to read, small enough for a README. */
    static final int IMAGE_DPI = 80;

    private RenderSamples() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/samples");
        Files.createDirectories(dir);
        List<Samples.Sample> samples = new ArrayList<>(Samples.all());
        samples.add(Samples.pretermRedFlagLongName());
        Samples.Sample clinic = Samples.clinicLogo();
        samples.add(new Samples.Sample("clinic-logo-full", clinic.result(), clinic.options().withDetail(Detail.FULL)));
        for (String checkpoint : List.of("6m", "24m", "3y", "7y")) {
            for (String language : List.of("en", "es")) {
                samples.add(Samples.allOnTrack(checkpoint, language, Paper.LETTER, true));
                samples.add(Samples.worstCase(checkpoint, language, Paper.LETTER, true));
            }
        }
        for (Samples.Sample s : samples) {
            try (OutputStream out = Files.newOutputStream(dir.resolve(s.name() + ".pdf"))) {
                System.out.println(s.name() + ": " + PdfHandouts.render(s.result(), Samples.CATALOG, s.options(), out));
            }
        }
        for (String[] blank : new String[][] {{"24m", "en"}, {"9m", "es"}, {"3y", "en"}}) {
            Checkpoint cp = Samples.CATALOG.checkpoint(blank[0]).orElseThrow();
            String name = "blank-" + blank[0] + "-" + blank[1];
            try (OutputStream out = Files.newOutputStream(dir.resolve(name + ".pdf"))) {
                System.out.println(name + ": " + PdfHandouts.renderBlankChecklist(Samples.CATALOG, cp,
                        ReportOptions.defaults().withLanguage(blank[1]), out));
            }
        }
        if (args.length > 1) {
            Path images = Path.of(args[1]);
            Files.createDirectories(images);
            writePages(clinic, images, "handout-en");
            writePages(Samples.spanish(), images, "handout-es");
        }
    }

    /** Pages 1 and 2 of a handout as PNG images: {@code <prefix>-page1.png} and {@code <prefix>-page2.png}. */
    private static void writePages(Samples.Sample s, Path images, String prefix) throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfHandouts.render(s.result(), Samples.CATALOG, s.options(), pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < 2; page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, IMAGE_DPI, ImageType.RGB);
                Path file = images.resolve(prefix + "-page" + (page + 1) + ".png");
                ImageIO.write(image, "png", file.toFile());
                System.out.println(file);
            }
        }
    }
}
