package org.otmilestones.report.pdf;

import java.util.ArrayList;
import java.util.List;
import org.otmilestones.report.Block;
import org.otmilestones.report.Text;
import org.otmilestones.report.Tone;

/**
 * Lays out tables cell by cell so every cell gets its TH or TD structure element: rows stay whole
 * when they fit on a page, the header row repeats (as an artifact) on every page the table
 * reaches, and a row taller than a page is split between lines rather than cut.
 */
final class TableLayout {

    static final float PAD_X = 5f;
    static final float PAD_Y = 3f;
    static final float DOT = 14f;
    static final float DOT_GAP = 2.5f;
    static final float TICK = 12f;
    /** The narrowest column of tick boxes. */
    static final float TICK_COLUMN = 46f;
    /** Space above a table. */
    static final float BEFORE = 4f;
    /** Tables up to this share of a page are kept on one page. */
    static final float KEEP_WHOLE_SHARE = 0.45f;

    private final TextLayout textLayout;

    TableLayout(TextLayout textLayout) {
        this.textLayout = textLayout;
    }

    /** A measured cell. */
    private record CellBox(Block.Cell cell, Style style, List<Line> lines, List<Line> caption, int dotRows,
            float captionX, float height, boolean header, boolean centered) {
    }

    /** A measured row. */
    private record RowBox(List<CellBox> cells, float height, Tone tone, boolean header) {
    }

    private float[] widths(Block.Table t, float total) {
        float[] w = new float[t.columns().size()];
        float fixed = 0f;
        double shared = 0;
        for (int i = 0; i < w.length; i++) {
            Block.Column column = t.columns().get(i);
            if (column.sizing() == Block.Sizing.WIDEST_LINE) {
                // A column of tick boxes keeps room around each box, so a pen mark lands in one box only.
                int col = i;
                float least = t.rows().stream().anyMatch(r -> r.get(col) instanceof Block.Cell.TickBox)
                        ? TICK_COLUMN : 0f;
                w[i] = Math.min(total * 0.4f, Math.max(least, widestLine(t, i) + 2 * padX(column.centered()) + 1f));
                fixed += w[i];
            } else {
                shared += column.weight();
            }
        }
        for (int i = 0; i < w.length; i++) {
            Block.Column column = t.columns().get(i);
            if (column.sizing() == Block.Sizing.SHARE) {
                w[i] = (float) ((total - fixed) * column.weight() / shared);
            }
        }
        return w;
    }

    /** The widest cell of a column set on one line, its header included. */
    private float widestLine(Block.Table t, int column) {
        float widest = textLayout.setter.lines(Text.strong(t.columns().get(column).header()), Style.HEADER_CELL,
                Float.MAX_VALUE).stream().map(Line::width).max(Float::compare).orElse(0f);
        for (List<Block.Cell> row : t.rows()) {
            if (row.get(column) instanceof Block.Cell.Words words) {
                for (Line line : textLayout.setter.lines(words.text(), Style.CELL, Float.MAX_VALUE)) {
                    widest = Math.max(widest, line.width());
                }
            }
        }
        return widest;
    }

    /**
     * The height that must fit before the table starts on this page: the whole table when it is
     * short (a summary split after one row reads badly), else the header and two rows.
     */
    float firstPartHeight(Block.Table t) {
        float[] w = widths(t, textLayout.flow.width);
        float header = t.headerCells() == Block.HeaderCells.FIRST_ROW ? measure(headerCells(t), t, w, true, null).height() : 0f;
        float all = header;
        float firstTwo = header;
        for (int i = 0; i < t.rows().size(); i++) {
            float h = measure(t.rows().get(i), t, w, false, null).height();
            all += h;
            if (i < 2) {
                firstTwo += h;
            }
        }
        // A form's rows of tick boxes may part between any two rows; a short table of results stays whole.
        boolean form = t.rows().stream().anyMatch(r -> r.stream().anyMatch(Block.Cell.TickBox.class::isInstance));
        return BEFORE + (!form && all <= textLayout.flow.pageHeight() * KEEP_WHOLE_SHARE ? all : firstTwo);
    }

    /** The whole table's height, with the space above it. */
    float height(Block.Table t) {
        float[] w = widths(t, textLayout.flow.width);
        float h = BEFORE + (t.headerCells() == Block.HeaderCells.FIRST_ROW
                ? measure(headerCells(t), t, w, true, null).height() : 0f);
        for (List<Block.Cell> row : t.rows()) {
            h += measure(row, t, w, false, null).height();
        }
        return h + Style.BODY.spaceAfter() + 2f;
    }

    private static List<Block.Cell> headerCells(Block.Table t) {
        return t.columns().stream().map(c -> (Block.Cell) new Block.Cell.Words(Text.strong(c.header()))).toList();
    }

    private RowBox measure(List<Block.Cell> cells, Block.Table t, float[] w, boolean headerRow, Tone tone) {
        List<CellBox> boxes = new ArrayList<>();
        float max = 0f;
        for (int j = 0; j < cells.size(); j++) {
            Block.Cell cell = cells.get(j);
            boolean rowHeader = t.headerCells() == Block.HeaderCells.FIRST_COLUMN && j == 0;
            Style style = headerRow ? Style.HEADER_CELL : rowHeader ? Style.LABEL
                    : t.headerCells() == Block.HeaderCells.FIRST_COLUMN ? Style.VALUE : Style.CELL;
            boolean centered = t.columns().get(j).centered();
            float inner = w[j] - 2 * padX(centered);
            CellBox box;
            if (cell instanceof Block.Cell.Words words) {
                List<Line> lines = textLayout.setter.lines(words.text(), style, inner);
                box = new CellBox(cell, style, lines, List.of(), 0, 0f, lines.size() * style.leading(),
                        headerRow || rowHeader, centered);
            } else if (cell instanceof Block.Cell.AnswerBar bar) {
                int perRow = Math.max(1, (int) Math.floor((inner + DOT_GAP) / (DOT + DOT_GAP)));
                int rows = bar.dots().isEmpty() ? 0 : (bar.dots().size() + perRow - 1) / perRow;
                float dotsW = bar.dots().size() * (DOT + DOT_GAP);
                List<Line> beside = textLayout.setter.lines(bar.caption(), Style.CAPTION, Math.max(1f, inner - dotsW - 4f));
                if (rows <= 1 && beside.size() == 1 && dotsW + 4f + beside.get(0).width() <= inner) {
                    // The counts fit beside the boxes: one line per area keeps "At a glance" short.
                    float h = Math.max(DOT, Style.CAPTION.leading());
                    box = new CellBox(cell, Style.CAPTION, List.of(), beside, 0, rows == 0 ? 0f : dotsW + 4f, h, false,
                            centered);
                } else {
                    List<Line> caption = textLayout.setter.lines(bar.caption(), Style.CAPTION, inner);
                    float h = rows * (DOT + DOT_GAP) + (rows > 0 ? 3f : 0f) + caption.size() * Style.CAPTION.leading();
                    box = new CellBox(cell, Style.CAPTION, List.of(), caption, rows, -1f, h, false, centered);
                }
            } else {
                box = new CellBox(cell, style, List.of(), List.of(), 0, 0f, TICK + 2f, false, true);
            }
            boxes.add(box);
            max = Math.max(max, box.height());
        }
        return new RowBox(boxes, max + 2 * PAD_Y, tone, headerRow);
    }

    void table(Block.Table t, Node parent) {
        Flow flow = textLayout.flow;
        float[] w = widths(t, flow.width);
        float[] x = new float[w.length];
        RowBox header = t.headerCells() == Block.HeaderCells.FIRST_ROW ? measure(headerCells(t), t, w, true, null) : null;
        List<RowBox> rows = new ArrayList<>();
        for (int i = 0; i < t.rows().size(); i++) {
            rows.add(measure(t.rows().get(i), t, w, false, t.rowTones().isEmpty() ? null : t.rowTones().get(i)));
        }
        float headerH = header == null ? 0f : header.height();
        flow.ensure(firstPartHeight(t));
        flow.advance(flow.before(BEFORE));
        float run = flow.left;
        for (int j = 0; j < w.length; j++) {
            x[j] = run;
            run += w[j];
        }
        Node table = parent.add(Role.TABLE);
        if (header != null) {
            drawRow(header, table.add(Role.TR), x, w);
        }
        int placedHere = 0;
        for (int k = 0; k < rows.size(); k++) {
            RowBox row = rows.get(k);
            // The next-to-last row goes over with the last, so a page never starts with a table's last row alone.
            boolean lastTwo = k == rows.size() - 2 && placedHere >= 2 && flow.fits(row.height())
                    && !flow.fits(row.height() + rows.get(k + 1).height());
            if (lastTwo) {
                flow.newPage();
                if (header != null) {
                    drawRow(header, null, x, w);
                }
                placedHere = 0;
            }
            if (!flow.fits(row.height())) {
                if (row.height() <= flow.pageHeight() - headerH || flow.fresh) {
                    flow.newPage();
                    if (header != null) {
                        drawRow(header, null, x, w);
                    }
                    placedHere = 0;
                }
            }
            drawRow(row, table.add(Role.TR), x, w);
            placedHere++;
        }
        flow.gap(Style.BODY.spaceAfter() + 2f);
    }

    /** Draws a row, over several pages if it is taller than what is left; {@code tr} null draws an artifact. */
    private void drawRow(RowBox row, Node tr, float[] x, float[] w) {
        Flow flow = textLayout.flow;
        List<Node> cellNodes = new ArrayList<>();
        for (CellBox c : row.cells()) {
            if (tr == null) {
                cellNodes.add(null);
            } else {
                Node cell = tr.add(c.header() ? Role.TH : Role.TD);
                cell.keep = true;
                if (c.header()) {
                    cell.scope = row.header() ? Node.Scope.COLUMN : Node.Scope.ROW;
                }
                cellNodes.add(cell);
            }
        }
        int[] from = new int[row.cells().size()];
        boolean first = true;
        while (true) {
            float avail = flow.noBreak ? Float.MAX_VALUE : flow.room();
            boolean whole = row.height() <= avail + 0.01f;
            float sliceH = whole ? row.height() : 0f;
            int[] to = new int[from.length];
            boolean more = false;
            if (!whole) {
                for (int j = 0; j < from.length; j++) {
                    CellBox c = row.cells().get(j);
                    int fit = (int) Math.floor((avail - 2 * PAD_Y) / c.style().leading());
                    to[j] = Math.min(c.lines().size(), from[j] + Math.max(1, fit));
                    more |= to[j] < c.lines().size();
                    float ch = c.lines().isEmpty() ? (first ? c.height() : 0f)
                            : (to[j] - from[j]) * c.style().leading();
                    sliceH = Math.max(sliceH, ch + 2 * PAD_Y);
                }
            } else {
                for (int j = 0; j < from.length; j++) {
                    to[j] = row.cells().get(j).lines().size();
                }
            }
            float top = flow.y;
            Mark bg = flow.page.artifact();
            if (row.header()) {
                bg.ops.add(new Op.Box(x[0], top - sliceH, sum(w), sliceH, 0f, Palette.HEADER_FILL, null, 0f));
            } else if (row.tone() != null) {
                bg.ops.add(new Op.Box(x[0], top - sliceH, sum(w), sliceH, 0f, Palette.tint(row.tone()), null, 0f));
            }
            bg.ops.add(new Op.Rule(x[0], top - sliceH, x[0] + sum(w), top - sliceH, Palette.TABLE_RULE, 0.7f));
            for (int j = 0; j < row.cells().size(); j++) {
                float pad = padX(row.cells().get(j).centered());
                drawCell(row.cells().get(j), cellNodes.get(j), x[j] + pad, top - PAD_Y, w[j] - 2 * pad,
                        from[j], to[j], first);
            }
            flow.advance(sliceH);
            first = false;
            if (whole || !more) {
                return;
            }
            System.arraycopy(to, 0, from, 0, from.length);
            flow.newPage();
        }
    }

    /** Centered columns (tick boxes, symbols) are narrow: less padding keeps their header words whole. */
    private static float padX(boolean centered) {
        return centered ? 2f : PAD_X;
    }

    private static float sum(float[] w) {
        float s = 0f;
        for (float v : w) {
            s += v;
        }
        return s;
    }

    private void drawCell(CellBox c, Node node, float x, float top, float width, int from, int to, boolean first) {
        Page page = textLayout.flow.page;
        if (c.cell() instanceof Block.Cell.Words) {
            if (from >= to) {
                return;
            }
            Mark mark = node == null ? page.artifact() : page.tagged(node);
            textLayout.emit(mark, c.lines(), from, to, c.style(), x, top, c.centered(), width);
        } else if (c.cell() instanceof Block.Cell.AnswerBar bar && first) {
            Node fig = node == null ? null : node.add(Role.FIGURE);
            if (fig != null) {
                fig.alt = bar.alt();
            }
            Mark figure = fig == null ? page.artifact() : page.tagged(fig);
            int perRow = Math.max(1, (int) Math.floor((width + DOT_GAP) / (DOT + DOT_GAP)));
            for (int k = 0; k < bar.dots().size(); k++) {
                Block.Dot dot = bar.dots().get(k);
                float dx = x + (k % perRow) * (DOT + DOT_GAP);
                float dy = top - (k / perRow) * (DOT + DOT_GAP) - DOT;
                figure.ops.add(new Op.Box(dx, dy, DOT, DOT, 3f, Palette.fill(dot.tone()), Palette.edge(dot.tone()), 0.6f));
                String symbol = textLayout.setter.clean(dot.symbol());
                float sw = Style.DOT.face().width(symbol, Style.DOT.size());
                figure.ops.add(new Op.Show(dx + (DOT - sw) / 2f, dy + 3.8f, Style.DOT.face(), Style.DOT.size(),
                        Palette.ink(dot.tone()), symbol));
            }
            Node p = node == null ? null : node.add(Role.P);
            Mark caption = p == null ? page.artifact() : page.tagged(p);
            if (c.captionX() >= 0f) {
                float captionTop = top - (Math.max(DOT, Style.CAPTION.leading()) - Style.CAPTION.leading()) / 2f;
                textLayout.emit(caption, c.caption(), 0, c.caption().size(), Style.CAPTION, x + c.captionX(), captionTop,
                        false, 0f);
            } else {
                float captionTop = top - c.dotRows() * (DOT + DOT_GAP) - (c.dotRows() > 0 ? 3f : 0f);
                textLayout.emit(caption, c.caption(), 0, c.caption().size(), Style.CAPTION, x, captionTop, false, 0f);
            }
        } else if (c.cell() instanceof Block.Cell.TickBox && first) {
            Mark mark = node == null ? page.artifact() : page.tagged(node);
            mark.ops.add(new Op.Box(x + (width - TICK) / 2f, top - TICK - 1f, TICK, TICK, 1.5f, Palette.WHITE,
                    Palette.QUIET, 0.9f));
        }
    }
}
