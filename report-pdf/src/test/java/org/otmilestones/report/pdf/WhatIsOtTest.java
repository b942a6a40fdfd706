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

/** "What is OT?" from the catalog's texts after "At a glance": in full when the step is an OT evaluation, else in one sentence. */
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
    void pageOneSaysWhatOtIsAndHowItDiffersFromPtWhenTheFamilyIsToAskAboutOt(String language) throws IOException {
        Samples.Sample six = Samples.sixYearOldTwoAreasToOt();
        Samples.Sample s = new Samples.Sample(six.name(), six.result(), six.options().withLanguage(language));
        String pageOne = flat(PageOne.page(PdfChecks.render(s).pdf(), 1));
        assertThat(pageOne).contains(guidance(Guidance.ABOUT_OT, language))
                .contains(guidance(Guidance.OT_VERSUS_PT, language));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void aChildOnTrackGetsOneSentenceOfWhatOtIsAndNothingAboutPt(String language) throws IOException {
        Samples.Sample s = Samples.allOnTrack("24m", language, Paper.LETTER, true);
        String text = flat(PdfChecks.text(PdfChecks.render(s).pdf()));
        assertThat(text).contains(firstSentence(language)).doesNotContain(guidance(Guidance.OT_VERSUS_PT, language));
    }
}
