package org.otmilestones.core;

/**
 * Text from a file made safe to show on a terminal, in a log or in a CSV cell: every character that could move
 * the cursor, change the terminal (escape sequences), end a line, hide or reorder the text around it (bidi
 * controls), or be invisible so that two different texts look the same, is shown as a visible escape such as
 * {@code \n}, <code>&#92;u200b</code> or <code>&#92;U000e0041</code>; everything else is kept.
 *
 * <p>The characters are C0 controls (U+0000 to U+001F, tab and line breaks included), DEL, C1 controls
 * (U+0080 to U+009F), and every character of the Unicode categories Cf (format: zero-width space and joiners,
 * soft hyphen, word joiner, U+FEFF, the bidi controls, tag characters), Zl and Zp (line and paragraph
 * separators), Co (private use), Cn (unassigned) and Cs (a lone surrogate), and the variation selectors.
 */
public final class VisibleText {

    private VisibleText() {
    }

    /** The text with every hidden character escaped; null becomes empty. */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        int first = firstHidden(text);
        if (first < 0) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (isHidden(c)) {
                shown.append(escape(c));
            } else {
                shown.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return shown.toString();
    }

    /** True when the code point is one this class escapes. */
    public static boolean isHidden(int c) {
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return true;
        }
        if (c < 0xA0) {
            return false;
        }
        if (isVariationSelector(c)) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.SURROGATE -> true;
            default -> false;
        };
    }

    /** The variation selectors (U+FE00 to U+FE0F, U+E0100 to U+E01EF, and Mongolian's U+180B to U+180F). */
    private static boolean isVariationSelector(int c) {
        return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF) || (c >= 0x180B && c <= 0x180F);
    }

    /**
     * How a hidden character is shown: {@code \n}, {@code \r}, {@code \t}, <code>&#92;uXXXX</code>, or
     * <code>&#92;UXXXXXXXX</code> outside the Basic Multilingual Plane.
     */
    public static String escape(int c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> c > 0xFFFF ? String.format("\\U%08x", c) : String.format("\\u%04x", c);
        };
    }

    private static int firstHidden(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (isHidden(c)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }
}
