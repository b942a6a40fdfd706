package org.otmilestones.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.otmilestones.report.ClinicProfile;
import org.otmilestones.report.ClinicProfileException;
import org.otmilestones.report.ReportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code otm clinic check FILE}: checks a clinic profile and lists the texts each handout language lacks. */
@Command(name = "clinic", mixinStandardHelpOptions = true,
        description = "Check a clinic profile (the file given to otm report --clinic).",
        footer = {"", "Examples:", "  otm clinic check examples/clinic.properties"},
        subcommands = {ClinicCommand.Check.class})
final class ClinicCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.USAGE;
    }

    /**
     * One note per handout language that lacks some of the profile's texts: a handout in that language prints
     * neutral words there, never the text of another language.
     */
    static List<String> missingNotes(ClinicProfile profile, List<String> languages) {
        List<String> notes = new ArrayList<>();
        for (String language : languages) {
            List<String> missing = profile.missingTexts(language);
            if (!missing.isEmpty()) {
                notes.add("the clinic profile has no " + languageName(language) + " text for "
                        + String.join(", ", missing) + ", so the " + languageName(language)
                        + " handouts use neutral words there; add " + String.join(", ",
                        missing.stream().map(k -> k + "." + language + "=...").toList())
                        + " (otm clinic check FILE lists what each language lacks)");
            }
        }
        return notes;
    }

    private static String languageName(String language) {
        return Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH) + " (" + language + ")";
    }

    /** {@code otm clinic check FILE}. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Check a clinic profile and list the texts each language lacks.",
                    "A handout in a language without the clinic's own text prints neutral",
                    "words in that language."},
            footer = {"", "Examples:", "  otm clinic check examples/clinic.properties"})
    static final class Check implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The clinic profile (UTF-8 key=value lines).")
        Path file;

        @Override
        public Integer call() throws UserException, ClinicProfileException {
            Inputs.requireFile(file, "the clinic profile");
            ClinicProfile profile = ClinicProfile.load(file);
            PrintWriter out = spec.commandLine().getOut();
            out.println(file + ": a valid clinic profile");
            for (String language : ReportOptions.availableLanguages().stream().sorted().toList()) {
                List<String> missing = profile.missingTexts(language);
                out.println("  " + languageName(language) + ": " + (missing.isEmpty() ? "nothing missing"
                        : "lacks " + String.join(", ", missing) + " (add " + String.join(", ",
                                missing.stream().map(k -> k + "." + language).toList())
                                + "; until then its handouts print neutral words there)"));
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}
