package org.otmilestones.report.pdf;

import java.awt.Color;

/**
 * A text style of the layout: size and leading in points, base face and colour, and the space
 * around a block of it. Everything a parent reads is at least 11 pt; only the footer and the symbols inside
 * the answer boxes are smaller.
 *
 * @param size font size
 * @param leading distance between baselines
 * @param face base face
 * @param color base colour
 * @param spaceBefore space above the block
 * @param spaceAfter space below the block
 */
record Style(float size, float leading, Face face, Color color, float spaceBefore, float spaceAfter) {

    static final Style BODY = new Style(11f, 14f, Face.REGULAR, Palette.TEXT, 0f, 5f);
    static final Style LEAD = new Style(12f, 16f, Face.REGULAR, Palette.TEXT, 0f, 5f);
    static final Style QUIET = new Style(11f, 14f, Face.REGULAR, Palette.QUIET, 0f, 5f);
    static final Style H1 = new Style(18f, 22f, Face.BOLD, Palette.ACCENT, 2f, 6f);
    static final Style H2 = new Style(14.5f, 18f, Face.BOLD, Palette.ACCENT, 8f, 5f);
    static final Style H3 = new Style(12.5f, 16f, Face.BOLD, Palette.TEXT, 8f, 3f);
    static final Style CELL = new Style(11f, 14f, Face.REGULAR, Palette.TEXT, 0f, 0f);
    static final Style HEADER_CELL = new Style(11f, 14f, Face.BOLD, Palette.ACCENT, 0f, 0f);
    static final Style BANNER = new Style(11f, 14f, Face.REGULAR, Palette.QUIET, 0f, 0f);
    /** The clinic's phone in the banner: the line a parent looks for. */
    static final Style BANNER_STRONG = new Style(11f, 14f, Face.BOLD, Palette.TEXT, 0f, 0f);
    static final Style FOOTER = new Style(9f, 11f, Face.REGULAR, Palette.QUIET, 0f, 0f);
    static final Style DOT = new Style(10.5f, 12f, Face.BOLD, Palette.TEXT, 0f, 0f);
    /** The label of a fact or of a table's first column, quieter than its value. */
    static final Style LABEL = new Style(11f, 14f, Face.REGULAR, Palette.QUIET, 0f, 0f);
    /** The value beside a label. */
    static final Style VALUE = new Style(11f, 14.5f, Face.REGULAR, Palette.TEXT, 0f, 0f);
    /** The words under an answer drawing. */
    static final Style CAPTION = new Style(11f, 14f, Face.REGULAR, Palette.QUIET, 0f, 0f);
    /** A strong line that introduces a list: close to the list it introduces. */
    static final Style LABEL_LINE = new Style(11f, 14f, Face.BOLD, Palette.TEXT, 0f, 2f);
    /** The words of the age charts: legend, area names, ages. */
    static final Style CHART = new Style(11f, 14f, Face.REGULAR, Palette.TEXT, 0f, 0f);
    /** The clinic's name in the banner. */
    static final Style BANNER_NAME = new Style(14f, 18f, Face.BOLD, Palette.ACCENT, 0f, 0f);

    /** Distance from a line's top to its baseline: the ascent part of the leading. */
    float ascent() {
        return size * 0.93f + (leading - size * 1.17f) / 2f;
    }
}
