package org.otmilestones.readability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a catalog's readability report against its plain-language targets; an empty list of
 * findings means the catalog passes.
 */
public final class PlainLanguageGate {

    private PlainLanguageGate() {
    }

    /** Checks the report against {@link PlainLanguageTargets#forParents the project's targets}. */
    public static List<GateFinding> check(CatalogReadabilityReport report) {
        Objects.requireNonNull(report, "report");
        return check(report, PlainLanguageTargets.forParents(report.language()));
    }

    /**
     * Checks the report against the targets: the average first, then every question, then every
     * sentence, each in catalog order.
     */
    public static List<GateFinding> check(CatalogReadabilityReport report, PlainLanguageTargets targets) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(targets, "targets");
        if (targets.language() != report.language()) {
            throw new IllegalArgumentException("targets are for " + targets.language() + " but the report is in "
                    + report.language());
        }
        List<GateFinding> findings = new ArrayList<>();
        if (!targets.meets(report.averageScore(), targets.averageLimit())) {
            findings.add(new GateFinding(GateFinding.Rule.AVERAGE_SCORE, Optional.empty(), report.averageScore(),
                    targets.averageLimit()));
        }
        for (ScoredText question : report.questions()) {
            if (!targets.meets(question.mainScore(), targets.questionLimit())) {
                findings.add(new GateFinding(GateFinding.Rule.QUESTION_SCORE, Optional.of(question),
                        question.mainScore(), targets.questionLimit()));
            }
        }
        if (targets.maxSentenceWords().isPresent()) {
            int max = targets.maxSentenceWords().getAsInt();
            for (ScoredText text : report.texts()) {
                int longest = text.readability().longestSentenceWords();
                if (longest > max) {
                    findings.add(new GateFinding(GateFinding.Rule.SENTENCE_LENGTH, Optional.of(text), longest, max));
                }
            }
        }
        return List.copyOf(findings);
    }

    /** One line per finding, for a build log or the command line; empty for no findings. */
    public static String format(List<GateFinding> findings, ReadabilityLanguage language) {
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(language, "language");
        StringBuilder out = new StringBuilder();
        for (GateFinding f : findings) {
            String score = language.mainScoreName();
            String line = switch (f.rule()) {
                case AVERAGE_SCORE -> String.format(Locale.ROOT, "average %s of all texts is %.1f, limit %.1f",
                        score, f.value(), f.limit());
                case QUESTION_SCORE -> String.format(Locale.ROOT, "%s: question %s is %.1f, limit %.1f: %s",
                        where(f), score, f.value(), f.limit(), text(f));
                case SENTENCE_LENGTH -> String.format(Locale.ROOT, "%s: a sentence has %.0f words, limit %.0f: %s",
                        where(f), f.value(), f.limit(), text(f));
            };
            out.append(line).append(System.lineSeparator());
        }
        return out.toString();
    }

    private static String where(GateFinding f) {
        return f.text().map(t -> t.text().where()).orElse("catalog");
    }

    private static String text(GateFinding f) {
        return f.text().map(t -> t.text().text()).orElse("");
    }
}
