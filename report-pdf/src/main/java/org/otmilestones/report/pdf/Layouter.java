package org.otmilestones.report.pdf;

import java.util.List;
import java.util.Map;
import org.otmilestones.report.Block;
import org.otmilestones.report.Handout;
import org.otmilestones.report.Logo;
import org.otmilestones.report.Text;

/**
 * The layout layer: places every block of a handout on pages, each with its structure role, keeps
 * headings with what follows them, avoids single lines at a page's top or bottom, and splits long
 * tables between rows with the header row repeated.
 */
final class Layouter {

    static final float LIST_INDENT = 16f;
    static final int SHORT_INTRO_LINES = 3;
    static final float ITEM_GAP = 3f;
    static final float BOX_PAD = 10f;
    static final float BOX_BAR = 4f;
    static final float BOX_GAP = 8f;
    static final float H2_RULE_GAP = 4f;
    static final float LOGO_MAX_H = 56f;
    static final float LOGO_MAX_W = 150f;
    static final Style BANNER_NAME = new Style(14f, 18f, Face.BOLD, Palette.ACCENT, 0f, 0f);

    final Flow flow;
    final TextSetter setter;
    final Node root = new Node(Role.DOCUMENT);
    private final Map<Logo, float[]> logoSizes;
    private final TableLayout tables;

    /**
     * @param logoSizes each logo's natural width and height in points
     */
    Layouter(Geometry geometry, TextSetter setter, Map<Logo, float[]> logoSizes) {
        this.flow = new Flow(geometry);
        this.setter = setter;
        this.logoSizes = logoSizes;
        this.tables = new TableLayout(this);
    }

    /** Lays out the whole handout and its footers. */
    List<Page> layout(Handout handout) {
        blocks(handout.blocks(), root);
        decorate(handout.footer());
        return flow.pages;
    }

    void blocks(List<Block> blocks, Node parent) {
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Block.Heading || b instanceof Block.Section) {
                // No heading alone at the bottom of a page: it comes with the start of what follows.
                flow.ensure(leadHeight(blocks, i));
            }
            block(b, parent);
        }
    }

    private void block(Block b, Node parent) {
        if (b instanceof Block.Section s) {
            blocks(s.blocks(), parent.add(Role.SECT));
        } else if (b instanceof Block.Heading h) {
            heading(h, parent);
        } else if (b instanceof Block.Paragraph p) {
            paragraph(p.text(), style(p.style()), parent.add(Role.P));
        } else if (b instanceof Block.BulletList l) {
            list(l, parent);
        } else if (b instanceof Block.Callout c) {
            callout(c, parent);
        } else if (b instanceof Block.ClinicBanner c) {
            banner(c, parent);
        } else if (b instanceof Block.WriteInLines w) {
            writeIn(w, parent);
        } else if (b instanceof Block.Table t) {
            tables.table(t, parent);
        } else {
            throw new IllegalStateException("no layout for " + b.getClass().getSimpleName());
        }
    }

    static Style style(Block.ParagraphStyle style) {
        return switch (style) {
            case BODY -> Style.BODY;
            case LEAD -> Style.LEAD;
            case QUIET -> Style.QUIET;
        };
    }

    static Style headingStyle(int level) {
        return level == 1 ? Style.H1 : level == 2 ? Style.H2 : Style.H3;
    }

    // ---- keep-with-next -------------------------------------------------------------------

    /** The height block {@code i} needs on this page: its first part, plus the next block's for a heading. */
    float leadHeight(List<Block> blocks, int i) {
        Block b = blocks.get(i);
        if (b instanceof Block.Section s) {
            return s.blocks().isEmpty() ? 0f : leadHeight(s.blocks(), 0);
        }
        float h = firstPartHeight(b);
        if (b instanceof Block.Heading && i + 1 < blocks.size()) {
            Block next = blocks.get(i + 1);
            h += leadHeight(blocks, i + 1);
            // A short introduction belongs with what it introduces: keep heading, intro and the
            // start of the next block together.
            if (next instanceof Block.Paragraph p && i + 2 < blocks.size()
                    && setter.lines(p.text(), style(p.style()), flow.width).size() <= SHORT_INTRO_LINES) {
                h += Style.BODY.spaceAfter() + leadHeight(blocks, i + 2);
            }
        }
        return h;
    }

    private float firstPartHeight(Block b) {
        float w = flow.width;
        if (b instanceof Block.Heading h) {
            return headingHeight(h, w, flow.fresh);
        } else if (b instanceof Block.Paragraph p) {
            Style s = style(p.style());
            return Math.min(2, setter.lines(p.text(), s, w).size()) * s.leading();
        } else if (b instanceof Block.BulletList l) {
            Style s = style(l.style());
            return Math.min(2, setter.lines(l.items().get(0), s, w - LIST_INDENT).size()) * s.leading();
        } else if (b instanceof Block.Callout c) {
            return Math.min(flow.pageHeight(), calloutHeight(c) + BOX_GAP);
        } else if (b instanceof Block.Table t) {
            return tables.firstPartHeight(t);
        }
        return 0f;
    }

    // ---- text blocks ----------------------------------------------------------------------

    private float headingHeight(Block.Heading h, float width, boolean atTop) {
        Style s = headingStyle(h.level());
        float rule = h.level() == 2 ? H2_RULE_GAP : 0f;
        return (atTop ? 0f : s.spaceBefore()) + setter.lines(h.text(), s, width).size() * s.leading() + rule
                + s.spaceAfter();
    }

    private void heading(Block.Heading h, Node parent) {
        Style s = headingStyle(h.level());
        Role role = h.level() == 1 ? Role.H1 : h.level() == 2 ? Role.H2 : Role.H3;
        List<Line> lines = setter.lines(h.text(), s, flow.width);
        float body = lines.size() * s.leading();
        flow.ensure(flow.before(s.spaceBefore()) + body);
        flow.advance(flow.before(s.spaceBefore()));
        Mark mark = flow.page.tagged(parent.add(role));
        emit(mark, lines, 0, lines.size(), s, flow.left, flow.y, false, 0f);
        flow.advance(body);
        if (h.level() == 2) {
            Mark rule = flow.page.artifact();
            rule.ops.add(new Op.Rule(flow.left, flow.y - 2f, flow.left + flow.width, flow.y - 2f, Palette.RULE, 0.8f));
            flow.advance(H2_RULE_GAP);
        }
        flow.gap(s.spaceAfter());
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
    private void placeLines(List<Line> lines, Style style, Node leaf, float x, Node labelNode, String label) {
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

    private void list(Block.BulletList l, Node parent) {
        Style style = style(l.style());
        Node list = parent.add(Role.L);
        float x = flow.left + LIST_INDENT;
        float w = flow.width - LIST_INDENT;
        for (int k = 0; k < l.items().size(); k++) {
            List<Line> lines = setter.lines(l.items().get(k), style, w);
            if (lines.isEmpty()) {
                continue;
            }
            Node item = list.add(Role.LI);
            Node label = item.add(Role.LBL);
            Node body = item.add(Role.LBODY);
            if (k > 0) {
                flow.advance(flow.before(ITEM_GAP));
            }
            placeLines(lines, style, body, x, label, "•");
        }
        flow.gap(style.spaceAfter());
    }

    private float listHeight(Block.BulletList l, float width) {
        Style style = style(l.style());
        float h = 0f;
        for (int k = 0; k < l.items().size(); k++) {
            h += (k > 0 ? ITEM_GAP : 0f)
                    + setter.lines(l.items().get(k), style, width - LIST_INDENT).size() * style.leading();
        }
        return h;
    }

    // ---- boxes ----------------------------------------------------------------------------

    /** The height of a callout's box: padding plus its blocks, without the last block's space below. */
    float calloutHeight(Block.Callout c) {
        float inner = flow.width - 2 * BOX_PAD - BOX_BAR;
        float h = 0f;
        float lastAfter = 0f;
        for (int k = 0; k < c.blocks().size(); k++) {
            Block b = c.blocks().get(k);
            boolean first = k == 0;
            if (b instanceof Block.Heading hd) {
                Style s = headingStyle(hd.level());
                h += headingHeight(hd, inner, first);
                lastAfter = s.spaceAfter();
            } else if (b instanceof Block.Paragraph p) {
                Style s = style(p.style());
                h += (first ? 0f : s.spaceBefore()) + setter.lines(p.text(), s, inner).size() * s.leading()
                        + s.spaceAfter();
                lastAfter = s.spaceAfter();
            } else if (b instanceof Block.BulletList l) {
                h += listHeight(l, inner) + Style.BODY.spaceAfter();
                lastAfter = Style.BODY.spaceAfter();
            } else {
                throw new IllegalStateException("a callout holds headings, paragraphs and lists, not "
                        + b.getClass().getSimpleName());
            }
        }
        return h - lastAfter + 2 * BOX_PAD;
    }

    private void callout(Block.Callout c, Node parent) {
        Node div = parent.add(Role.DIV);
        float total = calloutHeight(c);
        if (total > flow.pageHeight()) {
            // Taller than a page: let it flow without its box rather than cut it.
            blocks(c.blocks(), div);
            return;
        }
        flow.ensure(flow.before(BOX_GAP) + total);
        flow.advance(flow.before(BOX_GAP));
        float top = flow.y;
        Mark bg = flow.page.artifact();
        bg.ops.add(new Op.Box(flow.left, top - total, flow.width, total, 5f, Palette.tint(c.tone()),
                Palette.edge(c.tone()), 0.6f));
        bg.ops.add(new Op.Box(flow.left, top - total, BOX_BAR + 2f, total, 2f, Palette.edge(c.tone()), null, 0f));
        float savedLeft = flow.left;
        float savedWidth = flow.width;
        flow.left = savedLeft + BOX_BAR + BOX_PAD;
        flow.width = savedWidth - 2 * BOX_PAD - BOX_BAR;
        flow.y = top - BOX_PAD;
        flow.fresh = true;
        flow.noBreak = true;
        try {
            blocks(c.blocks(), div);
        } finally {
            flow.noBreak = false;
            flow.left = savedLeft;
            flow.width = savedWidth;
        }
        flow.y = top - total;
        flow.fresh = false;
        flow.gap(BOX_GAP);
    }

    private void banner(Block.ClinicBanner b, Node parent) {
        float logoW = 0f;
        float logoH = 0f;
        if (b.logo().isPresent()) {
            float[] size = logoSizes.get(b.logo().get());
            float scale = Math.min(LOGO_MAX_H / size[1], LOGO_MAX_W / size[0]);
            logoW = size[0] * scale;
            logoH = size[1] * scale;
        }
        float textX = flow.left + (logoW > 0 ? logoW + 14f : 0f);
        float textW = flow.left + flow.width - textX;
        float textH = 0f;
        List<List<Line>> set = new java.util.ArrayList<>();
        List<Style> styles = new java.util.ArrayList<>();
        for (int k = 0; k < b.lines().size(); k++) {
            Text t = b.lines().get(k);
            Style s = k == 0 && isStrong(t) ? BANNER_NAME : Style.BANNER;
            List<Line> lines = setter.lines(t, s, textW);
            set.add(lines);
            styles.add(s);
            textH += lines.size() * s.leading();
        }
        float h = Math.max(logoH, textH);
        flow.ensure(h);
        float top = flow.y;
        if (logoW > 0) {
            Node fig = parent.add(Role.FIGURE);
            fig.alt = b.logoAlt();
            flow.page.tagged(fig).ops.add(new Op.Picture(b.logo().get(), flow.left, top - (h + logoH) / 2f, logoW, logoH));
        }
        float y = top - (h - textH) / 2f;
        for (int k = 0; k < set.size(); k++) {
            Mark mark = flow.page.tagged(parent.add(Role.P));
            emit(mark, set.get(k), 0, set.get(k).size(), styles.get(k), textX, y, false, 0f);
            y -= set.get(k).size() * styles.get(k).leading();
        }
        flow.advance(h + 10f);
        Mark rule = flow.page.artifact();
        rule.ops.add(new Op.Rule(flow.left, flow.y, flow.left + flow.width, flow.y, Palette.RULE, 1f));
        flow.advance(14f);
    }

    private static boolean isStrong(Text t) {
        return t.spans().stream().allMatch(s -> s.emphasis() == Text.Emphasis.STRONG);
    }

    private void writeIn(Block.WriteInLines w, Node parent) {
        float rowH = 30f;
        float minLine = 150f;
        for (String label : w.labels()) {
            List<Line> lines = setter.lines(Text.of(label), Style.BODY, flow.width - minLine);
            float labelW = 0f;
            for (Line l : lines) {
                labelW = Math.max(labelW, l.width());
            }
            float h = rowH + (lines.size() - 1) * Style.BODY.leading();
            flow.ensure(h);
            float lastBaseline = flow.y - h + 8f;
            float firstTop = lastBaseline + Style.BODY.ascent() + (lines.size() - 1) * Style.BODY.leading();
            Mark mark = flow.page.tagged(parent.add(Role.P));
            emit(mark, lines, 0, lines.size(), Style.BODY, flow.left, firstTop, false, 0f);
            Mark rule = flow.page.artifact();
            rule.ops.add(new Op.Rule(flow.left + labelW + 8f, lastBaseline - 2f, flow.left + flow.width,
                    lastBaseline - 2f, Palette.QUIET, 0.7f));
            flow.advance(h);
        }
        flow.gap(10f);
    }

    // ---- page decorations -----------------------------------------------------------------

    /** Adds each page's footer ("page X of Y") and top band, as artifacts. */
    private void decorate(Handout.Footer footer) {
        Geometry g = flow.geometry;
        int count = flow.pages.size();
        for (int i = 0; i < count; i++) {
            Mark m = flow.pages.get(i).artifact();
            m.ops.add(new Op.Box(0f, g.height() - 6f, g.width(), 6f, 0f, Palette.RULE, null, 0f));
            float ruleY = g.footerBaseline() + 14f;
            m.ops.add(new Op.Rule(g.left(), ruleY, g.right(), ruleY, Palette.RULE, 0.8f));
            Style s = Style.FOOTER;
            Line center = setter.oneLine(footer.pageLabel(i + 1, count), s, g.contentWidth() / 4f);
            float side = (g.contentWidth() - center.width()) / 2f - 14f;
            Line left = setter.oneLine(footer.left(), s, side);
            Line right = setter.oneLine(footer.right(), s, side);
            float base = g.footerBaseline();
            addLine(m, left, g.left(), base, s);
            addLine(m, center, g.left() + (g.contentWidth() - center.width()) / 2f, base, s);
            addLine(m, right, g.right() - right.width(), base, s);
        }
    }

    private static void addLine(Mark m, Line line, float x, float baseline, Style s) {
        for (Line.Piece p : line.pieces()) {
            m.ops.add(new Op.Show(x + p.x(), baseline, p.face(), s.size(), p.color(), p.text()));
        }
    }
}
