package org.otmilestones.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.scoring.AreaStatus;
import org.otmilestones.core.scoring.ChecklistResult;
import org.otmilestones.core.scoring.ChecklistScorer;
import org.otmilestones.survey.ColumnMappings;
import org.otmilestones.survey.ImportOptions;
import org.otmilestones.survey.ImportResult;
import org.otmilestones.survey.ImportedRow;
import org.otmilestones.survey.SurveyImports;
import org.otmilestones.report.ClinicProfile;
import org.otmilestones.report.Detail;
import org.otmilestones.report.Paper;
import org.otmilestones.report.ReportOptions;
import org.otmilestones.report.Samples;

/**
 * The page targets: page 1 holds the header, the "What to do next" box and all of "At a glance"; a child on
 * track without a red flag gets two pages, any child at most four; the blank checklist fits two pages where
 * its questions do; nothing reaches outside the frame and no page ends with a heading.
 */
class PageTargetsTest {

    private static final Path EXAMPLES = Path.of("..", "examples");

    /** Every row of the bundled examples, scored, in its own language. */
    static List<Samples.Sample> exampleRows() {
        List<Samples.Sample> rows = new ArrayList<>();
        try {
            LocalDate today = LocalDate.of(2026, 12, 1);
            ImportOptions plain = ImportOptions.defaults(today);
            List<ImportResult> imports = new ArrayList<>();
            for (String file : List.of("google-forms.csv", "microsoft-forms-excel.csv", "surveymonkey.csv",
                    "qualtrics.csv")) {
                imports.add(SurveyImports.read(EXAMPLES.resolve(file), Samples.CATALOG, plain));
            }
            imports.add(SurveyImports.read(EXAMPLES.resolve("redcap.csv"), Samples.CATALOG, plain.withMapping(
                    ColumnMappings.fromRedcapDataDictionary(EXAMPLES.resolve("redcap-dictionary.csv"), Samples.CATALOG))));
            imports.add(SurveyImports.read(EXAMPLES.resolve("custom-form.csv"), Samples.CATALOG,
                    plain.withMapping(ColumnMappings.load(EXAMPLES.resolve("custom-form-mapping.json")))));
            for (ImportResult imported : imports) {
                for (ImportedRow row : imported.rows()) {
                    ChecklistResult result = ChecklistScorer.score(Samples.CATALOG, row.child(), row.answers(),
                            row.assessedOn());
                    String language = row.language().orElse("en");
                    rows.add(new Samples.Sample(Path.of(imported.file()).getFileName() + ":" + row.line(), result,
                            ReportOptions.defaults().withLanguage(language)));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("the bundled examples must import: " + e.getMessage(), e);
        }
        // The six exports hold about twenty families; a format change that lost them must not pass quietly.
        assertThat(rows).hasSizeGreaterThanOrEqualTo(15);
        return rows;
    }

    /** Every example row and every test sample, on both papers, with and without the clinic's banner. */
    static Stream<Samples.Sample> pageOneCases() {
        List<Samples.Sample> base = new ArrayList<>(exampleRows());
        base.addAll(Samples.all());
        base.add(Samples.pretermRedFlagLongName());
        List<Samples.Sample> all = new ArrayList<>();
        for (Samples.Sample s : base) {
            for (Paper paper : Paper.values()) {
                all.add(new Samples.Sample(s.name() + " " + paper, s.result(), s.options().withPaper(paper)
                        .withClinic(ClinicProfile.none())));
                all.add(new Samples.Sample(s.name() + " " + paper + " clinic", s.result(), s.options().withPaper(paper)
                        .withClinic(Samples.clinic())));
            }
        }
        return all.stream();
    }

    /** The longest and the shortest handout of every checkpoint, language and paper, with the clinic's banner. */
    static Stream<Samples.Sample> extremes() {
        List<Samples.Sample> all = new ArrayList<>();
        for (Checkpoint cp : Samples.CATALOG.checkpoints()) {
            for (String language : ReportOptions.availableLanguages().stream().sorted().toList()) {
                for (Paper paper : Paper.values()) {
                    all.add(Samples.worstCase(cp.id(), language, paper, true));
                    all.add(Samples.allOnTrack(cp.id(), language, paper, true));
                }
            }
        }
        return all.stream();
    }

    private static byte[] render(Samples.Sample s) {
        return PdfChecks.render(s).pdf();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"pageOneCases", "extremes"})
    void pageOneHoldsTheHeaderTheWhatToDoNextBoxAndAllOfAtAGlance(Samples.Sample s) throws IOException {
        assertThat(PageOne.check(render(s), s)).as(s.name()).isEmpty();
    }

    @Test
    void thePageOneCheckSeesAGlanceThatWentToPageTwo() throws IOException {
        // A handout without its box and glance on page 1: the parts of a blank checklist are not there at all.
        Samples.Sample s = Samples.toddlerMixed();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfHandouts.renderBlankChecklist(Samples.CATALOG, s.result().checkpoint(), s.options(), out);
        assertThat(PageOne.check(out.toByteArray(), s)).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("extremes")
    void aChildOnTrackGetsTwoPagesAndAnyChildAtMostFour(Samples.Sample s) {
        boolean onTrack = s.result().areas().stream().allMatch(a -> a.status() == AreaStatus.ON_TRACK
                || a.status() == AreaStatus.NOT_ASKED) && !s.result().talkToDoctor();
        int pages = PdfChecks.render(s).result().pages();
        assertThat(pages).as(s.name()).isLessThanOrEqualTo(onTrack ? 2 : 4);
    }

    @Test
    void everyExampleRowAndSampleHasAtMostFourPagesAndTheOnesOnTrackTwo() {
        List<Samples.Sample> all = new ArrayList<>(exampleRows());
        all.addAll(Samples.all());
        for (Samples.Sample s : all) {
            boolean onTrack = s.result().areas().stream().allMatch(a -> a.status() == AreaStatus.ON_TRACK
                    || a.status() == AreaStatus.NOT_ASKED) && !s.result().talkToDoctor();
            assertThat(PdfChecks.render(s).result().pages()).as(s.name()).isLessThanOrEqualTo(onTrack ? 2 : 4);
        }
    }

    @Test
    void theFullVersionAddsTheTherapistsPagesAfterTheParentPages() throws IOException {
        Samples.Sample s = Samples.worstCase("3y", "en", Paper.LETTER, true);
        int parent = PdfChecks.render(s).result().pages();
        Samples.Sample full = new Samples.Sample(s.name(), s.result(), s.options().withDetail(Detail.FULL));
        PdfChecks.Rendered r = PdfChecks.render(full);
        assertThat(r.result().pages()).isGreaterThan(parent);
        assertThat(PageOne.page(r.pdf(), parent + 1)).startsWith("For your child's therapist");
        assertThat(PdfChecks.pdfUaFailures(r.pdf())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("extremes")
    void nothingReachesOutsideTheFrameAndNoPageEndsWithAHeading(Samples.Sample s) throws IOException {
        byte[] pdf = render(s);
        assertThat(LayoutProbe.glyphsOutsideTheFrame(pdf)).as(s.name()).isEmpty();
        assertThat(LayoutProbe.pagesEndingWithAHeading(PdfHandouts.pages(org.otmilestones.report.Handouts.describe(
                s.result(), Samples.CATALOG, s.options())))).as(s.name()).isEmpty();
    }

    static Stream<Object[]> blankChecklists() {
        List<Object[]> all = new ArrayList<>();
        for (Checkpoint cp : Samples.CATALOG.checkpoints()) {
            for (String language : ReportOptions.availableLanguages().stream().sorted().toList()) {
                for (Paper paper : Paper.values()) {
                    all.add(new Object[] {cp.id(), language, paper});
                }
            }
        }
        return all.stream();
    }

    /** Up to this many questions (the general ones included) a blank checklist fits on two pages. */
    static final int QUESTIONS_ON_TWO_PAGES = 30;

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("blankChecklists")
    void theBlankChecklistFitsTwoPagesWhereItsQuestionsDoAndThreeAtMost(String checkpointId, String language,
            Paper paper) throws IOException {
        Checkpoint cp = Samples.CATALOG.checkpoint(checkpointId).orElseThrow();
        int questions = Samples.CATALOG.milestones(cp).size() + Samples.CATALOG.generalQuestions().size();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportOptions options = ReportOptions.defaults().withLanguage(language).withPaper(paper);
        int pages = PdfHandouts.renderBlankChecklist(Samples.CATALOG, cp, options, out).pages();
        assertThat(pages).isLessThanOrEqualTo(questions <= QUESTIONS_ON_TWO_PAGES ? 2 : 3);
        assertThat(LayoutProbe.glyphsOutsideTheFrame(out.toByteArray())).isEmpty();
        ByteArrayOutputStream withClinic = new ByteArrayOutputStream();
        assertThat(PdfHandouts.renderBlankChecklist(Samples.CATALOG, cp, options.withClinic(Samples.clinic()),
                withClinic).pages()).isLessThanOrEqualTo(3);
    }

    @Test
    void mostCheckpointsAskFewEnoughQuestionsForTwoPages() {
        // The two-page rule must bind: most checklists have to be held to it.
        long fitting = Samples.CATALOG.checkpoints().stream().filter(cp -> Samples.CATALOG.milestones(cp).size()
                + Samples.CATALOG.generalQuestions().size() <= QUESTIONS_ON_TWO_PAGES).count();
        assertThat(fitting).isGreaterThanOrEqualTo(Samples.CATALOG.checkpoints().size() - 3);
    }

    @Test
    void theFrameCheckSeesAGlyphOutsideTheFrame() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        com.lowagie.text.Document document = new com.lowagie.text.Document(com.lowagie.text.PageSize.LETTER, 10, 10,
                10, 10);
        com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
        document.open();
        document.add(new com.lowagie.text.Paragraph("Too close to the edge"));
        document.close();
        assertThat(LayoutProbe.glyphsOutsideTheFrame(out.toByteArray())).isNotEmpty();
    }
}
