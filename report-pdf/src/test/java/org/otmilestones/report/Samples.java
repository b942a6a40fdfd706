package org.otmilestones.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Answers;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Child;
import org.otmilestones.core.InvalidAssessmentException;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.Polarity;
import org.otmilestones.core.catalog.Catalogs;
import org.otmilestones.core.scoring.ChecklistResult;
import org.otmilestones.core.scoring.ChecklistScorer;

/** The sample children the handout tests render (every age, status, language and paper), scored against the bundled catalog. */
public final class Samples {

    /** One sample: a name for files and the scored result with its options. */
    public record Sample(String name, ChecklistResult result, ReportOptions options) {
    }

    public static final Catalog CATALOG = Catalogs.loadBundled();

    private Samples() {
    }

    /** Every sample, in a fixed order. */
    public static List<Sample> all() {
        return List.of(infant(), toddlerMixed(), preterm(), sixYearOldTwoAreasToOt(), redFlag(), manyMissing(),
                a4(), clinicLogo(), longName(), spanish());
    }

    public static Sample infant() {
        Child child = new Child("s-infant", java.util.Optional.of("Søren Ørsted"), LocalDate.of(2026, 6, 2),
                java.util.Optional.empty());
        return sample("infant", child, "3m", LocalDate.of(2026, 9, 12), m -> Answer.YES, "Father",
                ReportOptions.defaults());
    }

    public static Sample toddlerMixed() {
        Answer[] pattern = {Answer.YES, Answer.YES, Answer.SOMETIMES, Answer.YES, Answer.NOT_YET, Answer.YES,
                Answer.NOT_SURE, Answer.YES, Answer.SOMETIMES, Answer.YES, Answer.YES};
        int[] i = {0};
        Child child = Child.of("s-toddler", "Zoë Łukasiewicz-Nguyễn", LocalDate.of(2024, 3, 14));
        return sample("toddler-2y-mixed", child, "24m", LocalDate.of(2026, 4, 20),
                m -> pattern[i[0]++ % pattern.length], "Mother", ReportOptions.defaults());
    }

    public static Sample preterm() {
        Child child = Child.of("s-preterm", "Đặng Thị Ánh", LocalDate.of(2025, 10, 1)).bornAtWeeks(30);
        Answer[] pattern = {Answer.YES, Answer.SOMETIMES, Answer.YES, Answer.YES};
        int[] i = {0};
        return sample("preterm-corrected", child, "6m", LocalDate.of(2026, 6, 15),
                m -> pattern[i[0]++ % pattern.length], "Grandmother", ReportOptions.defaults());
    }

    public static Sample sixYearOldTwoAreasToOt() {
        Child child = Child.of("s-six", "Müller-Šimić", LocalDate.of(2020, 2, 10));
        Map<String, Integer> seen = new java.util.HashMap<>();
        return sample("six-two-areas-talk-to-ot", child, "6y", LocalDate.of(2026, 5, 4),
                m -> {
                    if (!m.isScored()) {
                        return Answer.YES;
                    }
                    // Counted per area over the scored skills, the ones that decide its status.
                    int n = seen.merge(m.areaId(), 1, Integer::sum);
                    if (m.areaId().equals("visual_motor") || m.areaId().equals("self_care")) {
                        return n == 1 ? Answer.SOMETIMES : Answer.NOT_YET;
                    }
                    return n == 3 ? Answer.SOMETIMES : Answer.YES;
                },
                null, ReportOptions.defaults());
    }

    public static Sample redFlag() {
        Child child = Child.of("s-flag", "O'Brien", LocalDate.of(2024, 1, 5));
        Map<String, Answer> answers = answersFor("24m", m -> m.redFlag() ? Answer.NOT_YET : Answer.YES);
        answers.put("general-lost_skill", Answer.YES);
        answers.put("general-worried", Answer.NOT_YET);
        return score("red-flag", child, answers, LocalDate.of(2026, 2, 9), "Mother", ReportOptions.defaults());
    }

    public static Sample manyMissing() {
        Child child = Child.of("s-missing", "Amara", LocalDate.of(2024, 8, 1));
        int[] i = {0};
        return sample("many-missing", child, "18m", LocalDate.of(2026, 3, 2),
                m -> (i[0]++ % 3 == 0) ? Answer.YES : (i[0] % 2 == 0 ? Answer.NO_ANSWER : Answer.NOT_SURE), null,
                ReportOptions.defaults());
    }

    public static Sample a4() {
        Sample t = toddlerMixed();
        return new Sample("a4-paper", t.result(), t.options().withPaper(Paper.A4));
    }

    public static Sample clinicLogo() {
        Sample t = toddlerMixed();
        ClinicProfile clinic = ClinicProfile.none().withName("Sunrise Pediatric Therapy")
                .withAddress("12 Main Street, Springfield, IL 62701")
                .withPhone("(555) 010-2030").withEmail("hello@sunrise-therapy.example")
                .withWebsite("sunrise-therapy.example").withTherapist("Maria Gómez, OTR/L")
                .withClosingMessage("Thank you for filling in the checklist. We are glad to help your family.")
                .withLogo(Logo.of(resource("clinic-logo.png")));
        return new Sample("clinic-logo", t.result(), t.options().withClinic(clinic));
    }

    public static Sample longName() {
        Child child = Child.of("s-long", "Maximiliana Alejandra Guadalupe Fernández-Castellanos de la Cruz",
                LocalDate.of(2022, 11, 3));
        int[] i = {0};
        return sample("long-name", child, "3y", LocalDate.of(2026, 1, 15),
                m -> i[0]++ % 5 == 0 ? Answer.SOMETIMES : Answer.YES,
                "Guardian: Bartholomew Alexander Fitzgerald-Worthington the Third", ReportOptions.defaults());
    }

    public static Sample spanish() {
        Sample r = redFlag();
        return new Sample("spanish-red-flag", r.result(), r.options().withLanguage("es").withPaper(Paper.A4));
    }

    /** A name of 60 characters, the longest the page-1 tests plan for. */
    public static final String LONG_NAME = "Maximiliana Alejandra Guadalupe Fernández-Castellanos de Paz";

    /** The clinic profile of the samples, with a logo and every contact line. */
    public static ClinicProfile clinic() {
        return ClinicProfile.none().withName("Sunrise Pediatric Therapy")
                .withAddress("12 Main Street, Springfield, IL 62701")
                .withPhone("(555) 010-2030").withEmail("hello@sunrise-therapy.example")
                .withWebsite("sunrise-therapy.example").withTherapist("Maria Gómez, OTR/L")
                .withClosingMessage("Thank you for filling in the checklist. We are glad to help your family.")
                .withLogo(Logo.of(resource("clinic-logo.png")));
    }

    /**
     * The longest handout a checkpoint can give: every skill "not yet", a lost skill and a worried parent,
     * a 60-character name, born 10 weeks early while the age is corrected, and the clinic's banner.
     */
    public static Sample worstCase(String checkpointId, String language, Paper paper, boolean withClinic) {
        Map<String, Answer> answers = answersFor(checkpointId, m -> m.polarity() == Polarity.CONCERN ? Answer.YES
                : Answer.NOT_YET);
        for (var q : CATALOG.generalQuestions()) {
            answers.put(q.id(), Answer.NOT_YET);
        }
        answers.put("general-lost_skill", Answer.YES);
        answers.put("general-worried", Answer.YES);
        return childAt("worst-" + checkpointId, checkpointId, answers, language, paper, withClinic);
    }

    /** Every skill "yes" and every worry "no", with a 60-character name and the clinic's banner. */
    public static Sample allOnTrack(String checkpointId, String language, Paper paper, boolean withClinic) {
        Map<String, Answer> answers = answersFor(checkpointId, m -> m.polarity() == Polarity.CONCERN ? Answer.NOT_YET
                : Answer.YES);
        for (var q : CATALOG.generalQuestions()) {
            answers.put(q.id(), Answer.NOT_YET);
        }
        return childAt("on-track-" + checkpointId, checkpointId, answers, language, paper, withClinic);
    }

    private static Sample childAt(String name, String checkpointId, Map<String, Answer> answers, String language,
            Paper paper, boolean withClinic) {
        int months = CATALOG.checkpoint(checkpointId).orElseThrow().ageMonths();
        LocalDate on = LocalDate.of(2026, 5, 20);
        boolean early = months + 3 < CATALOG.correctedAge().correctUntilMonths();
        LocalDate born = on.minusMonths(months).minusDays(10).minusWeeks(early ? 10 : 0);
        Child child = Child.of("s-" + name, LONG_NAME, born);
        if (early) {
            child = child.bornAtWeeks(30);
        }
        ReportOptions options = ReportOptions.defaults().withLanguage(language).withPaper(paper)
                .withClinic(withClinic ? clinic() : ClinicProfile.none());
        return score(name + "-" + language + "-" + paper.name().toLowerCase(java.util.Locale.ROOT)
                + (withClinic ? "-clinic" : ""), child, answers, on, "Mother", options);
    }

    /** A baby born early, with a red flag and a name of 60 characters: the fullest page 1 of the samples. */
    public static Sample pretermRedFlagLongName() {
        Child child = Child.of("s-preterm-flag", LONG_NAME, LocalDate.of(2025, 10, 1)).bornAtWeeks(30);
        Answer[] pattern = {Answer.YES, Answer.SOMETIMES, Answer.YES, Answer.NOT_YET};
        int[] i = {0};
        Map<String, Answer> answers = answersFor("6m", m -> pattern[i[0]++ % pattern.length]);
        answers.put("general-lost_skill", Answer.YES);
        answers.put("general-worried", Answer.NOT_YET);
        return score("preterm-red-flag-long-name", child, answers, LocalDate.of(2026, 6, 15), "Grandmother",
                ReportOptions.defaults());
    }

    public static byte[] resource(String name) {
        try (InputStream in = Samples.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + name + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Answer> answersFor(String checkpoint, Function<Milestone, Answer> answer) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Milestone m : CATALOG.milestones(CATALOG.checkpoint(checkpoint).orElseThrow())) {
            answers.put(m.id(), answer.apply(m));
        }
        return answers;
    }

    private static Sample sample(String name, Child child, String checkpoint, LocalDate on,
            Function<Milestone, Answer> answer, String completedBy, ReportOptions options) {
        Map<String, Answer> answers = answersFor(checkpoint, answer);
        answers.put("general-lost_skill", Answer.NOT_YET);
        answers.put("general-worried", Answer.NOT_YET);
        return score(name, child, answers, on, completedBy, options);
    }

    private static Sample score(String name, Child child, Map<String, Answer> answers, LocalDate on,
            String completedBy, ReportOptions options) {
        try {
            ChecklistResult result = ChecklistScorer.score(CATALOG, child, Answers.of(answers).completedBy(completedBy), on);
            return new Sample(name, result, options);
        } catch (InvalidAssessmentException e) {
            throw new IllegalStateException("sample " + name + " does not score: " + e.getMessage(), e);
        }
    }
}
