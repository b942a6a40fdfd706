package org.otmilestones.report.pdf;

import java.awt.Color;
import org.otmilestones.report.Logo;

/** One drawing operation at absolute page coordinates (points, origin bottom left). */
sealed interface Op {

    /** Text on one baseline. */
    record Show(float x, float y, Face face, float size, Color color, String text) implements Op {
    }

    /** A filled and/or stroked rectangle, optionally with round corners. */
    record Box(float x, float y, float w, float h, float radius, Color fill, Color stroke, float lineWidth)
            implements Op {
    }

    /** A straight line. */
    record Rule(float x1, float y1, float x2, float y2, Color color, float width) implements Op {
    }

    /** An image scaled into a rectangle. */
    record Picture(Logo logo, float x, float y, float w, float h) implements Op {
    }

    /** A closed shape through the points, filled and/or stroked. */
    record Polygon(float[] xs, float[] ys, Color fill, Color stroke, float lineWidth) implements Op {
    }

    /** A dashed straight line. */
    record Dashed(float x1, float y1, float x2, float y2, Color color, float width, float dash, float gap)
            implements Op {
    }
}
