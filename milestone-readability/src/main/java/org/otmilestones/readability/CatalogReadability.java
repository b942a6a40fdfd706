package org.otmilestones.readability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.otmilestones.core.Activity;
import org.otmilestones.core.Area;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.GeneralQuestion;
import org.otmilestones.core.Guidance;
import org.otmilestones.core.LocalizedText;
import org.otmilestones.core.Milestone;

/**
 * The front door for a catalog's readability: every text a parent reads, scored in one language.
 *
 * <pre>{@code
 * CatalogReadabilityReport report = CatalogReadability.report(catalog, "es");
 * System.out.print(CatalogReadability.formatTable(report, 10));
 * List<GateFinding> problems = PlainLanguageGate.check(report);
 * }</pre>
 *
 * <p>Parent texts are the checkpoint titles, the areas' everyday names and explanations, signs of
 * difficulty, red flags, milestone and general questions, home activities and guidance. Left out:
 * an area's technical name, which is the therapists' term printed beside its plain name on purpose;
 * the catalog's name, a brand; and the source titles, which are for the therapist. Ages are numbers
 * in the catalog; the handout's words for them are its own wording, gated with it.
 */
public final class CatalogReadability {

    private CatalogReadability() {
    }

    /**
     * True when this package can score the language (see {@link ReadabilityLanguage#forCode}) and the
     * catalog declares it; check it before {@link #report} to turn a wrong language into a clear message.
     */
    public static boolean canReport(Catalog catalog, String language) {
        Objects.requireNonNull(catalog, "catalog");
        return language != null && catalog.languages().contains(language)
                && ReadabilityLanguage.forCode(language).isPresent();
    }

    /**
     * Scores every parent text of the catalog in a language the catalog declares.
     *
     * @param language a language code of the catalog, "en" or "es"
     * @throws IllegalArgumentException when {@link #canReport} is false, when a text lacks the
     *         language (the catalog was not validated), or when no text has a word
     */
    public static CatalogReadabilityReport report(Catalog catalog, String language) {
        if (!canReport(catalog, language)) {
            throw new IllegalArgumentException("language must be one the catalog declares " + catalog.languages()
                    + " and one of en, es; was " + language);
        }
        return score(parentTexts(catalog, language), ReadabilityLanguage.forCode(language).orElseThrow());
    }

    /**
     * Scores any texts a parent reads, such as a handout's own wording, so the same gate can check them
     * on their own.
     *
     * @param texts the texts, all in the language
     * @param scored the language to score them in
     */
    public static CatalogReadabilityReport score(List<ParentText> texts, ReadabilityLanguage scored) {
        Objects.requireNonNull(texts, "texts");
        Objects.requireNonNull(scored, "scored");
        List<ScoredText> scoredTexts = new ArrayList<>();
        List<ParentText> unscored = new ArrayList<>();
        for (ParentText text : texts) {
            if (Readability.hasWords(text.text())) {
                scoredTexts.add(new ScoredText(text, Readability.of(text.text(), scored)));
            } else {
                unscored.add(text);
            }
        }
        return new CatalogReadabilityReport(scored, scoredTexts, unscored);
    }

    /** Every parent text of the catalog in the language, in catalog order. */
    public static List<ParentText> parentTexts(Catalog catalog, String language) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(language, "language");
        Texts texts = new Texts(language);
        for (Checkpoint checkpoint : catalog.checkpoints()) {
            texts.add("checkpoints[" + checkpoint.id() + "].title", TextKind.CHECKPOINT_TITLE, null, checkpoint.title());
        }
        for (Area area : catalog.areas()) {
            String at = "areas[" + area.id() + "].";
            texts.add(at + "plainName", TextKind.AREA_NAME, area.id(), area.plainName());
            texts.add(at + "whatItIs", TextKind.AREA_WHAT_IT_IS, area.id(), area.whatItIs());
            texts.add(at + "whyItMatters", TextKind.AREA_WHY_IT_MATTERS, area.id(), area.whyItMatters());
            for (int i = 0; i < area.signsOfDifficulty().size(); i++) {
                texts.add(at + "signsOfDifficulty[" + i + "]", TextKind.SIGN_OF_DIFFICULTY, area.id(),
                        area.signsOfDifficulty().get(i).text());
            }
            for (int i = 0; i < area.redFlags().size(); i++) {
                texts.add(at + "redFlags[" + i + "]", TextKind.RED_FLAG, area.id(), area.redFlags().get(i).text());
            }
        }
        for (Milestone m : catalog.milestones()) {
            texts.add("milestones[" + m.id() + "].question", TextKind.MILESTONE_QUESTION, m.areaId(), m.question());
        }
        for (GeneralQuestion q : catalog.generalQuestions()) {
            texts.add("generalQuestions[" + q.id() + "].question", TextKind.GENERAL_QUESTION, null, q.question());
        }
        for (int i = 0; i < catalog.activities().size(); i++) {
            Activity a = catalog.activities().get(i);
            texts.add("activities[" + i + "].text", TextKind.ACTIVITY, a.areaId(), a.text());
        }
        for (Guidance key : Guidance.values()) {
            texts.add("guidance." + key.key(), TextKind.GUIDANCE, null, catalog.guidance(key));
        }
        return List.copyOf(texts.list);
    }

    /**
     * The report as a plain-text table: the whole-catalog figures, one row per area, and the
     * {@code hardest} hardest texts with where they are and their words.
     */
    public static String formatTable(CatalogReadabilityReport report, int hardest) {
        Objects.requireNonNull(report, "report");
        if (hardest < 0) {
            throw new IllegalArgumentException("hardest must be 0 or more, was " + hardest);
        }
        ReadabilityLanguage language = report.language();
        boolean lowerIsEasier = language.direction() == ReadabilityLanguage.ScoreDirection.LOWER_IS_EASIER;
        StringBuilder out = new StringBuilder();
        line(out, "Readability of %d %s texts (%s), by %s (%s is easier)", report.texts().size(),
                name(language), language.code(), language.mainScoreName(), lowerIsEasier ? "lower" : "higher");
        TextReadability pooled = report.pooled();
        line(out, "Average of all texts: %.1f   All texts read as one: %.1f   Longest sentence: %d words",
                report.averageScore(), pooled.mainScore(), report.longestSentenceWords());
        if (pooled instanceof SpanishReadability spanish) {
            line(out, "Szigriszt-Pazos (INFLESZ) of all texts read as one: %.1f", spanish.szigrisztPazos());
        }
        if (!report.unscored().isEmpty()) {
            line(out, "Not scored, no words: %s",
                    String.join(", ", report.unscored().stream().map(ParentText::where).toList()));
        }
        line(out, "");
        line(out, "%-22s %6s %8s %8s", "Area", "Texts", "Average", lowerIsEasier ? "Highest" : "Lowest");
        for (AreaReadability area : report.areas()) {
            line(out, "%-22s %6d %8.1f %8.1f", area.areaId().orElse("(whole checklist)"), area.texts(),
                    area.averageScore(), area.hardest().mainScore());
        }
        List<ScoredText> hardestTexts = report.hardest(hardest);
        if (!hardestTexts.isEmpty()) {
            line(out, "");
            line(out, "Hardest %d texts:", hardestTexts.size());
            int rank = 1;
            for (ScoredText text : hardestTexts) {
                line(out, "%3d. %6.1f  %s, %d words in %d sentence%s", rank++, text.mainScore(), text.text().where(),
                        text.readability().words(), text.readability().sentences(),
                        text.readability().sentences() == 1 ? "" : "s");
                line(out, "      %s", text.text().text().replaceAll("\\s+", " ").strip());
            }
        }
        return out.toString();
    }

    private static String name(ReadabilityLanguage language) {
        String lower = language.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append(System.lineSeparator());
    }

    /** Collects the texts of one language, refusing a text that lacks it. */
    private static final class Texts {
        private final String language;
        private final List<ParentText> list = new ArrayList<>();

        Texts(String language) {
            this.language = language;
        }

        void add(String where, TextKind kind, String areaId, LocalizedText text) {
            if (!text.has(language)) {
                throw new IllegalArgumentException(where + " has no '" + language + "' text; validate the catalog first");
            }
            list.add(new ParentText(where, kind, Optional.ofNullable(areaId), text.texts().get(language)));
        }
    }
}
