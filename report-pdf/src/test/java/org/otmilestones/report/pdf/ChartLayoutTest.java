package org.otmilestones.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.otmilestones.report.Block;
import org.otmilestones.report.Handouts;
import org.otmilestones.report.Samples;

class ChartLayoutTest {

    static java.util.stream.Stream<Samples.Sample> samples() {
        return java.util.stream.Stream.concat(Samples.all().stream(), PageTargetsTest.extremes());
    }

    private static Block.AgeChart chart(Samples.Sample s) {
        return Handouts.describe(s.result(), Samples.CATALOG, s.options()).blocks().stream()
                .filter(Block.Section.class::isInstance).map(Block.Section.class::cast)
                .flatMap(sec -> sec.blocks().stream()).filter(Block.AgeChart.class::isInstance)
                .map(Block.AgeChart.class::cast).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void marksNeverOverlapAndASkillOfThisChecklistIsNeverDrawnPastItsAge(Samples.Sample s) {
        Block.AgeChart chart = chart(s);
        float plotW = 360f;
        for (Block.ChartRow row : chart.rows()) {
            List<ChartLayout.Placed> placed = ChartLayout.place(row.marks(), chart, plotW);
            assertThat(placed).hasSameSizeAs(row.marks());
            for (int i = 0; i < placed.size(); i++) {
                ChartLayout.Placed a = placed.get(i);
                assertThat(a.lane()).isBetween(0, ChartLayout.MAX_LANES - 1);
                if (a.mark().shape() == Block.MarkShape.ANSWER) {
                    float age = (float) ((a.mark().mostByMonths() - chart.fromMonths())
                            / (double) (chart.toMonths() - chart.fromMonths()) * plotW);
                    assertThat(a.cx()).as("a mark is never later than its age").isLessThanOrEqualTo(
                            Math.max(age, ChartLayout.MARK / 2f) + 0.01f);
                }
                for (int j = i + 1; j < placed.size(); j++) {
                    ChartLayout.Placed b = placed.get(j);
                    if (a.lane() == b.lane()) {
                        assertThat(Math.abs(a.cx() - b.cx())).as(row.alt()).isGreaterThanOrEqualTo(ChartLayout.MARK);
                    }
                }
            }
        }
    }
}
