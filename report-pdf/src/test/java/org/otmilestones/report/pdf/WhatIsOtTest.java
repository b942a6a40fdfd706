package org.otmilestones.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.otmilestones.core.Guidance;
import org.otmilestones.report.Paper;
import org.otmilestones.report.Samples;

/** "What is OT?" from the catalog's texts after "At a glance" when the step is an OT evaluation, and only then. */
class WhatIsOtTest {

    static Stream<Arguments> languages() {
        return Stream.of(Arguments.of("en"), Arguments.of("es"));
    }

    /** The page's text with every run of spaces and line ends as one space, so wrapped sentences match. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static String guidance(Guidance g, String language) {
        return flat(Samples.CATALOG.guidance(g).in(language));
    }

    private static String firstSentence(String language) {
        String about = Samples.CATALOG.guidance(Guidance.ABOUT_OT).in(language);
        return flat(about.substring(0, about.indexOf(". ") + 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void whatOtIsAndHowItDiffersFromPtComesRightAfterAtAGlanceWhenTheFamilyIsToAskAboutOt(String language)
            throws IOException {
        Samples.Sample ot = Samples.otEvaluation();
        Samples.Sample s = new Samples.Sample(ot.name(), ot.result(), ot.options().withLanguage(language));
        // The paragraph right after "At a glance" says both, in the catalog's words.
        java.util.List<org.otmilestones.report.Block> blocks = org.otmilestones.report.Handouts.describe(s.result(),
                Samples.CATALOG, s.options()).blocks();
        int glance = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof org.otmilestones.report.Block.Section sec && sec.blocks().stream().anyMatch(
                    org.otmilestones.report.Block.Table.class::isInstance)) {
                glance = i;
                break;
            }
        }
        assertThat(glance).isNotNegative();
        assertThat(blocks.get(glance + 1)).isInstanceOfSatisfying(org.otmilestones.report.Block.Paragraph.class,
                p -> assertThat(flat(p.text().plain())).contains(guidance(Guidance.ABOUT_OT, language) + " "
                        + guidance(Guidance.OT_VERSUS_PT, language)));
        // Page 1 holds its start; in English all of it (a Spanish page 1 may run onto page 2).
        String pageOne = flat(PageOne.page(PdfChecks.render(s).pdf(), 1));
        assertThat(pageOne).contains(guidance(Guidance.ABOUT_OT, language));
        if (language.equals("en")) {
            assertThat(pageOne).contains(guidance(Guidance.OT_VERSUS_PT, language));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void aHandoutThatAsksNothingAboutOtLeavesItOutAndKeepsItsTwoPages(String language) throws IOException {
        Samples.Sample s = Samples.allOnTrack("24m", language, Paper.LETTER, true);
        PdfChecks.Rendered r = PdfChecks.render(s);
        assertThat(flat(PdfChecks.text(r.pdf()))).doesNotContain(firstSentence(language));
        assertThat(r.result().pages()).isEqualTo(2);
    }
}
