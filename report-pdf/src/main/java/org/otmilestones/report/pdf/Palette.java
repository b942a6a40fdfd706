package org.otmilestones.report.pdf;

import java.awt.Color;
import org.otmilestones.report.Tone;

/** The handout's soft colours; every tone also has words and a symbol, so colour is never alone. */
final class Palette {

    static final Color TEXT = new Color(0x1F2933);
    static final Color QUIET = new Color(0x4B5563);
    static final Color ACCENT = new Color(0x1F5C6B);
    static final Color ACCENT_TINT = new Color(0xEAF4F5);
    static final Color RULE = new Color(0xC8DCDF);
    static final Color TABLE_RULE = new Color(0xDCE3E6);
    /** The faint lines between the labelled ages of a chart. */
    static final Color GRID = new Color(0xE8ECEE);
    static final Color HEADER_FILL = new Color(0xE3EFF1);
    static final Color WHITE = Color.WHITE;

    private Palette() {
    }

    /** Text colour for a tone: dark enough to read on white and on the tone's tint. */
    static Color ink(Tone tone) {
        return switch (tone) {
            case NEUTRAL -> TEXT;
            case CALM -> ACCENT;
            case GOOD -> new Color(0x2B7048);
            case GROWING -> new Color(0x8A5A00);
            case ASK -> new Color(0xA8452F);
            case UNKNOWN -> new Color(0x5B6675);
        };
    }

    /** A very light background for a tone. */
    static Color tint(Tone tone) {
        return switch (tone) {
            case NEUTRAL -> new Color(0xF6F7F8);
            case CALM -> ACCENT_TINT;
            case GOOD -> new Color(0xEBF6EF);
            case GROWING -> new Color(0xFDF5E1);
            case ASK -> new Color(0xFBEDE8);
            case UNKNOWN -> new Color(0xF2F4F6);
        };
    }

    /** A soft fill for small shapes of a tone, such as the answer boxes. */
    static Color fill(Tone tone) {
        return switch (tone) {
            case NEUTRAL -> new Color(0xE5E7EB);
            case CALM -> new Color(0xCFE5E8);
            case GOOD -> new Color(0xCDE9D7);
            case GROWING -> new Color(0xF6DFA6);
            case ASK -> new Color(0xF2CDC2);
            case UNKNOWN -> new Color(0xE3E7EB);
        };
    }

    /** The edge colour of a tone's box. */
    static Color edge(Tone tone) {
        return switch (tone) {
            case NEUTRAL -> TABLE_RULE;
            case CALM -> RULE;
            case GOOD -> new Color(0xA9D5B9);
            case GROWING -> new Color(0xECCB7A);
            case ASK -> new Color(0xE7B2A3);
            case UNKNOWN -> new Color(0xCDD3D9);
        };
    }
}
