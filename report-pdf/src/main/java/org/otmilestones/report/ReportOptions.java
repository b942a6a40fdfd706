package org.otmilestones.report;

import java.util.Objects;
import java.util.Set;

/**
 * How to render a handout: the language of its words, the paper, the clinic it comes from, and how
 * much detail it holds.
 *
 * @param language a language code such as "en" or "es"; see {@link #availableLanguages()}
 * @param paper the paper size
 * @param clinic the clinic profile ({@link ClinicProfile#none()} for the neutral design)
 * @param detail the parent version, or the parent version followed by every answer for the therapist
 */
public record ReportOptions(String language, Paper paper, ClinicProfile clinic, Detail detail) {

    public ReportOptions {
        if (language == null || !language.matches("[a-z]{2,3}")) {
            throw new IllegalArgumentException("language must be a lower-case code such as \"en\", was " + language);
        }
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(clinic, "clinic");
        Objects.requireNonNull(detail, "detail");
    }

    /** Options for the parent version. */
    public ReportOptions(String language, Paper paper, ClinicProfile clinic) {
        this(language, paper, clinic, Detail.PARENT);
    }

    /** English, Letter paper, no clinic profile, the parent version. */
    public static ReportOptions defaults() {
        return new ReportOptions("en", Paper.LETTER, ClinicProfile.none(), Detail.PARENT);
    }

    /** The languages the handout has words for; the catalog must have the language too. */
    public static Set<String> availableLanguages() {
        return Messages.LANGUAGES;
    }

    /** These options in another language. */
    public ReportOptions withLanguage(String newLanguage) {
        return new ReportOptions(newLanguage, paper, clinic, detail);
    }

    /** These options on other paper. */
    public ReportOptions withPaper(Paper newPaper) {
        return new ReportOptions(language, newPaper, clinic, detail);
    }

    /** These options for another clinic. */
    public ReportOptions withClinic(ClinicProfile newClinic) {
        return new ReportOptions(language, paper, newClinic, detail);
    }

    /** These options with another level of detail. */
    public ReportOptions withDetail(Detail newDetail) {
        return new ReportOptions(language, paper, clinic, newDetail);
    }
}
