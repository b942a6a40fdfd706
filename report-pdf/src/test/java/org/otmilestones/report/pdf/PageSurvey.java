package org.otmilestones.report.pdf;

import java.io.ByteArrayOutputStream;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.report.Paper;
import org.otmilestones.report.Samples;

/**
 * Prints the page counts of the longest and the shortest handout of every checkpoint, language and paper,
 * and where "At a glance" ends ("p1" when on page 1, "P2!" when not), for tuning the layout by hand.
 */
public final class PageSurvey {

    private PageSurvey() {
    }

    public static void main(String[] args) throws Exception {
        for (Checkpoint cp : Samples.CATALOG.checkpoints()) {
            StringBuilder line = new StringBuilder(String.format("%-4s", cp.id()));
            for (String lang : new String[] {"en", "es"}) {
                for (Paper paper : Paper.values()) {
                    line.append(String.format("  %s/%s worst %s ok %s", lang, paper.name().charAt(0),
                            run(Samples.worstCase(cp.id(), lang, paper, true)),
                            run(Samples.allOnTrack(cp.id(), lang, paper, true))));
                }
            }
            for (String lang : new String[] {"en", "es"}) {
                for (Paper paper : Paper.values()) {
                    var options = org.otmilestones.report.ReportOptions.defaults().withLanguage(lang).withPaper(paper);
                    int pages = PdfHandouts.renderBlankChecklist(Samples.CATALOG, cp, options,
                            new ByteArrayOutputStream()).pages();
                    int withClinic = PdfHandouts.renderBlankChecklist(Samples.CATALOG, cp,
                            options.withClinic(Samples.clinic()), new ByteArrayOutputStream()).pages();
                    line.append(String.format("  blank %s/%s %d/%d", lang, paper.name().charAt(0), pages, withClinic));
                }
            }
            System.out.println(line);
        }
    }

    private static String run(Samples.Sample s) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pages = PdfHandouts.render(s.result(), Samples.CATALOG, s.options(), out).pages();
        return pages + PageOne.check(out.toByteArray(), s).map(x -> "!").orElse("");
    }
}
