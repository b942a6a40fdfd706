package org.otmilestones.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.otmilestones.report.Text;

class TextSetterTest {

    /** A text no other test breaks, so the first breaking of it is never a shared one. */
    private static String unique(String words) {
        return words + " " + UUID.randomUUID();
    }

    private static final String WORDS = "Your child may stack blocks, scribble with a crayon and turn the pages of a book.";

    @Test
    void aLaterHandoutGetsTheLinesAnEarlierOneBrokeForTheSameTextStyleAndWidth() {
        String words = unique(WORDS);
        List<Line> first = new TextSetter(new LinkedHashSet<>()).lines(Text.of(words), Style.BODY, 120f);

        List<Line> again = new TextSetter(new LinkedHashSet<>()).lines(Text.of(words), Style.BODY, 120f);

        assertThat(first.size()).isGreaterThan(2);
        assertThat(again).isSameAs(first);
    }

    @Test
    void anotherStyleOrWidthGetsItsOwnLines() {
        String words = unique(WORDS);
        List<Line> body = new TextSetter(new LinkedHashSet<>()).lines(Text.of(words), Style.BODY, 120f);
        List<Line> heading = new TextSetter(new LinkedHashSet<>()).lines(Text.of(words), Style.H2, 120f);
        List<Line> wide = new TextSetter(new LinkedHashSet<>()).lines(Text.of(words), Style.BODY, 400f);

        assertThat(heading).isNotEqualTo(body);
        assertThat(heading.get(0).pieces().get(0).face()).isEqualTo(Face.BOLD);
        assertThat(wide).hasSizeLessThan(body.size());
        assertThat(new TextSetter(new LinkedHashSet<>()).lines(Text.of(words), Style.BODY, 120f)).isSameAs(body);
        assertThat(new TextSetter(new LinkedHashSet<>()).lines(Text.of(words), Style.H2, 120f)).isSameAs(heading);
    }

    @Test
    void everyHandoutWarnsOfACharacterNoFaceHas() {
        String words = unique("Yuki 日 Tanaka");
        Set<String> firstWarnings = new LinkedHashSet<>();
        Set<String> laterWarnings = new LinkedHashSet<>();

        List<Line> first = new TextSetter(firstWarnings).lines(Text.of(words), Style.BODY, 400f);
        List<Line> later = new TextSetter(laterWarnings).lines(Text.of(words), Style.BODY, 400f);

        assertThat(firstWarnings).singleElement().asString().contains("Han characters");
        assertThat(laterWarnings).isEqualTo(firstWarnings);
        assertThat(later).isEqualTo(first).isNotSameAs(first);
        assertThat(first.get(0).pieces().get(0).text()).startsWith("Yuki \uFFFD Tanaka");
    }
}
