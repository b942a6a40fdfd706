package org.otmilestones.report.pdf;

import java.util.List;
import java.util.Map;
import org.otmilestones.report.Block;
import org.otmilestones.report.Handout;
import org.otmilestones.report.Logo;
import org.otmilestones.report.Text;

/**
 * Lays out the handout's fixed parts: the clinic banner, the facts grid, the write-in lines of the
 * blank checklist, and every page's footer and top band.
 */
final class PartsLayout {

    static final float LOGO_MAX_H = 44f;
    static final float LOGO_MAX_W = 150f;
    static final float FACT_LABEL_W = 84f;
    static final float FACT_PAD = 4f;

    private final TextLayout textLayout;
    private final Map<Logo, float[]> logoSizes;

    PartsLayout(TextLayout textLayout, Map<Logo, float[]> logoSizes) {
        this.textLayout = textLayout;
        this.logoSizes = logoSizes;
    }

    void banner(Block.ClinicBanner b, Node parent) {
        Flow flow = textLayout.flow;
        float logoW = 0f;
        float logoH = 0f;
        if (b.logo().isPresent()) {
            float[] size = logoSizes.get(b.logo().get());
            float scale = Math.min(LOGO_MAX_H / size[1], LOGO_MAX_W / size[0]);
            logoW = size[0] * scale;
            logoH = size[1] * scale;
        }
        // Contact lines in a right-hand column, as wide as the widest of them (at most 45% of the width).
        float contactW = 0f;
        List<Line> contact = new java.util.ArrayList<>();
        List<Style> contactStyles = new java.util.ArrayList<>();
        for (Text t : b.contact()) {
            Style s = isStrong(t) ? Style.BANNER_STRONG : Style.BANNER;
            for (Line line : textLayout.setter.lines(t, s, flow.width * 0.45f)) {
                contact.add(line);
                contactStyles.add(s);
                contactW = Math.max(contactW, line.width());
            }
        }
        float textX = flow.left + (logoW > 0 ? logoW + 14f : 0f);
        float textW = flow.left + flow.width - textX - (contactW > 0 ? contactW + 16f : 0f);
        float textH = 0f;
        List<List<Line>> set = new java.util.ArrayList<>();
        List<Style> styles = new java.util.ArrayList<>();
        for (int k = 0; k < b.lines().size(); k++) {
            Text t = b.lines().get(k);
            Style s = k == 0 && isStrong(t) ? Style.BANNER_NAME : Style.BANNER;
            List<Line> lines = textLayout.setter.lines(t, s, textW);
            set.add(lines);
            styles.add(s);
            textH += lines.size() * s.leading();
        }
        float contactH = contact.size() * Style.BANNER.leading();
        float h = Math.max(logoH, Math.max(textH, contactH));
        flow.ensure(h);
        float top = flow.y;
        if (logoW > 0) {
            Node fig = parent.add(Role.FIGURE);
            fig.alt = b.logoAlt();
            flow.page.tagged(fig).ops.add(new Op.Picture(b.logo().get(), flow.left, top - (h + logoH) / 2f, logoW,
                    logoH));
        }
        float y = top - (h - textH) / 2f;
        for (int k = 0; k < set.size(); k++) {
            Mark mark = flow.page.tagged(parent.add(Role.P));
            textLayout.emit(mark, set.get(k), 0, set.get(k).size(), styles.get(k), textX, y, false, 0f);
            y -= set.get(k).size() * styles.get(k).leading();
        }
        float cy = top - (h - contactH) / 2f;
        for (int k = 0; k < contact.size(); k++) {
            Line line = contact.get(k);
            Mark mark = flow.page.tagged(parent.add(Role.P));
            textLayout.emit(mark, List.of(line), 0, 1, contactStyles.get(k), flow.left + flow.width - line.width(), cy,
                    false, 0f);
            cy -= Style.BANNER.leading();
        }
        flow.advance(h + 8f);
        Mark rule = flow.page.artifact();
        rule.ops.add(new Op.Rule(flow.left, flow.y, flow.left + flow.width, flow.y, Palette.RULE, 1f));
        flow.advance(10f);
    }

    private static boolean isStrong(Text t) {
        return t.spans().stream().allMatch(s -> s.emphasis() == Text.Emphasis.STRONG);
    }
    /** Labelled lines to write on, two to a row so the blank checklist keeps its pages for the questions. */
    void writeIn(Block.WriteInLines w, Node parent) {
        Flow flow = textLayout.flow;
        float rowH = 25f;
        float minLine = 90f;
        float gutter = 18f;
        float colW = (flow.width - gutter) / 2f;
        for (int i = 0; i < w.labels().size(); i += 2) {
            List<String> row = w.labels().subList(i, Math.min(i + 2, w.labels().size()));
            // A lone last label, or one too long for half the width, takes the whole row.
            boolean whole = row.size() == 1 || row.stream().anyMatch(l ->
                    textLayout.setter.lines(Text.of(l), Style.BODY, colW - minLine).size() > 1);
            List<String> cells = whole ? List.of(row.get(0)) : row;
            float cellW = whole ? flow.width : colW;
            List<List<Line>> set = new java.util.ArrayList<>();
            int most = 1;
            for (String label : cells) {
                List<Line> lines = textLayout.setter.lines(Text.of(label), Style.BODY, cellW - minLine);
                set.add(lines);
                most = Math.max(most, lines.size());
            }
            float h = rowH + (most - 1) * Style.BODY.leading();
            flow.ensure(h);
            float lastBaseline = flow.y - h + 8f;
            for (int k = 0; k < cells.size(); k++) {
                List<Line> lines = set.get(k);
                float x = flow.left + k * (colW + gutter);
                float labelW = 0f;
                for (Line l : lines) {
                    labelW = Math.max(labelW, l.width());
                }
                float firstTop = lastBaseline + Style.BODY.ascent() + (lines.size() - 1) * Style.BODY.leading();
                Mark mark = flow.page.tagged(parent.add(Role.P));
                textLayout.emit(mark, lines, 0, lines.size(), Style.BODY, x, firstTop, false, 0f);
                Mark rule = flow.page.artifact();
                rule.ops.add(new Op.Rule(x + labelW + 8f, lastBaseline - 2f, x + cellW, lastBaseline - 2f, Palette.QUIET,
                        0.7f));
            }
            flow.advance(h);
            if (whole && row.size() == 2) {
                i--;
            }
        }
        flow.gap(8f);
    }
    /** Facts two to a row: label and value side by side, one paragraph per fact, read row by row. */
    void facts(Block.Facts f, Node parent) {
        float gutter = 18f;
        float colW = (textLayout.flow.width - gutter) / 2f;
        // As wide as the widest label, so no label breaks while the values have room.
        float labelW = FACT_LABEL_W;
        for (Block.Fact fact : f.facts()) {
            labelW = Math.max(labelW, textLayout.setter.oneLine(fact.label(), Style.LABEL, colW).width() + 2f);
        }
        labelW = Math.min(labelW, colW * 0.45f);
        float valueW = colW - labelW - 6f;
        for (int i = 0; i < f.facts().size(); i += 2) {
            List<Block.Fact> row = f.facts().subList(i, Math.min(i + 2, f.facts().size()));
            List<List<Line>> labels = new java.util.ArrayList<>();
            List<List<Line>> values = new java.util.ArrayList<>();
            float h = 0f;
            for (Block.Fact fact : row) {
                List<Line> l = textLayout.setter.lines(Text.of(fact.label()), Style.LABEL, labelW);
                List<Line> v = textLayout.setter.lines(fact.value(), Style.VALUE, valueW);
                labels.add(l);
                values.add(v);
                h = Math.max(h, Math.max(l.size() * Style.LABEL.leading(), v.size() * Style.VALUE.leading()));
            }
            h += 2 * FACT_PAD;
            textLayout.flow.ensure(h);
            float top = textLayout.flow.y;
            for (int k = 0; k < row.size(); k++) {
                float x = textLayout.flow.left + k * (colW + gutter);
                Mark mark = textLayout.flow.page.tagged(parent.add(Role.P));
                textLayout.emit(mark, labels.get(k), 0, labels.get(k).size(), Style.LABEL, x, top - FACT_PAD - 0.5f, false, 0f);
                textLayout.emit(mark, values.get(k), 0, values.get(k).size(), Style.VALUE, x + labelW + 6f, top - FACT_PAD, false, 0f);
                Mark rule = textLayout.flow.page.artifact();
                rule.ops.add(new Op.Rule(x, top - h, x + colW, top - h, Palette.TABLE_RULE, 0.7f));
            }
            textLayout.flow.advance(h);
        }
        textLayout.flow.gap(Style.BODY.spaceAfter() + 3f);
    }
    /** Adds each page's footer ("page X of Y") and top band, as artifacts. */
    void decorate(Handout.Footer footer) {
        Geometry g = textLayout.flow.geometry;
        int count = textLayout.flow.pages.size();
        for (int i = 0; i < count; i++) {
            Mark m = textLayout.flow.pages.get(i).artifact();
            m.ops.add(new Op.Box(0f, g.height() - 6f, g.width(), 6f, 0f, Palette.RULE, null, 0f));
            float ruleY = g.footerBaseline() + 14f;
            m.ops.add(new Op.Rule(g.left(), ruleY, g.right(), ruleY, Palette.RULE, 0.8f));
            Style s = Style.FOOTER;
            Line center = textLayout.setter.oneLine(footer.pageLabel(i + 1, count), s, g.contentWidth() / 4f);
            float side = (g.contentWidth() - center.width()) / 2f - 14f;
            Line left = textLayout.setter.oneLine(footer.left(), s, side);
            Line right = textLayout.setter.oneLine(footer.right(), s, side);
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
