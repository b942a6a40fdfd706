package org.otmilestones.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.scoring.AreaResult;

class AgeChartsTest {

    private static Block.AgeChart chart(Samples.Sample s) {
        Handout h = Handouts.describe(s.result(), Samples.CATALOG, s.options());
        return h.blocks().stream().filter(Block.Section.class::isInstance).map(Block.Section.class::cast)
                .flatMap(sec -> sec.blocks().stream()).filter(Block.AgeChart.class::isInstance)
                .map(Block.AgeChart.class::cast).findFirst().orElseThrow();
    }

    @Test
    void runsFromThePreviousChecklistsAgeToTheNextWithTheChildsAgeOnIt() {
        Block.AgeChart chart = chart(Samples.toddlerMixed());
        assertThat(chart.fromMonths()).isEqualTo(18);
        assertThat(chart.toMonths()).isEqualTo(30);
        assertThat(chart.nowMonths()).isBetween(25.0, 26.0);
        assertThat(chart.ticks()).filteredOn(t -> !t.label().isEmpty()).extracting(Block.AxisTick::label)
                .containsExactly("18 months", "2 years", "2½ years");
    }

    @Test
    void placesEverySkillAtTheAgeMostChildrenDoItWithTheAnswersMarkAndTheNextChecklistsAsComingNext() {
        Samples.Sample s = Samples.toddlerMixed();
        Block.AgeChart chart = chart(s);
        assertThat(chart.rows()).hasSize(s.result().areas().size());
        for (int i = 0; i < chart.rows().size(); i++) {
            AreaResult area = s.result().areas().get(i);
            Block.ChartRow row = chart.rows().get(i);
            List<Block.ChartMark> answers = row.marks().stream().filter(m -> m.shape() == Block.MarkShape.ANSWER)
                    .toList();
            List<Block.ChartMark> next = row.marks().stream().filter(m -> m.shape() == Block.MarkShape.COMING_NEXT)
                    .toList();
            assertThat(answers).extracting(Block.ChartMark::mostByMonths)
                    .containsExactlyElementsOf(area.items().stream().map(it -> it.milestone().mostByMonths()).toList());
            assertThat(answers).extracting(Block.ChartMark::symbol).containsExactlyElementsOf(area.items().stream()
                    .map(it -> switch (it.answer()) {
                        case YES -> "✓";
                        case SOMETIMES -> "◐";
                        case NOT_YET -> "○";
                        case NOT_SURE -> "?";
                        case NO_ANSWER -> "–";
                    }).toList());
            assertThat(next).extracting(Block.ChartMark::mostByMonths)
                    .containsExactlyElementsOf(area.comingNext().stream().map(Milestone::mostByMonths).toList());
            assertThat(next).allSatisfy(m -> assertThat(m.mostByMonths()).isGreaterThan(24).isLessThanOrEqualTo(30));
        }
        // A skill known to start earlier carries that age, for the band that shows it.
        assertThat(chart.rows()).flatExtracting(Block.ChartRow::marks).anyMatch(m -> m.emergesMonths().isPresent());
    }

    @Test
    void theAlternativeTextSaysTheAgesTheAnswersAndWhatComesNextInWords() {
        Samples.Sample s = Samples.toddlerMixed();
        Block.ChartRow fine = chart(s).rows().get(0);
        AreaResult area = s.result().areas().get(0);
        assertThat(fine.alt()).startsWith("Using hands and fingers, ages 18 months to 2½ years. Your child is 2 years, "
                + "1 month now.");
        long sometimes = area.items().stream().filter(i -> i.answer() == Answer.SOMETIMES).count();
        assertThat(fine.alt().split("sometimes", -1).length - 1).isEqualTo((int) sometimes);
        assertThat(fine.alt()).contains("Coming next: ").endsWith(".");
        Samples.Sample es = Samples.spanish();
        assertThat(chart(es).rows().get(0).alt()).startsWith("Uso de las manos y los dedos, de 18 meses a 2 años y medio.");
    }

    @Test
    void aBabyBornEarlyIsShownAtTheAgeFromTheDueDate() {
        Samples.Sample s = Samples.preterm();
        assertThat(s.result().age().corrected()).isPresent();
        Block.AgeChart chart = chart(s);
        assertThat(chart.nowMonths()).isBetween(6.0, 7.0);
        assertThat(chart.legend()).anySatisfy(e -> assertThat(e.label()).isEqualTo("Now: 6 months"));
    }

    @Test
    void theLastChecklistsChartEndsSoonAfterItsAgeAndShowsNothingComingNext() {
        Samples.Sample s = Samples.allOnTrack("7y", "en", Paper.LETTER, false);
        Block.AgeChart chart = chart(s);
        // Half a year on, an age said in words ("7½ years"), never "87 months".
        assertThat(chart.toMonths()).isEqualTo(90);
        assertThat(chart.ticks().get(chart.ticks().size() - 1).label()).isEqualTo("7½ years");
        assertThat(chart.rows()).flatExtracting(Block.ChartRow::marks)
                .noneMatch(m -> m.shape() == Block.MarkShape.COMING_NEXT);
        assertThat(chart.legend()).noneMatch(e -> e.kind() == Block.LegendKind.COMING_NEXT);
    }
}
