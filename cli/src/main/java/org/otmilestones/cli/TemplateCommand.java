package org.otmilestones.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.OtmException;
import org.otmilestones.forms.fhir.FhirQuestionnaires;
import org.otmilestones.forms.Form;
import org.otmilestones.forms.GoogleAppsScripts;
import org.otmilestones.forms.RedcapDictionaries;
import org.otmilestones.forms.XlsForms;
import org.otmilestones.survey.ColumnMappings;
import org.otmilestones.survey.SurveyTemplates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code otm template}: the checklist as a form for the clinic's own tool (a CSV of headers, a REDCap data
 * dictionary, an XLSForm, a FHIR Questionnaire or a Google Apps Script), whose export otm reads back.
 */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"Write the checklist as a form for your survey tool.",
                "The form your tool imports in one step:",
                "  csv                 headers to paste into any tool, and a mapping file",
                "                      (FILE-mapping.json)",
                "  redcap              a REDCap data dictionary to upload",
                "  xlsform             an XLSForm (.xlsx) for KoBoToolbox, ODK or Ona,",
                "                      in every catalog language",
                "  fhir                a FHIR R4 Questionnaire (JSON), in every catalog language",
                "  google-apps-script  a script that creates the Google Form",
                "Use --checkpoint all for one form with a section per age."},
        footer = {"", "Examples:", "  otm template --checkpoint 24m -o checklist-24m.csv",
                "  otm template --format redcap --checkpoint all",
                "  otm template --format xlsform --checkpoint all --lang es",
                "  otm template --format fhir --checkpoint 3y -o questionnaire-3y.json"})
final class TemplateCommand implements Callable<Integer> {

    /** The form formats. */
    enum Format {
        CSV("csv", ".csv"),
        REDCAP("redcap", "-redcap.csv"),
        XLSFORM("xlsform", ".xlsx"),
        FHIR("fhir", "-questionnaire.json"),
        GOOGLE_APPS_SCRIPT("google-apps-script", ".gs");

        final String name;
        final String suffix;

        Format(String name, String suffix) {
            this.name = name;
            this.suffix = suffix;
        }

        static Format parse(String text) throws UserException {
            String wanted = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
            for (Format f : values()) {
                if (f.name.equals(wanted)) {
                    return f;
                }
            }
            throw new UserException(ExitCodes.USAGE, "--format " + text + ": use csv, redcap, xlsform, fhir or "
                    + "google-apps-script");
        }
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", description = "csv (default), redcap, xlsform, fhir or "
            + "google-apps-script.")
    String format = "csv";

    @Option(names = "--checkpoint", required = true, paramLabel = "ID|all",
            description = "The checklist, such as 24m or 3y, or all for a section per age.")
    String checkpoint;

    @Option(names = "--lang", paramLabel = "CODE", description = "Language of the texts (xlsform and fhir: the main "
            + "language; the others are included as translations). Default: en.")
    String language;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = {"The file to write. Without it redcap, fhir and google-apps-script",
                    "print to standard output; csv (two files) and xlsform need it."})
    Path output;

    @Option(names = "--force", description = "Replace the files if they exist.")
    boolean force;

    @Mixin
    CatalogOption catalogOption;

    @Override
    public Integer call() throws UserException, OtmException {
        Format chosenFormat = Format.parse(format);
        Catalog catalog = catalogOption.load();
        String lang = Languages.choose(catalog, language);
        boolean all = checkpoint.strip().equalsIgnoreCase("all");
        List<Checkpoint> checkpoints = all ? catalog.checkpoints() : List.of(Checkpoints.require(catalog, checkpoint));
        String suggested = "checklist-" + (all ? "all" : checkpoints.get(0).id()) + chosenFormat.suffix;
        if (output == null && (chosenFormat == Format.CSV || chosenFormat == Format.XLSFORM)) {
            throw new UserException(ExitCodes.USAGE, "--format " + chosenFormat.name + " writes "
                    + (chosenFormat == Format.CSV ? "two files (the headers and their mapping)" : "a spreadsheet file")
                    + "; give its name with -o, for example -o " + suggested);
        }
        if (output == null) {
            List<String> languages = languages(chosenFormat, catalog, lang);
            return printed(chosenFormat, all ? Form.everyCheckpoint(catalog, languages)
                    : Form.of(catalog, checkpoints.get(0), languages));
        }
        Path file = output;
        List<String> languages = languages(chosenFormat, catalog, lang);
        Form form = all ? Form.everyCheckpoint(catalog, languages) : Form.of(catalog, checkpoints.get(0), languages);
        InputFiles inputs = InputFiles.of(catalogOption.file);
        PrintWriter out = spec.commandLine().getOut();
        int questions = checkpoints.stream().mapToInt(c -> catalog.milestones(c).size()).sum()
                + catalog.generalQuestions().size() + form.sensorySigns().size();
        switch (chosenFormat) {
            case CSV -> {
                String name = file.getFileName().toString();
                Path mapping = file.resolveSibling((name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name)
                        + "-mapping.json");
                // Both names are checked before either file is written, so a refusal leaves no half pair behind.
                OutputFiles.checkTarget(file, force, inputs);
                OutputFiles.checkTarget(mapping, force, inputs);
                OutputFiles.writeText(file, force, inputs,
                        writer -> SurveyTemplates.write(catalog, checkpoints, lang, writer));
                OutputFiles.writeText(mapping, force, inputs,
                        writer -> ColumnMappings.write(SurveyTemplates.mapping(catalog, checkpoints, lang), writer));
                out.printf("Wrote %s (%d questions) and %s.%n", file, questions, mapping);
                out.println("Paste the headers into your survey tool; give the mapping to otm report with --mapping "
                        + "if you change them.");
            }
            case REDCAP -> {
                OutputFiles.writeText(file, force, inputs, writer -> RedcapDictionaries.write(form, writer));
                out.printf("Wrote %s (REDCap data dictionary, %d questions).%n", file, questions);
                out.println("In REDCap: Project Setup > Data Dictionary > Upload. Then export the data as CSV (raw) "
                        + "and run: otm report EXPORT.csv");
            }
            case XLSFORM -> {
                OutputFiles.write(file, force, inputs, stream -> XlsForms.write(form, stream));
                out.printf("Wrote %s (XLSForm, %d questions, languages %s).%n", file, questions,
                        String.join(", ", languages));
                out.println("In KoBoToolbox: Deploy > Import an XLSForm; in ODK Central: New form. Download the data "
                        + "as CSV and run: otm report EXPORT.csv");
            }
            case FHIR -> {
                OutputFiles.write(file, force, inputs, stream -> FhirQuestionnaires.write(form, stream));
                out.printf("Wrote %s (FHIR R4 Questionnaire, %d questions, languages %s).%n", file, questions,
                        String.join(", ", languages));
                out.println("Load it into your health record's forms; run otm report on the QuestionnaireResponses "
                        + "(JSON, a Bundle or NDJSON).");
            }
            case GOOGLE_APPS_SCRIPT -> {
                OutputFiles.writeText(file, force, inputs, writer -> GoogleAppsScripts.write(form, writer));
                out.printf("Wrote %s (Google Apps Script, %d questions).%n", file, questions);
                out.println("Paste it at script.google.com and run it; it creates the Google Form. Download the "
                        + "responses as CSV and run: otm report EXPORT.csv");
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The form's languages: the chosen one, and for xlsform and fhir the catalog's others as translations. */
    private static List<String> languages(Format format, Catalog catalog, String lang) {
        List<String> languages = new ArrayList<>(List.of(lang));
        if (format == Format.XLSFORM || format == Format.FHIR) {
            catalog.languages().stream().filter(l -> !l.equals(lang)).forEach(languages::add);
        }
        return languages;
    }

    /** Without -o a one-file text form goes to standard output, as otm score's results do; the rest is on the error output. */
    private int printed(Format format, Form form) throws UserException {
        PrintWriter out = spec.commandLine().getOut();
        try {
            switch (format) {
                case REDCAP -> RedcapDictionaries.write(form, out);
                case GOOGLE_APPS_SCRIPT -> GoogleAppsScripts.write(form, out);
                case FHIR -> {
                    Utf8ToWriter stream = new Utf8ToWriter(out);
                    FhirQuestionnaires.write(form, stream);
                    stream.flush();
                }
                default -> throw new IllegalStateException("a form of two files or a spreadsheet is never printed: " + format);
            }
        } catch (java.io.IOException e) {
            throw new UserException(ExitCodes.SOME_FAILED, "could not print the form (" + e.getClass().getSimpleName()
                    + ")", e);
        }
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        err.println("Printed the " + format.name + " form; save it with -o FILE, or redirect it: > FILE");
        err.flush();
        return ExitCodes.OK;
    }
}
