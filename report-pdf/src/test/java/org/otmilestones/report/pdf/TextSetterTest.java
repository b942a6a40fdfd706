package org.otmilestones.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.otmilestones.report.Text;

class TextSetterTest {

    private static final String WORDS = "Your child may stack blocks, scribble with a crayon and turn the pages of a book.";

    private static TextSetter setter(LineCache cache) {
        return new TextSetter(cache, new LinkedHashSet<>());
    }

    @Test
    void aLaterHandoutOfTheSameRendererGetsTheLinesAnEarlierOneBrokeForTheSameTextStyleAndWidth() {
        LineCache cache = new LineCache(16);
        List<Line> first = setter(cache).lines(Text.of(WORDS), Style.BODY, 120f);

        List<Line> again = setter(cache).lines(Text.of(WORDS), Style.BODY, 120f);

        assertThat(first.size()).isGreaterThan(2);
        assertThat(again).isSameAs(first);
    }

    @Test
    void anotherRendererBreaksTheTextItself() {
        List<Line> mine = setter(new LineCache(16)).lines(Text.of(WORDS), Style.BODY, 120f);
        List<Line> theirs = setter(new LineCache(16)).lines(Text.of(WORDS), Style.BODY, 120f);

        assertThat(theirs).isEqualTo(mine).isNotSameAs(mine);
    }

    @Test
    void anotherStyleOrWidthGetsItsOwnLines() {
        LineCache cache = new LineCache(16);
        List<Line> body = setter(cache).lines(Text.of(WORDS), Style.BODY, 120f);
        List<Line> heading = setter(cache).lines(Text.of(WORDS), Style.H2, 120f);
        List<Line> wide = setter(cache).lines(Text.of(WORDS), Style.BODY, 400f);

        assertThat(heading).isNotEqualTo(body);
        assertThat(heading.get(0).pieces().get(0).face()).isEqualTo(Face.BOLD);
        assertThat(wide).hasSizeLessThan(body.size());
        assertThat(setter(cache).lines(Text.of(WORDS), Style.BODY, 120f)).isSameAs(body);
        assertThat(setter(cache).lines(Text.of(WORDS), Style.H2, 120f)).isSameAs(heading);
    }

    @Test
    void aFullCacheDropsTheTextUsedLeastRecentlyNotEverything() {
        LineCache cache = new LineCache(2);
        List<Line> often = setter(cache).lines(Text.of(WORDS), Style.BODY, 120f);
        List<Line> once = setter(cache).lines(Text.of("Ana López"), Style.BODY, 120f);
        assertThat(setter(cache).lines(Text.of(WORDS), Style.BODY, 120f)).isSameAs(often);

        setter(cache).lines(Text.of("Ben Okafor"), Style.BODY, 120f);

        assertThat(cache.size()).isEqualTo(2);
        assertThat(setter(cache).lines(Text.of(WORDS), Style.BODY, 120f)).isSameAs(often);
        assertThat(setter(cache).lines(Text.of("Ana López"), Style.BODY, 120f)).isEqualTo(once).isNotSameAs(once);
    }

    @Test
    void everyHandoutWarnsOfACharacterNoFaceHas() {
        LineCache cache = new LineCache(16);
        String words = "Yuki 日 Tanaka";
        Set<String> firstWarnings = new LinkedHashSet<>();
        Set<String> laterWarnings = new LinkedHashSet<>();

        List<Line> first = new TextSetter(cache, firstWarnings).lines(Text.of(words), Style.BODY, 400f);
        List<Line> later = new TextSetter(cache, laterWarnings).lines(Text.of(words), Style.BODY, 400f);

        assertThat(firstWarnings).singleElement().asString().contains("Han characters");
        assertThat(laterWarnings).isEqualTo(firstWarnings);
        assertThat(later).isEqualTo(first).isNotSameAs(first);
        assertThat(cache.size()).isZero();
        assertThat(first.get(0).pieces().get(0).text()).startsWith("Yuki \uFFFD Tanaka");
    }
}
