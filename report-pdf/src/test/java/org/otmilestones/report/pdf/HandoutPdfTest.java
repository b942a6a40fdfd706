package org.otmilestones.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.cos.COSName;
import org.junit.jupiter.api.Test;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Answers;
import org.otmilestones.core.Child;
import org.otmilestones.core.Guidance;
import org.otmilestones.core.scoring.AreaResult;
import org.otmilestones.core.scoring.AreaStatus;
import org.otmilestones.core.scoring.ChecklistResult;
import org.otmilestones.core.scoring.ChecklistScorer;
import org.otmilestones.report.Samples;

class HandoutPdfTest {

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }

    /** Asserts that each expected piece occurs in the text after the one before it. */
    private static void assertInOrder(String text, List<String> expected) {
        int at = 0;
        for (String piece : expected) {
            int found = text.indexOf(flat(piece), at);
            assertThat(found).as("'%s' after position %d", piece, at).isGreaterThanOrEqualTo(0);
            at = found + flat(piece).length();
        }
    }

    @Test
    void readsInTheOrderAParentReads() {
        Samples.Sample s = Samples.toddlerMixed();
        String text = flat(PdfChecks.text(PdfChecks.render(s).pdf()));
        String lang = "en";
        List<String> expected = new ArrayList<>(List.of("How Zoë Łukasiewicz-Nguyễn is growing", "Age", "2 years, 1 month",
                "What to do next", "Keep playing and practicing together.", "At a glance"));
        for (AreaResult area : s.result().areas()) {
            expected.add(area.area().plainName().in(lang));
        }
        expected.add(Samples.CATALOG.guidance(Guidance.NOT_A_DIAGNOSIS).in(lang));
        expected.add("Where your child is now");
        expected.add("version " + Samples.CATALOG.version());
        expected.add("Area by area");
        for (AreaResult area : s.result().areas()) {
            expected.add(area.area().plainName().in(lang));
            if (area.status() == AreaStatus.KEEP_PRACTICING) {
                expected.add("Answers that were not \"yes\":");
                area.items().stream().filter(i -> i.answer() != org.otmilestones.core.Answer.YES)
                        .forEach(i -> expected.add(i.milestone().question().in(lang)));
                expected.add("Try at home:");
                expected.add("Signs to watch:");
                expected.add("Next step:");
            } else if (area.status() == AreaStatus.NOT_ASKED) {
                // Asked, but no skill of the area is counted at this age: said so, never "not asked".
                expected.add("At this age, none of these answers is counted");
            } else {
                expected.add("Try at home:");
            }
        }
        assertInOrder(text, expected);
    }

    @Test
    void talkToOtAreasListTheAnswersThatWereNotYesAndAskForAnEvaluationNow() {
        Samples.Sample s = Samples.sixYearOldTwoAreasToOt();
        assertThat(s.result().areas().stream().filter(a -> a.status() == AreaStatus.TALK_TO_OT)).hasSize(2);
        String text = flat(PdfChecks.text(PdfChecks.render(s).pdf()));
        assertInOrder(text, List.of("What to do next", "Ask your child's doctor about an OT evaluation.",
                "Please don't wait for the next check-up."));
        for (AreaResult area : s.result().areas()) {
            if (area.status() == AreaStatus.TALK_TO_OT) {
                List<String> expected = new ArrayList<>(List.of(area.area().plainName().in("en") + " ➜ Ask about OT",
                        area.area().whatItIs().in("en"), "Answers that were not \"yes\":"));
                area.items().stream().filter(i -> i.answer() != org.otmilestones.core.Answer.YES)
                        .forEach(i -> expected.add(i.milestone().question().in("en")));
                expected.addAll(List.of("Try at home:", "Signs to watch:",
                        "Next step: Ask your child's doctor about an OT evaluation now."));
                assertInOrder(text, expected);
            }
        }
        assertThat(text).doesNotContain("Until then", "few weeks");
    }

    @Test
    void redFlagBoxComesFirstOnPageOneAndQuotesTheAnswers() throws IOException {
        PdfChecks.Rendered r = PdfChecks.render(Samples.redFlag());
        String page1 = PageOne.page(r.pdf(), 1);
        assertInOrder(page1, List.of("O'Brien", "What to do next", "Please talk to your child's doctor soon.",
                Samples.CATALOG.guidance(Guidance.RED_FLAG_NOTICE).in("en"), "Here is what you answered:",
                "Has your child stopped doing something they used to be able to do? Yes.", "At a glance"));
    }

    @Test
    void preTermChildShowsCorrectedAgeWithTheReason() {
        String text = flat(PdfChecks.text(PdfChecks.render(Samples.preterm()).pdf()));
        assertInOrder(text, List.of("Age 8 months", "Age from due date 6 months", "Your child was born 10 weeks early.",
                Samples.CATALOG.guidance(Guidance.CORRECTED_AGE_WHY).in("en"), "Now: 6 months"));
    }

    @Test
    void notEnoughAnswersPrintTheQuestionsLeftWithBoxesToTickAndNeverCountYesAsGoodNews() {
        Samples.Sample s = Samples.manyMissing();
        AreaResult area = s.result().areas().stream().filter(a -> a.status() == AreaStatus.NOT_ENOUGH_ANSWERS)
                .findFirst().orElseThrow();
        String text = flat(PdfChecks.text(PdfChecks.render(s).pdf()));
        assertThat(text).contains("? Not enough answers", "Only " + area.counts().answered() + " of "
                + area.counts().asked() + " answered").doesNotContain(area.counts().yes() + " of "
                + area.counts().answered() + " yes");
        List<String> expected = new ArrayList<>(List.of(area.area().plainName().in("en") + " ? Not enough answers",
                "You answered " + area.counts().answered() + " of " + area.counts().asked() + " questions.",
                "Question Yes Sometimes Not yet Not sure"));
        area.items().stream().filter(i -> !i.answer().isAnswered())
                .forEach(i -> expected.add(i.milestone().question().in("en")));
        assertInOrder(text, expected);
    }

    @Test
    void namesFromManyAlphabetsRenderAndExtract() {
        for (Samples.Sample s : List.of(Samples.toddlerMixed(), Samples.infant(), Samples.preterm(),
                Samples.sixYearOldTwoAreasToOt(), Samples.redFlag())) {
            PdfChecks.Rendered r = PdfChecks.render(s);
            assertThat(r.result().warnings()).isEmpty();
            assertThat(PdfChecks.text(r.pdf())).contains(s.result().child().name().orElseThrow());
        }
    }

    @Test
    void longNamesAndAnswersWrapInsideThePage() throws IOException {
        Samples.Sample s = Samples.longName();
        PdfChecks.Rendered r = PdfChecks.render(s);
        assertThat(flat(PdfChecks.text(r.pdf()))).contains(s.result().child().name().orElseThrow());
        assertThat(LayoutProbe.glyphsOutsideTheFrame(r.pdf())).isEmpty();
        // Who filled it in is for the therapist: on the full version's pages, wrapped inside the frame too.
        PdfChecks.Rendered full = PdfChecks.render(new Samples.Sample(s.name(), s.result(),
                s.options().withDetail(org.otmilestones.report.Detail.FULL)));
        assertThat(flat(PdfChecks.text(full.pdf()))).contains(
                "Guardian: Bartholomew Alexander Fitzgerald-Worthington the Third");
        assertThat(LayoutProbe.glyphsOutsideTheFrame(full.pdf())).isEmpty();
    }

    @Test
    void everyWordIsAtLeastElevenPointsOnlyFootersAndTheSymbolsInBoxesAreSmaller() throws IOException {
        List<Samples.Sample> samples = new ArrayList<>(Samples.all());
        samples.add(Samples.worstCase("3y", "es", org.otmilestones.report.Paper.LETTER, true));
        samples.add(Samples.allOnTrack("6m", "en", org.otmilestones.report.Paper.A4, true));
        for (Samples.Sample s : samples) {
            assertThat(LayoutProbe.smallestWordSize(PdfChecks.render(s).pdf())).as(s.name()).isGreaterThanOrEqualTo(11f);
        }
    }

    @Test
    void theWordSizeCheckSeesASmallWord() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        com.lowagie.text.Document document = new com.lowagie.text.Document();
        com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
        document.open();
        document.add(new com.lowagie.text.Paragraph("Tiny words", new com.lowagie.text.Font(
                com.lowagie.text.Font.HELVETICA, 9f)));
        document.close();
        assertThat(LayoutProbe.smallestWordSize(out.toByteArray())).isEqualTo(9f);
    }

    @Test
    void everyPageSaysPageXOfYAndTheResultCountsTheBytes() throws IOException {
        for (Samples.Sample s : Samples.all()) {
            PdfChecks.Rendered r = PdfChecks.render(s);
            assertThat(r.result().bytes()).isEqualTo(r.pdf().length);
            String text = PdfChecks.text(r.pdf());
            var footer = org.otmilestones.report.Handouts.describe(s.result(), Samples.CATALOG, s.options()).footer();
            for (int p = 1; p <= r.result().pages(); p++) {
                assertThat(text).contains(footer.pageLabel(p, r.result().pages()));
            }
        }
    }

    @Test
    void everyFontIsEmbeddedAndSubset() throws IOException {
        try (PDDocument d = Loader.loadPDF(PdfChecks.render(Samples.clinicLogo()).pdf())) {
            int fonts = 0;
            for (PDPage page : d.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).matches("[A-Z]{6}\\+DejaVuSans.*");
                    fonts++;
                }
            }
            assertThat(fonts).isPositive();
        }
    }

    @Test
    void sameInputGivesIdenticalBytes() {
        Samples.Sample full = Samples.spanish();
        for (Samples.Sample s : List.of(Samples.toddlerMixed(), Samples.clinicLogo(), Samples.a4(),
                Samples.worstCase("6m", "es", org.otmilestones.report.Paper.LETTER, true),
                new Samples.Sample("full", full.result(), full.options().withDetail(org.otmilestones.report.Detail.FULL)))) {
            assertThat(PdfChecks.render(s).pdf()).isEqualTo(PdfChecks.render(s).pdf());
        }
    }

    @Test
    void rendersTheSameBytesFromManyThreadsAtOnce() throws Exception {
        List<Samples.Sample> samples = Samples.all();
        List<byte[]> alone = samples.stream().map(s -> PdfChecks.render(s).pdf()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (Samples.Sample s : samples) {
                    futures.add(pool.submit(() -> PdfChecks.render(s).pdf()));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(alone.get(i % samples.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCharacterNoFontHasIsShownAsReplacementAndWarnedWithoutTheName() throws Exception {
        Child child = Child.of("c-cjk", "Yuki 日本 Tanaka", LocalDate.of(2024, 3, 14));
        ChecklistResult result = ChecklistScorer.score(Samples.CATALOG, child,
                Answers.of(Map.of("general-worried", Answer.NOT_YET)), LocalDate.of(2026, 4, 20));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RenderResult r = PdfHandouts.render(result, Samples.CATALOG, org.otmilestones.report.ReportOptions.defaults(), out);
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w).doesNotContain("Yuki", "Tanaka", "日", "本", "65E5", "672C");
            assertThat(w).contains("Han characters have no glyph");
        });
        assertThat(PdfChecks.text(out.toByteArray())).contains("Yuki \uFFFD\uFFFD Tanaka");
    }

    @Test
    void spanishHandoutSpeaksSpanishAndSaysSoToReaders() throws IOException {
        Samples.Sample s = Samples.spanish();
        PdfChecks.Rendered r = PdfChecks.render(s);
        try (PDDocument d = Loader.loadPDF(r.pdf())) {
            assertThat(d.getDocumentCatalog().getLanguage()).isEqualTo("es");
        }
        String text = flat(PdfChecks.text(r.pdf()));
        List<String> expected = new ArrayList<>(List.of("Cómo está creciendo O'Brien", "Edad", "Qué hacer ahora",
                "Por favor, hable pronto con el médico de su niño o niña.",
                Samples.CATALOG.guidance(Guidance.RED_FLAG_NOTICE).in("es"), "Esto es lo que usted respondió:",
                "Resumen"));
        s.result().areas().forEach(a -> expected.add(a.area().plainName().in("es")));
        expected.addAll(List.of("Dónde está su niño o niña ahora", "Área por área"));
        assertInOrder(text, expected);
        assertThat(text).contains("✓ Sí", "Página 1 de").doesNotContain("Not yet", "Your answer", "Try at home");
    }

    @Test
    void a4PagesAreA4AndLetterPagesAreLetter() throws IOException {
        try (PDDocument a4 = Loader.loadPDF(PdfChecks.render(Samples.a4()).pdf());
             PDDocument letter = Loader.loadPDF(PdfChecks.render(Samples.toddlerMixed()).pdf())) {
            assertThat(a4.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(a4.getPage(0).getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(letter.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(letter.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
        }
    }

    @Test
    void theLogoEveryAnswerBarAndEveryChartRowAreFiguresWithAlternativeText() throws IOException {
        Samples.Sample s = Samples.clinicLogo();
        List<String> alts = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(PdfChecks.render(s).pdf())) {
            collectFigureAlts(d.getDocumentCatalog().getStructureTreeRoot().getKids(), alts);
        }
        int areas = s.result().areas().size();
        long bars = s.result().areas().stream().filter(a -> a.counts().asked() > 0).count();
        assertThat(alts).first().isEqualTo("Logo of Sunrise Pediatric Therapy");
        assertThat(alts).hasSize(1 + (int) bars + areas);
        AreaResult fine = s.result().areas().get(0);
        assertThat(fine.counts().sometimes()).isPositive();
        assertThat(alts.get(1)).isEqualTo("Using hands and fingers. " + fine.counts().yes() + " of " + fine.counts().asked()
                + " skills: yes, " + fine.counts().sometimes() + " sometimes"
                + (fine.counts().notYet() > 0 ? ", " + fine.counts().notYet() + " not yet" : "")
                + (fine.counts().notSure() > 0 ? ", " + fine.counts().notSure() + " not sure" : "")
                + ". Status: " + (fine.status() == AreaStatus.ON_TRACK ? "On track" : "Keep practicing") + ".");
        // The chart rows say in words what the marks show: the ages, the answers by age, what comes next.
        String chart = alts.get(1 + (int) bars);
        assertThat(chart).startsWith("Using hands and fingers, ages 18 months to 2½ years. Your child is 2 years, 1 month now.")
                .contains("By 2 years:").contains("Coming next:");
        String text = flat(PdfChecks.text(PdfChecks.render(s).pdf()));
        assertThat(text).contains("Sunrise Pediatric Therapy", "Therapist: Maria Gómez, OTR/L",
                "Thank you for filling in the checklist.", "Questions? Call us: Sunrise Pediatric Therapy, (555) 010-2030.");
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        Samples.Sample s = Samples.infant();
        PdfHandouts.render(s.result(), Samples.CATALOG, s.options(), out);
        assertThat(closed[0]).isFalse();
        assertThat(out.size()).isPositive();
    }

    private static void collectFigureAlts(List<Object> kids, List<String> alts) {
        for (Object kid : kids) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                if ("Figure".equals(e.getStructureType())) {
                    alts.add(e.getAlternateDescription());
                }
                collectFigureAlts(e.getKids(), alts);
            }
        }
    }
}
