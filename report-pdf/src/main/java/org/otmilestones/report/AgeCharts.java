package org.otmilestones.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.otmilestones.core.Age;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.scoring.AreaResult;
import org.otmilestones.core.scoring.AreaStatus;
import org.otmilestones.core.scoring.StatusReason;
import org.otmilestones.core.scoring.ItemResult;

/**
 * "Where your child is now": one age chart per area, from the previous checklist's age to the next one's,
 * each skill at the age by which most children do it, this checklist's skills marked with the answers, the
 * next checklist's skills as "coming next", and a line at the child's age.
 */
final class AgeCharts {

    private final HandoutContext c;

    AgeCharts(HandoutContext context) {
        this.c = context;
    }

    Block section(Block sourcesLine) {
        Checkpoint checkpoint = c.result.checkpoint();
        int previous = 0;
        for (Checkpoint cp : c.catalog.checkpoints()) {
            if (cp.ageMonths() < checkpoint.ageMonths()) {
                previous = Math.max(previous, cp.ageMonths());
            }
        }
        // The last checklist has nothing coming next: the axis ends half a year after its age, an age that reads
        // as words ("7½ years"), not as "87 months".
        int next = c.result.nextCheckpoint().map(Checkpoint::ageMonths).orElse(checkpoint.ageMonths() + 6);
        Age age = c.result.age().forMilestones();
        double now = age.months() + Math.min(age.days(), 30) / 30.5;
        int from = Math.min(previous, (int) Math.floor(now));
        int to = Math.max(next, (int) Math.ceil(now));
        List<List<Block.ChartMark>> marksByArea = new ArrayList<>();
        boolean ranges = false;
        for (AreaResult area : c.result.areas()) {
            List<Block.ChartMark> marks = new ArrayList<>();
            for (ItemResult item : area.items()) {
                SkillAge skill = SkillAge.of(item.milestone());
                marks.add(new Block.ChartMark(skill.mostByMonths(), skill.emergesMonths(), Block.MarkShape.ANSWER,
                        c.w.answerSymbol(item.answer(), item.milestone().polarity()),
                        c.w.answerTone(item.answer(), item.milestone().polarity())));
            }
            for (Milestone m : area.comingNext()) {
                SkillAge skill = SkillAge.of(m);
                marks.add(new Block.ChartMark(skill.mostByMonths(), skill.emergesMonths(), Block.MarkShape.COMING_NEXT,
                        "", Tone.CALM));
            }
            for (Block.ChartMark mark : marks) {
                from = Math.min(from, mark.mostByMonths());
                to = Math.max(to, mark.mostByMonths());
                ranges |= mark.emergesMonths().isPresent();
            }
            marksByArea.add(marks);
        }
        if (to >= AgeWords.MONTHS_UNTIL && to % 6 != 0) {
            to += 6 - to % 6;
        }
        List<Block.ChartRow> rows = new ArrayList<>();
        for (int i = 0; i < marksByArea.size(); i++) {
            AreaResult area = c.result.areas().get(i);
            rows.add(new Block.ChartRow(Text.strong(c.text(area.area().plainName())), marksByArea.get(i),
                    alt(area, from, to)));
        }
        List<Block.AxisTick> ticks = new ArrayList<>();
        ticks.add(new Block.AxisTick(from, c.months(from)));
        for (Checkpoint cp : c.catalog.checkpoints()) {
            if (cp.ageMonths() > from && cp.ageMonths() < to) {
                ticks.add(new Block.AxisTick(cp.ageMonths(), c.months(cp.ageMonths())));
            }
        }
        ticks.add(new Block.AxisTick(to, c.months(to)));
        // Unlabelled lines between the checklists' ages: every month over half a year, else every 6 months.
        int every = to - from <= 6 ? 1 : 6;
        for (int m = from - from % every + every; m < to; m += every) {
            int months = m;
            if (ticks.stream().noneMatch(t -> t.months() == months)) {
                ticks.add(new Block.AxisTick(m, ""));
            }
        }
        ticks.sort(java.util.Comparator.comparingInt(Block.AxisTick::months));
        Block.AgeChart chart = new Block.AgeChart(from, to, ticks, now, legend(ranges), rows);
        return new Block.Section(List.of(
                new Block.Heading(2, Text.of(c.w.get("chart.heading"))),
                Block.Paragraph.of(c.w.get("chart.intro")),
                chart,
                sourcesLine));
    }

    private List<Block.LegendEntry> legend(boolean ranges) {
        List<Block.LegendEntry> legend = new ArrayList<>();
        for (Answer answer : List.of(Answer.YES, Answer.SOMETIMES, Answer.NOT_YET, Answer.NOT_SURE, Answer.NO_ANSWER)) {
            boolean used = c.result.areas().stream().anyMatch(a -> a.items().stream()
                    .anyMatch(i -> i.answer().countedFor(i.milestone().polarity()) == answer));
            if (used || answer == Answer.YES) {
                legend.add(new Block.LegendEntry(Block.LegendKind.ANSWER, c.w.get("symbol.answer." + answer.name()),
                        Wording.tone(answer), c.w.get("answer." + answer.name())));
            }
        }
        if (c.result.areas().stream().anyMatch(a -> !a.comingNext().isEmpty())) {
            legend.add(new Block.LegendEntry(Block.LegendKind.COMING_NEXT, "", Tone.CALM,
                    c.w.get("chart.legend.comingNext")));
        }
        legend.add(new Block.LegendEntry(Block.LegendKind.NOW, "", Tone.NEUTRAL,
                c.w.get("chart.now", c.w.age(c.result.age().forMilestones()))));
        if (ranges) {
            legend.add(new Block.LegendEntry(Block.LegendKind.RANGE, "", Tone.CALM, c.w.get("chart.legend.range")));
        }
        return legend;
    }

    /** The row in words: the ages it spans, the child's age, the answers by age and what comes next by age. */
    private String alt(AreaResult area, int from, int to) {
        Age age = c.result.age().forMilestones();
        StringBuilder s = new StringBuilder(c.w.get("chart.alt.head", c.text(area.area().plainName()),
                c.months(from), c.months(to), c.w.age(age)));
        Map<Integer, List<String>> byAge = new TreeMap<>();
        for (ItemResult item : area.items()) {
            byAge.computeIfAbsent(item.milestone().mostByMonths(), k -> new ArrayList<>())
                    .add(c.w.answerWord(item.answer(), item.milestone().polarity()).toLowerCase(Locale.forLanguageTag(c.lang)));
        }
        byAge.forEach((months, answers) -> s.append(' ')
                .append(c.w.get("chart.alt.group", c.months(months), String.join(", ", answers))));
        if (area.status() == AreaStatus.NOT_ASKED) {
            s.append(' ').append(c.w.get(area.reason() == StatusReason.NONE_COUNTED ? "glance.alt.uncounted"
                    : "glance.alt.none")).append('.');
        }
        Map<Integer, Integer> next = new TreeMap<>();
        area.comingNext().forEach(m -> next.merge(m.mostByMonths(), 1, Integer::sum));
        if (!next.isEmpty()) {
            List<String> groups = new ArrayList<>();
            next.forEach((months, n) -> groups.add(c.w.get("chart.alt.comingNextGroup",
                    c.w.messages.count("chart.alt.skills", n), c.months(months))));
            s.append(' ').append(c.w.get("chart.alt.comingNext", String.join(", ", groups)));
        }
        return s.toString();
    }
}
