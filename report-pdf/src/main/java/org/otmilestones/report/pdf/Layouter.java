package org.otmilestones.report.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.otmilestones.report.Block;
import org.otmilestones.report.Handout;
import org.otmilestones.report.Logo;
import org.otmilestones.report.Text;

/**
 * The layout layer's first half: chooses a layout for each kind of block (one entry per kind of {@link Block})
 * and places the blocks on pages, each with its structure role, keeping headings with what follows them. How
 * text is set (lines, the flow down the page, single lines kept off a page's top or bottom) is the other half,
 * {@link TextLayout}, which the block layouts ({@link TableLayout}, {@link PartsLayout}, {@link ChartLayout})
 * use alone.
 */
final class Layouter {

    static final float LIST_INDENT = TextLayout.LIST_INDENT;
    static final int SHORT_INTRO_LINES = 3;
    /** Sections up to this share of a page are kept on one page. */
    static final float KEEP_SECTION_SHARE = 0.3f;
    /** Lists up to this share of a page are kept on one page. */
    static final float KEEP_LIST_SHARE = 0.25f;
    static final float ITEM_GAP = 3f;
    static final float BOX_PAD = 8f;
    static final float BOX_BAR = 4f;
    static final float BOX_GAP = 8f;
    static final float H2_RULE_GAP = 4f;

    final Flow flow;
    final TextSetter setter;
    /** The text half: where the flow is and how lines are set; the block layouts use it and nothing else here. */
    final TextLayout text;
    final Node root = new Node(Role.DOCUMENT);
    private final TableLayout tables;
    private final PartsLayout parts;
    private final ChartLayout charts;
    /** How each kind of block is measured and placed: one entry per kind, so a new kind is one new entry. */
    private final Map<Class<? extends Block>, Kind<?>> kinds = new HashMap<>();

    /**
     * How one kind of block is measured and placed. A kind that cannot be measured ahead (a banner, write-in
     * lines) keeps the defaults: nothing needed on the page first, and a height that never fits.
     */
    private abstract static class Kind<B extends Block> {
        final Class<B> type;

        Kind(Class<B> type) {
            this.type = type;
        }

        /** Places the block at the flow's position, under {@code parent} in the structure tree. */
        abstract void place(B block, Node parent);

        /** The height the block's first part needs on the current page, so it does not start at its foot. */
        float firstPartHeight(B block) {
            return 0f;
        }

        /**
         * Its height in a fresh frame of this width, with the space above it unless it comes first, and the
         * space below it; {@link Float#MAX_VALUE} when it cannot be measured there.
         */
        float height(B block, float width, boolean first) {
            return Float.MAX_VALUE;
        }

        /** The space below it, which the last block of a frame does not need. */
        float spaceAfter(B block) {
            return 0f;
        }
    }

    /** True when this kind of block has a layout. */
    boolean hasLayout(Class<? extends Block> kind) {
        return kinds.containsKey(kind);
    }

    private <B extends Block> void add(Kind<B> kind) {
        kinds.put(kind.type, kind);
    }

    private Kind<?> kindOf(Block b) {
        Kind<?> kind = kinds.get(b.getClass());
        if (kind == null) {
            throw new IllegalStateException("no layout for " + b.getClass().getSimpleName());
        }
        return kind;
    }

    private static <B extends Block> void place(Kind<B> kind, Block b, Node parent) {
        kind.place(kind.type.cast(b), parent);
    }

    private static <B extends Block> float firstPartHeight(Kind<B> kind, Block b) {
        return kind.firstPartHeight(kind.type.cast(b));
    }

    private static <B extends Block> float height(Kind<B> kind, Block b, float width, boolean first) {
        return kind.height(kind.type.cast(b), width, first);
    }

    private static <B extends Block> float spaceAfter(Kind<B> kind, Block b) {
        return kind.spaceAfter(kind.type.cast(b));
    }

    /**
     * @param logoSizes each logo's natural width and height in points
     */
    Layouter(Geometry geometry, TextSetter setter, Map<Logo, float[]> logoSizes) {
        this.text = new TextLayout(new Flow(geometry), setter);
        this.flow = text.flow;
        this.setter = setter;
        this.tables = new TableLayout(text);
        this.parts = new PartsLayout(text, logoSizes);
        this.charts = new ChartLayout(text);
        registerKinds();
    }

    private void registerKinds() {
        add(new Kind<>(Block.Section.class) {
            @Override
            void place(Block.Section s, Node parent) {
                // A short section stays on one page rather than leaving a few lines on the next.
                float whole = blocksHeight(s.blocks(), flow.width);
                if (whole <= flow.pageHeight() * KEEP_SECTION_SHARE) {
                    // Measured as if at the top of a page: here a heading first has its space above too.
                    float above = !s.blocks().isEmpty() && s.blocks().get(0) instanceof Block.Heading h
                            ? flow.before(headingStyle(h.level()).spaceBefore()) : 0f;
                    flow.ensure(above + whole);
                }
                blocks(s.blocks(), parent.add(Role.SECT));
            }
        });
        add(new Kind<>(Block.Heading.class) {
            @Override
            void place(Block.Heading h, Node parent) {
                heading(h, parent);
            }

            @Override
            float firstPartHeight(Block.Heading h) {
                return headingHeight(h, flow.width, flow.fresh);
            }

            @Override
            float height(Block.Heading h, float width, boolean first) {
                return headingHeight(h, width, first);
            }

            @Override
            float spaceAfter(Block.Heading h) {
                return headingStyle(h.level()).spaceAfter();
            }
        });
        add(new Kind<>(Block.Paragraph.class) {
            @Override
            void place(Block.Paragraph p, Node parent) {
                text.paragraph(p.text(), style(p.style()), parent.add(Role.P));
            }

            @Override
            float firstPartHeight(Block.Paragraph p) {
                Style s = style(p.style());
                return Math.min(2, setter.lines(p.text(), s, flow.width).size()) * s.leading();
            }

            @Override
            float height(Block.Paragraph p, float width, boolean first) {
                Style s = style(p.style());
                return (first ? 0f : s.spaceBefore()) + setter.lines(p.text(), s, width).size() * s.leading()
                        + s.spaceAfter();
            }

            @Override
            float spaceAfter(Block.Paragraph p) {
                return style(p.style()).spaceAfter();
            }
        });
        add(new Kind<>(Block.BulletList.class) {
            @Override
            void place(Block.BulletList l, Node parent) {
                list(l, parent);
            }

            @Override
            float firstPartHeight(Block.BulletList l) {
                // A short list stays whole; a long one needs at least its first two lines here.
                Style s = style(l.style());
                float whole = listHeight(l, flow.width);
                return whole <= flow.pageHeight() * KEEP_LIST_SHARE ? whole
                        : Math.min(2, setter.lines(l.items().get(0), s, flow.width - LIST_INDENT).size()) * s.leading();
            }

            @Override
            float height(Block.BulletList l, float width, boolean first) {
                return listHeight(l, width) + style(l.style()).spaceAfter();
            }

            @Override
            float spaceAfter(Block.BulletList l) {
                return style(l.style()).spaceAfter();
            }
        });
        add(new Kind<>(Block.Callout.class) {
            @Override
            void place(Block.Callout c, Node parent) {
                callout(c, parent);
            }

            @Override
            float firstPartHeight(Block.Callout c) {
                return Math.min(flow.pageHeight(), calloutHeight(c) + BOX_GAP);
            }

            @Override
            float height(Block.Callout c, float width, boolean first) {
                // Boxes are measured at the full width only: inside another box they are not drawn.
                return width == flow.width ? (first ? 0f : BOX_GAP) + calloutHeight(c) + BOX_GAP : Float.MAX_VALUE;
            }

            @Override
            float spaceAfter(Block.Callout c) {
                return BOX_GAP;
            }
        });
        add(new Kind<>(Block.Table.class) {
            @Override
            void place(Block.Table t, Node parent) {
                tables.table(t, parent);
            }

            @Override
            float firstPartHeight(Block.Table t) {
                return tables.firstPartHeight(t);
            }

            @Override
            float height(Block.Table t, float width, boolean first) {
                return width == flow.width ? tables.height(t) : Float.MAX_VALUE;
            }

            @Override
            float spaceAfter(Block.Table t) {
                return Style.BODY.spaceAfter() + 2f;
            }
        });
        add(new Kind<>(Block.Facts.class) {
            @Override
            void place(Block.Facts f, Node parent) {
                parts.facts(f, parent);
            }

            @Override
            float firstPartHeight(Block.Facts f) {
                return 2 * PartsLayout.FACT_PAD + Style.VALUE.leading();
            }
        });
        add(new Kind<>(Block.ClinicBanner.class) {
            @Override
            void place(Block.ClinicBanner c, Node parent) {
                parts.banner(c, parent);
            }
        });
        add(new Kind<>(Block.AgeChart.class) {
            @Override
            void place(Block.AgeChart c, Node parent) {
                charts.place(c, parent);
            }

            @Override
            float firstPartHeight(Block.AgeChart c) {
                // All of it: the five areas' charts are read side by side, never across a page break.
                return charts.height(c, flow.width);
            }

            @Override
            float height(Block.AgeChart c, float width, boolean first) {
                return charts.height(c, width) + Style.BODY.spaceAfter();
            }

            @Override
            float spaceAfter(Block.AgeChart c) {
                return Style.BODY.spaceAfter();
            }
        });
        add(new Kind<>(Block.PageBreak.class) {
            @Override
            void place(Block.PageBreak b, Node parent) {
                if (!flow.fresh) {
                    flow.newPage();
                }
            }

            @Override
            float height(Block.PageBreak b, float width, boolean first) {
                return 0f;
            }
        });
        add(new Kind<>(Block.WriteInLines.class) {
            @Override
            void place(Block.WriteInLines w, Node parent) {
                parts.writeIn(w, parent);
            }
        });
    }

    /** Lays out the whole handout and its footers. */
    List<Page> layout(Handout handout) {
        blocks(handout.blocks(), root);
        parts.decorate(handout.footer());
        return flow.pages;
    }

    void blocks(List<Block> blocks, Node parent) {
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Block.Heading || b instanceof Block.Section) {
                // No heading alone at the bottom of a page: it comes with the start of what follows.
                flow.ensure(leadHeight(blocks, i));
            } else if (b instanceof Block.Paragraph p && introduces(p) && i + 1 < blocks.size()) {
                // "...any of these signs:" belongs on the page where the signs start.
                flow.ensure(leadHeight(blocks, i) + style(p.style()).spaceAfter() + leadHeight(blocks, i + 1));
            }
            block(b, parent);
        }
    }

    private void block(Block b, Node parent) {
        place(kindOf(b), b, parent);
    }

    /** A paragraph that ends with a colon introduces what follows it. */
    private static boolean introduces(Block.Paragraph p) {
        return p.text().plain().stripTrailing().endsWith(":");
    }

    static Style style(Block.ParagraphStyle style) {
        return switch (style) {
            case BODY -> Style.BODY;
            case LEAD -> Style.LEAD;
            case QUIET -> Style.QUIET;
            case LABEL -> Style.LABEL_LINE;
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
        return firstPartHeight(kindOf(b), b);
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
        text.emit(mark, lines, 0, lines.size(), s, flow.left, flow.y, false, 0f);
        flow.advance(body);
        if (h.level() == 2) {
            Mark rule = flow.page.artifact();
            rule.ops.add(new Op.Rule(flow.left, flow.y - 2f, flow.left + flow.width, flow.y - 2f, Palette.RULE, 0.8f));
            flow.advance(H2_RULE_GAP);
        }
        flow.gap(s.spaceAfter());
    }

    private void list(Block.BulletList l, Node parent) {
        Style style = style(l.style());
        float whole = listHeight(l, flow.width);
        if (whole <= flow.pageHeight() * KEEP_LIST_SHARE) {
            flow.ensure(whole);
        }
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
            text.placeLines(lines, style, body, x, label, "•");
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
        return blocksHeight(c.blocks(), inner) + 2 * BOX_PAD;
    }

    /**
     * The height of blocks laid out on one page from the top of a frame, without the last block's
     * space below; a block kind it cannot measure counts as a full page.
     */
    float blocksHeight(List<Block> blocks, float width) {
        float h = 0f;
        float lastAfter = 0f;
        for (int k = 0; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            Kind<?> kind = kindOf(b);
            float own = height(kind, b, width, k == 0);
            if (own == Float.MAX_VALUE) {
                return Float.MAX_VALUE;
            }
            h += own;
            lastAfter = spaceAfter(kind, b);
        }
        return h - lastAfter;
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

}
