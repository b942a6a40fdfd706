package org.otmilestones.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One block of the handout with its meaning (heading, paragraph, list, table, ...); the drawing
 * gives each block its look and its accessibility structure role.
 */
public sealed interface Block {

    /**
     * A group of blocks that belong together under one heading (structure role Sect).
     *
     * @param blocks the blocks
     */
    record Section(List<Block> blocks) implements Block {
        public Section {
            blocks = List.copyOf(blocks);
        }
    }

    /**
     * A heading of level 1 (the title), 2 (a part) or 3 (a sub-part).
     *
     * @param level 1, 2 or 3
     * @param text the words
     */
    record Heading(int level, Text text) implements Block {
        public Heading {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("level must be 1..3, was " + level);
            }
            Objects.requireNonNull(text, "text");
        }
    }

    /** How a paragraph reads. */
    enum ParagraphStyle {
        /** Ordinary body text. */
        BODY,
        /** A slightly larger line under the title. */
        LEAD,
        /** Quieter text: notes, sources, the disclaimer. */
        QUIET,
        /** A short strong line that introduces the list under it ("Try at home:"). */
        LABEL
    }

    /**
     * A paragraph.
     *
     * @param text the words
     * @param style how it reads
     */
    record Paragraph(Text text, ParagraphStyle style) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(style, "style");
        }

        /** A body paragraph of plain words. */
        public static Paragraph of(String text) {
            return new Paragraph(Text.of(text), ParagraphStyle.BODY);
        }
    }

    /**
     * A bulleted list.
     *
     * @param items the items
     * @param style how the items read
     */
    record BulletList(List<Text> items, ParagraphStyle style) implements Block {
        public BulletList {
            items = List.copyOf(items);
            if (items.isEmpty()) {
                throw new IllegalArgumentException("items must not be empty");
            }
            Objects.requireNonNull(style, "style");
        }

        /** A list of body text. */
        public BulletList(List<Text> items) {
            this(items, ParagraphStyle.BODY);
        }
    }

    /** The next block starts on a new page (the therapist's part of the full version). */
    record PageBreak() implements Block {
    }

    /**
     * A boxed note in a tone, such as the notice to talk to the doctor (structure role Div).
     *
     * @param tone the tone
     * @param blocks headings, paragraphs and lists inside the box
     */
    record Callout(Tone tone, List<Block> blocks) implements Block {
        public Callout {
            Objects.requireNonNull(tone, "tone");
            blocks = List.copyOf(blocks);
        }
    }

    /**
     * The clinic's name, logo and contact lines at the top of page 1.
     *
     * @param logo the logo, if the clinic has one
     * @param logoAlt the logo's alternative text
     * @param lines the name and address lines; the first is the name when there is one
     * @param contact the phone, e-mail and website lines, set apart so the banner stays short
     */
    record ClinicBanner(Optional<Logo> logo, String logoAlt, List<Text> lines, List<Text> contact) implements Block {
        public ClinicBanner {
            Objects.requireNonNull(logo, "logo");
            Objects.requireNonNull(logoAlt, "logoAlt");
            lines = List.copyOf(lines);
            contact = List.copyOf(contact);
        }

        /** A banner whose lines are all in one column. */
        public ClinicBanner(Optional<Logo> logo, String logoAlt, List<Text> lines) {
            this(logo, logoAlt, lines, List.of());
        }
    }

    /**
     * Short labelled facts (child, date of birth, age...), laid out two to a row.
     *
     * @param facts the facts, in reading order
     */
    record Facts(List<Fact> facts) implements Block {
        public Facts {
            facts = List.copyOf(facts);
        }
    }

    /**
     * One labelled fact.
     *
     * @param label the label ("Date of birth")
     * @param value the value
     */
    record Fact(String label, Text value) {
        public Fact {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * Labelled lines to write on by hand, on the blank checklist.
     *
     * @param labels the labels ("Child's name")
     */
    record WriteInLines(List<String> labels) implements Block {
        public WriteInLines {
            labels = List.copyOf(labels);
        }
    }

    /** Which cells of a table are header cells. */
    enum HeaderCells {
        /** The first row; it repeats on every page the table reaches. */
        FIRST_ROW,
        /** The first cell of every row: a table of labels and values. */
        FIRST_COLUMN
    }

    /** How a column's width is found. */
    enum Sizing {
        /** A share of the width, by its weight against the other shared columns. */
        SHARE,
        /** As wide as its widest cell on one line (at most two fifths of the table); the rest is shared. */
        WIDEST_LINE
    }

    /**
     * A column of a table.
     *
     * @param header the header text (also used for the first-column tables' width only)
     * @param weight the share of the width, relative to the other columns
     * @param centered true to center the cells (tick boxes, symbols)
     * @param sizing how its width is found
     */
    record Column(String header, double weight, boolean centered, Sizing sizing) {
        public Column {
            Objects.requireNonNull(header, "header");
            if (!(weight > 0)) {
                throw new IllegalArgumentException("weight must be above 0, was " + weight);
            }
            Objects.requireNonNull(sizing, "sizing");
        }

        /** A column sized by its share of the width. */
        public Column(String header, double weight, boolean centered) {
            this(header, weight, centered, Sizing.SHARE);
        }
    }

    /** A table cell. */
    sealed interface Cell {
        /** Words. */
        record Words(Text text) implements Cell {
            public Words {
                Objects.requireNonNull(text, "text");
            }
        }

        /**
         * A small row of boxes, one per answer, drawn as a figure, with the counts in words under it.
         *
         * @param dots the answers, one per question in the order of the questions
         * @param alt the figure's alternative text
         * @param caption the counts in words
         */
        record AnswerBar(List<Dot> dots, String alt, Text caption) implements Cell {
            public AnswerBar {
                dots = List.copyOf(dots);
                Objects.requireNonNull(alt, "alt");
                Objects.requireNonNull(caption, "caption");
            }
        }

        /**
         * An empty box to tick by hand.
         *
         * @param label what ticking it means, for readers that cannot see it
         */
        record TickBox(String label) implements Cell {
            public TickBox {
                Objects.requireNonNull(label, "label");
            }
        }

        /** A cell of plain words. */
        static Cell of(String text) {
            return new Words(Text.of(text));
        }

        /** A cell of styled words. */
        static Cell of(Text text) {
            return new Words(text);
        }
    }

    /**
     * One answer in an answer bar: a small box with a symbol.
     *
     * @param symbol the answer's symbol
     * @param tone the answer's tone
     */
    record Dot(String symbol, Tone tone) {
        public Dot {
            Objects.requireNonNull(symbol, "symbol");
            Objects.requireNonNull(tone, "tone");
        }
    }

    /**
     * A table.
     *
     * @param columns the columns
     * @param headerCells which cells are headers
     * @param rows the rows, each with one cell per column
     * @param rowTones a tone per row for its soft background, or empty for none
     */
    record Table(List<Column> columns, HeaderCells headerCells, List<List<Cell>> rows, List<Tone> rowTones)
            implements Block {
        public Table {
            columns = List.copyOf(columns);
            Objects.requireNonNull(headerCells, "headerCells");
            rows = rows.stream().map(List::copyOf).toList();
            rowTones = List.copyOf(rowTones);
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("columns must not be empty");
            }
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).size() != columns.size()) {
                    throw new IllegalArgumentException("rows[" + i + "] has " + rows.get(i).size()
                            + " cells, expected " + columns.size());
                }
            }
            if (!rowTones.isEmpty() && rowTones.size() != rows.size()) {
                throw new IllegalArgumentException("rowTones must be empty or one per row");
            }
        }
    }

    /**
     * The age charts: one row per area on a shared age axis, each row a figure with alternative text
     * that says in words what it shows; the drawing keeps all rows on one page.
     *
     * @param fromMonths the axis's first age, in months
     * @param toMonths the axis's last age, in months (after {@code fromMonths})
     * @param ticks the labelled ages on the axis
     * @param nowMonths the child's age in months (corrected where used), with days as a fraction
     * @param legend the marks' meanings, in reading order, the "now" line's with the child's age
     * @param rows one row per area
     */
    record AgeChart(int fromMonths, int toMonths, List<AxisTick> ticks, double nowMonths, List<LegendEntry> legend,
            List<ChartRow> rows) implements Block {
        public AgeChart {
            if (fromMonths < 0 || toMonths <= fromMonths) {
                throw new IllegalArgumentException("the axis must run forward from 0 or later, was " + fromMonths
                        + ".." + toMonths);
            }
            if (!(nowMonths >= fromMonths && nowMonths <= toMonths)) {
                throw new IllegalArgumentException("nowMonths must be on the axis, was " + nowMonths);
            }
            ticks = List.copyOf(ticks);
            legend = List.copyOf(legend);
            rows = List.copyOf(rows);
            if (rows.isEmpty()) {
                throw new IllegalArgumentException("rows must not be empty");
            }
        }
    }

    /**
     * A labelled age on a chart's axis.
     *
     * @param months the age in months
     * @param label the words under the tick ("18 months", "2 years")
     */
    record AxisTick(int months, String label) {
        public AxisTick {
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * One area's row of the age charts.
     *
     * @param label the area's plain name
     * @param marks one mark per skill
     * @param alt what the row shows, in words, for readers that cannot see it
     */
    record ChartRow(Text label, List<ChartMark> marks, String alt) {
        public ChartRow {
            Objects.requireNonNull(label, "label");
            marks = List.copyOf(marks);
            Objects.requireNonNull(alt, "alt");
        }
    }

    /** How a skill is marked on a chart; the shapes differ, so the charts read in greyscale. */
    enum MarkShape {
        /** A skill of this checklist: a rounded box with the answer's symbol, as in "At a glance". */
        ANSWER,
        /** A skill of the next checklist: a diamond. */
        COMING_NEXT
    }

    /**
     * One skill on a chart.
     *
     * @param mostByMonths the age by which most children do it
     * @param emergesMonths the age it often starts, drawn as a band up to the mark, if known
     * @param shape how it is marked
     * @param symbol the symbol inside an answer's box (empty for a diamond)
     * @param tone the answer's tone
     */
    record ChartMark(int mostByMonths, OptionalInt emergesMonths, MarkShape shape, String symbol, Tone tone) {
        public ChartMark {
            Objects.requireNonNull(emergesMonths, "emergesMonths");
            Objects.requireNonNull(shape, "shape");
            Objects.requireNonNull(symbol, "symbol");
            Objects.requireNonNull(tone, "tone");
        }
    }

    /**
     * One entry of a chart's legend: a sample of a mark and its meaning.
     *
     * @param kind what the sample looks like
     * @param symbol the answer's symbol, for an answer's box
     * @param tone the tone
     * @param label the meaning
     */
    record LegendEntry(LegendKind kind, String symbol, Tone tone, String label) {
        public LegendEntry {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(symbol, "symbol");
            Objects.requireNonNull(tone, "tone");
            Objects.requireNonNull(label, "label");
        }
    }

    /** What a legend entry's sample looks like. */
    enum LegendKind { ANSWER, COMING_NEXT, NOW, RANGE }
}
