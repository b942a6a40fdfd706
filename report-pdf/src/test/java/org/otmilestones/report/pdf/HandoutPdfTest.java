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
import org.otmilestones.core.scoring.ItemResult;
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
    void extractsNameAreasAnswersStatusesActivitiesAndGuidanceInReadingOrder() {
        Samples.Sample s = Samples.toddlerMixed();
        String text = flat(PdfChecks.text(PdfChecks.render(s).pdf()));
        String lang = "en";
        List<String> expected = new ArrayList<>();
        expected.add("Zoë Łukasiewicz-Nguyễn");
        expected.add("About this checklist");
        expected.add(Samples.CATALOG.guidance(Guidance.ABOUT_OT).in(lang));
        expected.add("At a glance");
        for (AreaResult area : s.result().areas()) {
            expected.add(area.area().plainName().in(lang));
        }
        for (AreaResult area : s.result().areas()) {
            expected.add(area.area().plainName().in(lang));
            for (ItemResult item : area.items()) {
                expected.add(item.milestone().question().in(lang));
                expected.add(switch (item.answer()) {
                    case YES -> "✓ Yes";
                    case SOMETIMES -> "◐ Sometimes";
                    case NOT_YET -> "○ Not yet";
                    case NOT_SURE -> "? Not sure";
                    case NO_ANSWER -> "– No answer";
                });
            }
            expected.add("What this means");
            expected.add(switch (area.status()) {
                case ON_TRACK -> Samples.CATALOG.guidance(Guidance.ON_TRACK).in(lang);
                case KEEP_PRACTICING -> Samples.CATALOG.guidance(Guidance.KEEP_PRACTICING).in(lang);
                default -> "";
            });
            Samples.CATALOG.activities(area.area(), s.result().checkpoint())
                    .forEach(a -> expected.add(a.text().in(lang)));
        }
        expected.add("Coming next");
        expected.add("When to ask for help");
        expected.add(Samples.CATALOG.guidance(Guidance.ASK_FOR_EVALUATION).in(lang));
        expected.add(Samples.CATALOG.guidance(Guidance.YOU_KNOW_YOUR_CHILD).in(lang));
        expected.add("About this handout");
        expected.add("version " + Samples.CATALOG.version());
        assertInOrder(text, expected);
    }

    @Test
    void talkToOtAreasSayWhyAndGiveSignsAndNextStep() {
        Samples.Sample s = Samples.sixYearOldTwoAreasToOt();
        assertThat(s.result().areas().stream().filter(a -> a.status() == AreaStatus.TALK_TO_OT)).hasSize(2);
        String text = flat(PdfChecks.text(PdfChecks.render(s).pdf()));
        for (AreaResult area : s.result().areas()) {
            if (area.status() == AreaStatus.TALK_TO_OT) {
                assertInOrder(text, List.of(area.area().plainName().in("en"), "➜ Ask about OT",
                        Samples.CATALOG.guidance(Guidance.TALK_TO_OT).in("en"),
                        "Most of these skills are not there yet: " + area.counts().yes() + " yes, "
                                + area.counts().sometimes() + " sometimes, " + area.counts().notYet() + " not yet.",
                        "Next step: Bring this handout", "Try at home", "Signs to watch",
                        area.area().signsAt(s.result().checkpoint()).get(0).text().in("en")));
            }
        }
    }

    @Test
    void redFlagNoticeComesBeforeTheRestOnPageOne() throws IOException {
        PdfChecks.Rendered r = PdfChecks.render(Samples.redFlag());
        try (PDDocument d = Loader.loadPDF(r.pdf())) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String page1 = flat(stripper.getText(d));
            assertInOrder(page1, List.of("O'Brien", "Please talk to your child's doctor soon",
                    Samples.CATALOG.guidance(Guidance.RED_FLAG_NOTICE).in("en"),
                    "Has your child stopped doing something they used to be able to do?", "Your answer: Yes.",
                    "About this checklist"));
        }
    }

    @Test
    void preTermChildShowsCorrectedAgeWithTheReason() {
        String text = flat(PdfChecks.text(PdfChecks.render(Samples.preterm()).pdf()));
        assertInOrder(text, List.of("Age 8 months", "Age from due date 6 months", "Your child was born 10 weeks early.",
                Samples.CATALOG.guidance(Guidance.CORRECTED_AGE_WHY).in("en")));
    }

    @Test
    void manyMissingAnswersSayNotEnoughAnswers() {
        Samples.Sample s = Samples.manyMissing();
        assertThat(s.result().areas()).anyMatch(a -> a.status() == AreaStatus.NOT_ENOUGH_ANSWERS);
        String text = flat(PdfChecks.text(PdfChecks.render(s).pdf()));
        assertThat(text).contains("? Not enough answers", Samples.CATALOG.guidance(Guidance.NOT_ENOUGH_ANSWERS).in("en"),
                "– No answer", "? Not sure");
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
        assertThat(flat(PdfChecks.text(r.pdf()))).contains(s.result().child().name().orElseThrow(),
                "Guardian: Bartholomew Alexander Fitzgerald-Worthington the Third");
        assertThat(LayoutProbe.glyphsOutsideTheFrame(r.pdf())).isEmpty();
    }

    @Test
    void bodyTextIsNeverSmallerThanTenAndAHalfPoints() throws IOException {
        for (Samples.Sample s : Samples.all()) {
            assertThat(LayoutProbe.smallestBodyFontSize(PdfChecks.render(s).pdf())).as(s.name())
                    .isGreaterThanOrEqualTo(10.5f);
        }
    }

    @Test
    void pageCountsAreSaneAndEveryPageHasPageXOfY() throws IOException {
        for (Samples.Sample s : Samples.all()) {
            PdfChecks.Rendered r = PdfChecks.render(s);
            assertThat(r.result().pages()).as(s.name()).isBetween(4, 10);
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
        for (Samples.Sample s : List.of(Samples.toddlerMixed(), Samples.clinicLogo(), Samples.a4())) {
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
        List<String> expected = new ArrayList<>(List.of("Cómo está creciendo O'Brien", "Fecha de nacimiento",
                "5 de enero de 2024", "Por favor, hable pronto con el médico de su niño",
                Samples.CATALOG.guidance(Guidance.RED_FLAG_NOTICE).in("es"), "Sobre esta lista",
                Samples.CATALOG.guidance(Guidance.ABOUT_OT).in("es"), "Resumen"));
        s.result().areas().forEach(a -> expected.add(a.area().plainName().in("es")));
        expected.addAll(List.of("Lo que viene", "Cuándo pedir ayuda", "Sobre este folleto"));
        assertInOrder(text, expected);
        assertThat(text).contains("✓ Sí", "○ Todavía no", "Página 1 de").doesNotContain("Not yet", "Your answer");
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
    void theLogoAndEveryAnswerBarAreFiguresWithAlternativeText() throws IOException {
        Samples.Sample s = Samples.clinicLogo();
        List<String> alts = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(PdfChecks.render(s).pdf())) {
            collectFigureAlts(d.getDocumentCatalog().getStructureTreeRoot().getKids(), alts);
        }
        assertThat(alts).first().isEqualTo("Logo of Sunrise Pediatric Therapy");
        assertThat(alts).hasSize(1 + s.result().areas().size());
        AreaResult fine = s.result().areas().get(0);
        assertThat(fine.counts().sometimes()).isPositive();
        assertThat(alts.get(1)).isEqualTo("Using hands and fingers. " + fine.counts().yes() + " of " + fine.counts().asked()
                + " skills: yes, " + fine.counts().sometimes() + " sometimes"
                + (fine.counts().notYet() > 0 ? ", " + fine.counts().notYet() + " not yet" : "")
                + (fine.counts().notSure() > 0 ? ", " + fine.counts().notSure() + " not sure" : "")
                + ". Status: " + (fine.status() == AreaStatus.ON_TRACK ? "On track" : "Keep practicing") + ".");
        String text = flat(PdfChecks.text(PdfChecks.render(s).pdf()));
        assertThat(text).contains("Sunrise Pediatric Therapy", "Your therapist: Maria Gómez, OTR/L",
                "Thank you for filling in the checklist.", "You can also call us: Sunrise Pediatric Therapy, (555) 010-2030.");
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
}
