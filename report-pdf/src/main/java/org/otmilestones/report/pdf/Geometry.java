package org.otmilestones.report.pdf;

import org.otmilestones.report.Paper;

/**
 * A page's size and the frame the content flows in, in points.
 *
 * @param width page width
 * @param height page height
 * @param left left edge of the content
 * @param right right edge of the content
 * @param top top of the content
 * @param bottom bottom of the content, above the footer
 * @param footerBaseline the footer's baseline
 */
record Geometry(float width, float height, float left, float right, float top, float bottom, float footerBaseline) {

    static Geometry of(Paper paper) {
        float w = paper == Paper.A4 ? 595.28f : 612f;
        float h = paper == Paper.A4 ? 841.89f : 792f;
        // Margins of about two thirds of an inch: room for 11-point text on two pages, and still clear of
        // what home printers cannot print.
        float side = 48f;
        return new Geometry(w, h, side, w - side, h - 46f, 60f, 32f);
    }

    float contentWidth() {
        return right - left;
    }
}
