package org.otmilestones.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.otmilestones.core.OtmException;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.survey.SurveyTemplates;
import org.otmilestones.core.survey.ColumnMappings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code otm template}: a CSV with one column per question, ready to paste into a survey tool, and its mapping. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"Write a CSV template for one checklist, ready to paste into a survey tool:",
                "the child columns, then one column per question headed by its text,",
                "and a matching mapping file (FILE-mapping.json)."},
        footer = {"", "Examples:", "  otm template --checkpoint 24m -o checklist-24m.csv",
                "  otm template --checkpoint 3y --lang es -o lista-3y.csv"})
final class TemplateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--checkpoint", required = true, paramLabel = "ID", description = "The checklist, such as 24m or 3y.")
    String checkpoint;

    @Option(names = "--lang", paramLabel = "CODE", description = "Language of the headers. Default: en.")
    String language;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Default: checklist-<checkpoint>.csv")
    Path output;

    @Option(names = "--force", description = "Replace the files if they exist.")
    boolean force;

    @Mixin
    CatalogOption catalogOption;

    @Override
    public Integer call() throws UserException, OtmException {
        Catalog catalog = catalogOption.load();
        String lang = Languages.choose(catalog, language);
        Checkpoint chosen = Checkpoints.require(catalog, checkpoint);
        Path csv = output == null ? Path.of("checklist-" + chosen.id() + ".csv") : output;
        String name = csv.getFileName().toString();
        Path mapping = csv.resolveSibling((name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name)
                + "-mapping.json");
        OutputFiles.writeText(csv, force, writer -> SurveyTemplates.write(catalog, chosen, lang, writer));
        OutputFiles.writeText(mapping, force,
                writer -> ColumnMappings.write(SurveyTemplates.mapping(catalog, chosen, lang), writer));
        PrintWriter out = spec.commandLine().getOut();
        int questions = catalog.milestones(chosen).size() + catalog.generalQuestions().size();
        out.printf("Wrote %s (%d questions) and %s.%n", csv, questions, mapping);
        out.println("Paste the headers into your survey tool; give the mapping to otm report with --mapping if you change them.");
        out.flush();
        return ExitCodes.OK;
    }

}
