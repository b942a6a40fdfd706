package org.otmilestones.report.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.report.Paper;
import org.otmilestones.report.ReportOptions;
import org.otmilestones.report.Samples;

/**
 * Writes every sample handout and a blank checklist to a folder (default {@code target/samples}),
 * so a person can render them to PNG and look at them.
 */
public final class RenderSamples {

    private RenderSamples() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/samples");
        Files.createDirectories(dir);
        for (Samples.Sample s : Samples.all()) {
            try (OutputStream out = Files.newOutputStream(dir.resolve(s.name() + ".pdf"))) {
                RenderResult r = PdfHandouts.render(s.result(), Samples.CATALOG, s.options(), out);
                System.out.println(s.name() + ": " + r);
            }
        }
        Samples.Sample clinic = Samples.clinicLogo();
        try (OutputStream out = Files.newOutputStream(dir.resolve("clinic-logo-full.pdf"))) {
            System.out.println("clinic-logo-full: " + PdfHandouts.render(clinic.result(), Samples.CATALOG,
                    clinic.options().withDetail(org.otmilestones.report.Detail.FULL), out));
        }
        for (String cpId : new String[] {"6m", "24m", "3y", "7y"}) {
            for (Samples.Sample s : java.util.List.of(Samples.allOnTrack(cpId, "en", Paper.LETTER, true),
                    Samples.allOnTrack(cpId, "es", Paper.LETTER, true),
                    Samples.worstCase(cpId, "en", Paper.LETTER, true), Samples.worstCase(cpId, "es", Paper.LETTER, true))) {
                try (OutputStream out = Files.newOutputStream(dir.resolve(s.name() + ".pdf"))) {
                    System.out.println(s.name() + ": " + PdfHandouts.render(s.result(), Samples.CATALOG, s.options(), out));
                }
            }
        }
        for (String[] blank : new String[][] {{"9m", "es"}, {"18m", "en"}, {"5y", "en"}}) {
            Checkpoint c = Samples.CATALOG.checkpoint(blank[0]).orElseThrow();
            try (OutputStream out = Files.newOutputStream(dir.resolve("blank-" + blank[0] + "-" + blank[1] + ".pdf"))) {
                System.out.println("blank-" + blank[0] + "-" + blank[1] + ": " + PdfHandouts.renderBlankChecklist(
                        Samples.CATALOG, c, ReportOptions.defaults().withLanguage(blank[1]), out));
            }
        }
        Checkpoint cp = Samples.CATALOG.checkpoint("24m").orElseThrow();
        try (OutputStream out = Files.newOutputStream(dir.resolve("blank-24m.pdf"))) {
            System.out.println("blank-24m: " + PdfHandouts.renderBlankChecklist(Samples.CATALOG, cp,
                    ReportOptions.defaults(), out));
        }
    }
}
