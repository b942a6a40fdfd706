package org.otmilestones.report.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.otmilestones.report.Block;
import org.otmilestones.report.Tone;

/**
 * Draws the age charts as vectors: a legend, one row per area (a Figure with its alternative text) with
 * the skills' marks on a shared age axis, a dashed line at the child's age, and the axis's ages below.
 * Marks that would overlap share up to {@link #MAX_LANES} lanes, then move aside a little; a chart is
 * never split across pages.
 */
final class ChartLayout {

    static final float MARK = 13.5f;
    static final float LANE = 15f;
    static final int MAX_LANES = 2;
    static final float LABEL_W = 122f;
    static final float LABEL_GAP = 10f;
    static final float RIGHT_PAD = 12f;
    static final float ROW_PAD = 3f;
    static final float LEGEND_GAP = 14f;
    static final float BAND_H = 5f;
    static final float TICK = 4f;

    private final TextLayout textLayout;

    ChartLayout(TextLayout textLayout) {
        this.textLayout = textLayout;
    }

    /** A placed mark: its lane and its centre's offset from the plot's left edge. */
    record Placed(Block.ChartMark mark, int lane, float cx) {
    }

    /** A measured row. */
    private record Row(Block.ChartRow row, List<Line> label, List<Placed> marks, int lanes, float height) {
    }

    /** The measured chart at one width. */
    private record Plan(List<List<Line>> legendLines, List<float[]> legendX, float legendH, List<Row> rows,
            float plotX, float plotW, float height) {
    }

    float height(Block.AgeChart chart, float width) {
        return plan(chart, width).height();
    }

    private Plan plan(Block.AgeChart chart, float width) {
        // Legend: sample + words per entry, wrapped to lines of the full width.
        List<List<Line>> legendLines = new ArrayList<>();
        List<float[]> legendX = new ArrayList<>();
        float x = 0f;
        int line = 0;
        for (Block.LegendEntry e : chart.legend()) {
            Line words = textLayout.setter.oneLine(e.label(), Style.CHART, width);
            float w = sampleWidth(e) + 5f + words.width();
            if (x > 0 && x + w > width) {
                line++;
                x = 0f;
            }
            legendLines.add(List.of(words));
            legendX.add(new float[] {x, line});
            x += w + LEGEND_GAP;
        }
        float legendH = (line + 1) * Style.CHART.leading() + 4f;
        float plotX = LABEL_W + LABEL_GAP;
        float plotW = width - plotX - RIGHT_PAD;
        List<Row> rows = new ArrayList<>();
        float h = legendH;
        for (Block.ChartRow row : chart.rows()) {
            List<Line> label = textLayout.setter.lines(row.label(), Style.CHART, LABEL_W);
            List<Placed> placed = place(row.marks(), chart, plotW);
            int lanes = placed.stream().mapToInt(p -> p.lane() + 1).max().orElse(1);
            float rowH = Math.max(label.size() * Style.CHART.leading(), lanes * LANE) + 2 * ROW_PAD;
            rows.add(new Row(row, label, placed, lanes, rowH));
            h += rowH;
        }
        h += TICK + Style.CHART.leading() + 2f;
        return new Plan(legendLines, legendX, legendH, rows, plotX, plotW, h);
    }

    private static float sampleWidth(Block.LegendEntry e) {
        return e.kind() == Block.LegendKind.RANGE ? 20f : e.kind() == Block.LegendKind.NOW ? 6f : MARK;
    }

    private static float xOf(double months, Block.AgeChart chart, float plotW) {
        return (float) ((months - chart.fromMonths()) / (chart.toMonths() - chart.fromMonths()) * plotW);
    }

    /**
     * Each mark at its age. Marks never overlap, nor do two bands (when it often starts); a band may pass
     * behind another mark. A mark that would overlap goes to the next of {@link #MAX_LANES} lanes, then a
     * little aside: a skill of this checklist only earlier, never past its age, and a skill coming next either
     * way.
     */
    static List<Placed> place(List<Block.ChartMark> marks, Block.AgeChart chart, float plotW) {
        List<Block.ChartMark> sorted = new ArrayList<>(marks);
        sorted.sort(Comparator.comparingInt(Block.ChartMark::mostByMonths)
                .thenComparing(m -> m.shape() == Block.MarkShape.ANSWER ? 0 : 1)
                .thenComparing(m -> m.emergesMonths().isPresent() ? 0 : 1));
        List<Placed> placed = new ArrayList<>();
        List<float[]> markSpans = new ArrayList<>();
        List<float[]> bandSpans = new ArrayList<>();
        float step = MARK + 2f;
        for (Block.ChartMark m : sorted) {
            float cx = xOf(m.mostByMonths(), chart, plotW);
            float band = m.emergesMonths().isPresent()
                    ? Math.max(0f, xOf(m.emergesMonths().getAsInt(), chart, plotW)) : Float.NaN;
            boolean bothWays = m.shape() == Block.MarkShape.COMING_NEXT;
            Placed best = null;
            for (int k = 0; k < 60 && best == null; k++) {
                float offset = bothWays ? (k == 0 ? 0f : ((k + 1) / 2) * step * (k % 2 == 1 ? 1 : -1)) : -k * step;
                float at = Math.max(MARK / 2f, Math.min(plotW + RIGHT_PAD - MARK / 2f, cx + offset));
                float bandLo = band + (at - cx);
                for (int lane = 0; lane < MAX_LANES && best == null; lane++) {
                    boolean fits = free(markSpans, lane, at - step / 2f, at + step / 2f)
                            && (Float.isNaN(band) || free(bandSpans, lane, bandLo, at));
                    if (fits) {
                        best = new Placed(m, lane, at);
                        markSpans.add(new float[] {lane, at - step / 2f, at + step / 2f});
                        if (!Float.isNaN(band)) {
                            bandSpans.add(new float[] {lane, bandLo, at});
                        }
                    }
                }
            }
            placed.add(best != null ? best : new Placed(m, 0, cx));
        }
        return placed;
    }

    private static boolean free(List<float[]> taken, int lane, float lo, float hi) {
        for (float[] t : taken) {
            if (t[0] == lane && lo < t[2] - 0.01f && hi > t[1] + 0.01f) {
                return false;
            }
        }
        return true;
    }

    void place(Block.AgeChart chart, Node parent) {
        Flow flow = textLayout.flow;
        Plan plan = plan(chart, flow.width);
        flow.ensure(plan.height());
        float left = flow.left;
        float top = flow.y;
        Page page = flow.page;

        // Legend: the words are the paragraph a reader hears; the samples are drawing.
        Node legendNode = parent.add(Role.P);
        Mark legendText = page.tagged(legendNode);
        Mark samples = page.artifact();
        for (int i = 0; i < chart.legend().size(); i++) {
            Block.LegendEntry e = chart.legend().get(i);
            float[] at = plan.legendX().get(i);
            float ex = left + at[0];
            float lineTop = top - at[1] * Style.CHART.leading();
            float cy = lineTop - Style.CHART.leading() / 2f;
            sample(samples, e, ex, cy);
            textLayout.emit(legendText, plan.legendLines().get(i), 0, 1, Style.CHART, ex + sampleWidth(e) + 5f, lineTop,
                    false, 0f);
        }
        float y = top - plan.legendH();

        float plotLeft = left + plan.plotX();
        float nowX = plotLeft + xOf(chart.nowMonths(), chart, plan.plotW());
        float rowsTop = y;

        for (int r = 0; r < plan.rows().size(); r++) {
            Row row = plan.rows().get(r);
            Mark bg = page.artifact();
            if (r % 2 == 0) {
                bg.ops.add(new Op.Box(left, y - row.height(), flow.width, row.height(), 0f,
                        Palette.tint(Tone.NEUTRAL), null, 0f));
            }
            for (Block.AxisTick tick : chart.ticks()) {
                float tx = plotLeft + xOf(tick.months(), chart, plan.plotW());
                bg.ops.add(new Op.Rule(tx, y, tx, y - row.height(), tick.label().isEmpty() ? Palette.GRID : Palette.TABLE_RULE,
                        tick.label().isEmpty() ? 0.4f : 0.7f));
            }
            Node figure = parent.add(Role.FIGURE);
            figure.alt = row.row().alt();
            Mark drawing = page.tagged(figure);
            float labelTop = y - (row.height() - row.label().size() * Style.CHART.leading()) / 2f;
            textLayout.emit(drawing, row.label(), 0, row.label().size(), Style.CHART, left + 4f, labelTop, false, 0f);
            float lanesTop = y - (row.height() - row.lanes() * LANE) / 2f;
            for (Placed p : row.marks()) {
                float cy = lanesTop - p.lane() * LANE - LANE / 2f;
                p.mark().emergesMonths().ifPresent(e -> {
                    float shift = p.cx() - xOf(p.mark().mostByMonths(), chart, plan.plotW());
                    float ex = plotLeft + Math.max(0f, xOf(e, chart, plan.plotW()) + shift);
                    float cx = plotLeft + p.cx();
                    if (cx - ex > 1f) {
                        drawing.ops.add(new Op.Box(ex, cy - BAND_H / 2f, cx - ex, BAND_H, BAND_H / 2f,
                                Palette.fill(p.mark().tone()), null, 0f));
                    }
                });
            }
            for (Placed p : row.marks()) {
                float cy = lanesTop - p.lane() * LANE - LANE / 2f;
                drawMark(drawing, p.mark().shape(), p.mark().symbol(), p.mark().tone(), plotLeft + p.cx(), cy);
            }
            y -= row.height();
        }
        float rowsBottom = y;
        Mark axis = page.artifact();
        axis.ops.add(new Op.Rule(plotLeft, rowsBottom, plotLeft + plan.plotW(), rowsBottom, Palette.QUIET, 0.8f));
        for (Block.AxisTick tick : chart.ticks()) {
            float tx = plotLeft + xOf(tick.months(), chart, plan.plotW());
            if (tick.label().isEmpty()) {
                axis.ops.add(new Op.Rule(tx, rowsBottom, tx, rowsBottom - TICK / 2f, Palette.QUIET, 0.5f));
                continue;
            }
            axis.ops.add(new Op.Rule(tx, rowsBottom, tx, rowsBottom - TICK, Palette.QUIET, 0.8f));
            Line label = textLayout.setter.oneLine(tick.label(), Style.CHART, plan.plotW());
            float lx = Math.max(plotLeft - 6f, Math.min(left + flow.width - label.width(), tx - label.width() / 2f));
            addLine(axis, label, lx, rowsBottom - TICK - Style.CHART.ascent() - 1f, Style.CHART);
        }
        Mark nowLine = page.artifact();
        nowLine.ops.add(new Op.Dashed(nowX, rowsTop, nowX, rowsBottom, Palette.ACCENT, 1.3f, 3f, 2f));
        flow.advance(plan.height());
        flow.gap(Style.BODY.spaceAfter());
    }

    private void sample(Mark mark, Block.LegendEntry e, float x, float cy) {
        switch (e.kind()) {
            case ANSWER -> drawMark(mark, Block.MarkShape.ANSWER, e.symbol(), e.tone(), x + MARK / 2f, cy);
            case COMING_NEXT -> drawMark(mark, Block.MarkShape.COMING_NEXT, "", e.tone(), x + MARK / 2f, cy);
            case NOW -> mark.ops.add(new Op.Dashed(x + 3f, cy + 7f, x + 3f, cy - 7f, Palette.ACCENT, 1.3f, 3f, 2f));
            case RANGE -> mark.ops.add(new Op.Box(x, cy - BAND_H / 2f, 20f, BAND_H, BAND_H / 2f,
                    Palette.fill(Tone.GOOD), null, 0f));
        }
    }

    private void drawMark(Mark mark, Block.MarkShape shape, String symbol, Tone tone, float cx, float cy) {
        float h = MARK / 2f;
        if (shape == Block.MarkShape.COMING_NEXT) {
            mark.ops.add(new Op.Polygon(new float[] {cx, cx + h, cx, cx - h}, new float[] {cy + h, cy, cy - h, cy},
                    Palette.WHITE, Palette.ACCENT, 1.2f));
            return;
        }
        mark.ops.add(new Op.Box(cx - h, cy - h, MARK, MARK, 3f, Palette.fill(tone), Palette.edge(tone), 0.6f));
        String s = textLayout.setter.clean(symbol);
        float sw = Style.DOT.face().width(s, Style.DOT.size());
        mark.ops.add(new Op.Show(cx - sw / 2f, cy - 3.6f, Style.DOT.face(), Style.DOT.size(), Palette.ink(tone), s));
    }

    private static void addLine(Mark m, Line line, float x, float baseline, Style s) {
        for (Line.Piece p : line.pieces()) {
            m.ops.add(new Op.Show(x + p.x(), baseline, p.face(), s.size(), p.color(), p.text()));
        }
    }
}
