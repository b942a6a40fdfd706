package org.otmilestones.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.otmilestones.core.OtmException;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.report.ReportOptions;
import org.otmilestones.report.pdf.PdfHandouts;
import org.otmilestones.report.pdf.RenderResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code otm checklist}: a printable blank checklist for parents who fill it in on paper. */
@Command(name = "checklist", mixinStandardHelpOptions = true,
        description = {"Make a printable blank checklist with tick boxes.",
                "One age's questions, for the waiting room."},
        footer = {"", "Examples:", "  otm checklist --checkpoint 24m -o checklist-24m.pdf",
                "  otm checklist --checkpoint 4y --lang es --paper a4 -o lista-4y.pdf"})
final class ChecklistCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--checkpoint", required = true, paramLabel = "ID", description = "The checklist, such as 24m or 3y.")
    String checkpoint;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.pdf",
            description = "The PDF to write, such as checklist-24m.pdf.")
    Path output;

    @Option(names = "--force", description = "Replace the file if it exists.")
    boolean force;

    @Mixin
    CatalogOption catalogOption;

    @Mixin
    HandoutOptionsMixin handoutOptions;

    @Override
    public Integer call() throws UserException, OtmException {
        Catalog catalog = catalogOption.load();
        ReportOptions options = handoutOptions.options(catalog);
        Checkpoint chosen = Checkpoints.require(catalog, checkpoint);
        Path file = output;
        RenderResult[] rendered = new RenderResult[1];
        OutputFiles.write(file, force, InputFiles.of(catalogOption.file, handoutOptions.clinic), out -> rendered[0] = PdfHandouts.renderBlankChecklist(catalog, chosen, options, out));
        spec.commandLine().getOut().printf("Wrote %s (%d %s).%n", file, rendered[0].pages(),
                rendered[0].pages() == 1 ? "page" : "pages");
        rendered[0].warnings().forEach(w -> spec.commandLine().getOut().println("  Note: " + w));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
