package org.otmilestones.report.pdf;

import java.util.List;
import org.otmilestones.report.Text;

/**
 * The layout layer's text half: the flow down the pages and the setting of text in it. A paragraph's lines go
 * across pages without leaving one line alone at a page's top or bottom; {@link #emit} turns set lines into
 * drawing operations. The block layouts depend on this half only, never on {@link Layouter}.
 */
final class TextLayout {

    /** How far a list's items are indented: the bullet sits in this space. */
    static final float LIST_INDENT = 16f;

    final Flow flow;
    final TextSetter setter;

    TextLayout(Flow flow, TextSetter setter) {
        this.flow = flow;
        this.setter = setter;
    }

    void paragraph(Text text, Style style, Node leaf) {
        List<Line> lines = setter.lines(text, style, flow.width);
        if (lines.isEmpty()) {
            return;
        }
        flow.advance(flow.before(style.spaceBefore()));
        placeLines(lines, style, leaf, flow.left, null, null);
        flow.gap(style.spaceAfter());
    }

    /**
     * Places lines across pages, never leaving one line of a paragraph alone at the bottom or top
     * of a page; {@code label} (a list bullet) is drawn beside the first line.
     */
    void placeLines(List<Line> lines, Style style, Node leaf, float x, Node labelNode, String label) {
        int n = lines.size();
        int i = 0;
        float lead = style.leading();
        while (i < n) {
            int rest = n - i;
            int fit = flow.noBreak ? rest : (int) Math.floor((flow.room() + 0.01f) / lead);
            int take = Math.min(fit, rest);
            if (take < rest) {
                if (take < 2) {
                    take = 0;
                } else if (rest - take < 2) {
                    take = rest - 2 >= 2 ? rest - 2 : 0;
                }
                if (take == 0) {
                    if (flow.fresh) {
                        take = Math.max(1, Math.min(fit, rest));
                    } else {
                        flow.newPage();
                        continue;
                    }
                }
            }
            if (i == 0 && labelNode != null) {
                Mark lbl = flow.page.tagged(labelNode);
                Line bullet = setter.oneLine(label, style, LIST_INDENT);
                emit(lbl, List.of(bullet), 0, 1, style, x - LIST_INDENT + 3f, flow.y, false, 0f);
            }
            Mark mark = flow.page.tagged(leaf);
            emit(mark, lines, i, i + take, style, x, flow.y, false, 0f);
            flow.advance(take * lead);
            i += take;
            if (i < n) {
                flow.newPage();
            }
        }
    }

    /** Adds text drawing operations for lines {@code from..to} with the first line's top at {@code top}. */
    void emit(Mark mark, List<Line> lines, int from, int to, Style style, float x, float top, boolean center,
            float boxWidth) {
        float baseline = top - style.ascent();
        for (int k = from; k < to; k++) {
            Line line = lines.get(k);
            float dx = center ? Math.max(0f, (boxWidth - line.width()) / 2f) : 0f;
            for (Line.Piece p : line.pieces()) {
                mark.ops.add(new Op.Show(x + dx + p.x(), baseline, p.face(), style.size(), p.color(), p.text()));
            }
            baseline -= style.leading();
        }
    }

}
