package org.otmilestones.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.otmilestones.core.Catalog;
import org.otmilestones.report.ClinicProfile;
import org.otmilestones.report.ClinicProfileException;
import org.otmilestones.report.Paper;
import org.otmilestones.report.ReportOptions;
import picocli.CommandLine.Option;

/** The options that shape a handout: clinic profile, language and paper. */
final class HandoutOptionsMixin {

    @Option(names = "--clinic", paramLabel = "FILE",
            description = "The clinic profile (name, contact, logo); see docs/clinic-profile.md.")
    Path clinic;

    @Option(names = "--lang", paramLabel = "CODE",
            description = "Handout language, such as en or es. A row's own language column wins. Default: en.")
    String language;

    @Option(names = "--paper", paramLabel = "letter|a4", description = "Paper size. Default: letter.")
    Paper paper = Paper.LETTER;

    /** The options for this run, checked against the catalog and the handout's languages. */
    ReportOptions options(Catalog catalog) throws UserException, ClinicProfileException {
        String lang = Languages.choose(catalog, language);
        if (!ReportOptions.availableLanguages().contains(lang)) {
            throw new UserException(ExitCodes.USAGE, "--lang " + lang + ": handouts can be written in "
                    + String.join(", ", ReportOptions.availableLanguages()));
        }
        return ReportOptions.defaults().withLanguage(lang).withPaper(paper).withClinic(clinic());
    }

    /** The language for one row: its own, when the catalog and the handout both have it. */
    static ReportOptions forRow(ReportOptions run, Catalog catalog, java.util.Optional<String> rowLanguage) {
        return rowLanguage.map(l -> l.toLowerCase(Locale.ROOT))
                .filter(l -> catalog.languages().contains(l) && ReportOptions.availableLanguages().contains(l))
                .map(run::withLanguage)
                .orElse(run);
    }

    private ClinicProfile clinic() throws UserException, ClinicProfileException {
        if (clinic == null) {
            return ClinicProfile.none();
        }
        Inputs.requireFile(clinic, "the clinic profile");
        return ClinicProfile.load(clinic);
    }
}
