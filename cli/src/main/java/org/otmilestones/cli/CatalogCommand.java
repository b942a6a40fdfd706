package org.otmilestones.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.otmilestones.core.OtmException;
import org.otmilestones.core.Area;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.Review;
import org.otmilestones.core.catalog.CatalogException;
import org.otmilestones.core.catalog.CatalogProblem;
import org.otmilestones.core.catalog.Catalogs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code otm catalog}: lists the catalog's milestones, and checks a clinic's catalog file. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "List the milestones of the catalog, or check a clinic's catalog file.",
        footer = {"", "Each milestone shows the age by which most children (about 3 in 4) do it, and where that age",
                "comes from; each scored one its evidence: the source, what it measured, the age and the percent it",
                "states. [not counted] says why a question is asked but not scored. [needs OT review] marks facts an",
                "OT should check first, and says why.", "",
                "Examples:", "  otm catalog --checkpoint 24m", "  otm catalog --area fine_motor --lang es",
                "  otm catalog sources", "  otm catalog validate our-catalog.json", "  otm catalog readability --lang es"},
        subcommands = {CatalogCommand.Validate.class, CatalogSourcesCommand.class, CatalogCommand.ReadabilityCheck.class})
final class CatalogCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CatalogOption catalogOption;

    @Option(names = "--checkpoint", paramLabel = "ID", description = "Only this checkpoint, for example 24m or 3y.")
    String checkpoint;

    @Option(names = "--area", paramLabel = "ID", description = "Only this area, for example fine_motor.")
    String area;

    @Option(names = "--lang", paramLabel = "CODE", description = "Language of the questions (default: the catalog's first).")
    String language;

    @Override
    public Integer call() throws UserException, OtmException {
        Catalog catalog = catalogOption.load();
        String lang = Languages.choose(catalog, language);
        if (checkpoint != null) {
            Checkpoints.require(catalog, checkpoint);
        }
        if (area != null && catalog.area(area).isEmpty()) {
            throw new UserException(ExitCodes.USAGE, "--area " + area + " is not in the catalog; use one of "
                    + String.join(", ", catalog.areas().stream().map(Area::id).toList()));
        }
        PrintWriter out = spec.commandLine().getOut();
        long review = catalog.milestones().stream().filter(m -> m.review() == Review.NEEDS_REVIEW).count();
        out.printf("%s, version %s (%d milestones, %d need OT review)%n", catalog.name().in(lang), catalog.version(),
                catalog.milestones().size(), review);
        for (Checkpoint c : catalog.checkpoints()) {
            if (checkpoint != null && !c.id().equals(checkpoint)) {
                continue;
            }
            out.printf("%n%s  %s%n", c.id(), c.title().in(lang));
            for (Area a : catalog.areas()) {
                if (area != null && !a.id().equals(area)) {
                    continue;
                }
                out.printf("  %s (%s)%n", a.plainName().in(lang), a.id());
                for (Milestone m : catalog.milestones(a, c)) {
                    String marks = (m.redFlag() ? " [red flag]" : "")
                            + (m.isScored() ? "" : " [not counted: " + whyNotCounted(m) + "]")
                            + (m.review() == Review.NEEDS_REVIEW ? " [needs OT review: " + whyReview(catalog, m) + "]" : "");
                    out.printf("    %-42s %-32s %s%s%n", m.id(), age(m), m.question().in(lang), marks);
                    m.evidence().ifPresent(e -> out.printf("      evidence: %s%n", e.line()));
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** "by 24m (CDC_2022)", "by 22m, from 19m (PERCENTILE_75)": the ages as numbers, with their evidence. */
    static String age(Milestone m) {
        String from = m.typicalAge().emergesMonths().isPresent()
                ? ", from " + m.typicalAge().emergesMonths().getAsInt() + "m" : "";
        return "by " + m.mostByMonths() + "m" + from + " (" + m.typicalAge().evidence() + ")";
    }

    /** Why an information-only milestone is not counted, from its unscored reason. */
    static String whyNotCounted(Milestone m) {
        return m.unscoredReason().map(reason -> switch (reason) {
            case NO_AGE_EVIDENCE -> "no source gives the age by which most children do it; ask your OT";
            case MEDICAL_SIGN -> "a medical sign that practice does not change";
            case ATTENTION_OR_SLEEP -> "attention or sleep, not how the child handles the senses";
        }).orElse("information only");
    }

    /** Why a milestone needs an OT's review: only a clinic's or blog's page supports it, or its sources leave it open. */
    static String whyReview(Catalog catalog, Milestone m) {
        boolean authoritative = m.sourceKeys().stream().map(catalog::source).flatMap(java.util.Optional::stream)
                .anyMatch(s -> s.kind().isAuthoritative());
        return authoritative ? "the sources leave the age or the wording uncertain"
                : "only a clinic's, a school's or a blog's page supports it";
    }

    /** {@code otm catalog validate FILE}. */
    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Check a clinic's catalog file and list every problem with its line and column.",
            footer = {"", "Example:", "  otm catalog validate our-catalog.json"})
    static final class Validate implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The catalog file (JSON).")
        Path file;

        @Override
        public Integer call() throws UserException, OtmException {
            if (!java.nio.file.Files.isRegularFile(file)) {
                throw new UserException(ExitCodes.USAGE, file + ": file not found; check the path");
            }
            try {
                Catalog catalog = Catalogs.load(file);
                spec.commandLine().getOut().printf("%s: valid catalog '%s' version %s: %d areas, %d checkpoints, %d milestones, languages %s%n",
                        file, catalog.id(), catalog.version(), catalog.areas().size(), catalog.checkpoints().size(),
                        catalog.milestones().size(), String.join(", ", catalog.languages()));
                spec.commandLine().getOut().flush();
                return ExitCodes.OK;
            } catch (CatalogException e) {
                PrintWriter err = spec.commandLine().getErr();
                for (CatalogProblem problem : e.problems()) {
                    err.println(file + ":" + (problem.line() > 0 ? problem.line() + ":" + problem.column() + ": " : " ")
                            + problem.path() + ": " + problem.message());
                }
                err.printf("%s: %d %s; the catalog was not loaded%n", file, e.problems().size(),
                        e.problems().size() == 1 ? "problem" : "problems");
                err.flush();
                return ExitCodes.SOME_FAILED;
            }
        }
    }

    /** {@code otm catalog readability}: how easy the catalog's parent texts are to read. */
    @Command(name = "readability", mixinStandardHelpOptions = true,
            description = {"Score how easy the catalog's parent texts are to read, per area, and list the hardest.",
                    "English: Flesch-Kincaid grade (target: 6 or below). Spanish: Fernandez-Huerta (target: 70 or above)."},
            footer = {"", "Examples:", "  otm catalog readability", "  otm catalog readability --lang es --catalog our-catalog.json"})
    static final class ReadabilityCheck implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        CatalogOption catalogOption;

        @Option(names = "--lang", paramLabel = "CODE", description = "Language to score (default: the catalog's first).")
        String language;

        @Option(names = "--hardest", paramLabel = "N", description = "How many of the hardest texts to list. Default: 10.")
        int hardest = 10;

        @Override
        public Integer call() throws UserException, OtmException {
            Catalog catalog = catalogOption.load();
            String lang = Languages.choose(catalog, language);
            if (!org.otmilestones.readability.CatalogReadability.canReport(catalog, lang)) {
                throw new UserException(ExitCodes.USAGE, "--lang " + lang + ": readability can be scored in English (en) and Spanish (es)");
            }
            var report = org.otmilestones.readability.CatalogReadability.report(catalog, lang);
            PrintWriter out = spec.commandLine().getOut();
            out.print(org.otmilestones.readability.CatalogReadability.formatTable(report, hardest));
            var findings = org.otmilestones.readability.PlainLanguageGate.check(report);
            out.println();
            out.println(findings.isEmpty() ? "Meets the plain-language targets."
                    : org.otmilestones.readability.PlainLanguageGate.format(findings,
                            org.otmilestones.readability.ReadabilityLanguage.forCode(lang).orElseThrow()));
            out.flush();
            return findings.isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
        }
    }
}
