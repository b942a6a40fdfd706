package org.otmilestones.core;

/**
 * Text from a file made safe to show on a terminal, in a log or in a CSV cell: every character that could move
 * the cursor, change the terminal (escape sequences), end a line or hide or reorder the text around it (bidi
 * controls) is shown as a visible escape such as {@code \n} or <code>&#92;u001b</code>; everything else is kept.
 *
 * <p>The characters are C0 controls (U+0000 to U+001F, tab and line breaks included), DEL, C1 controls
 * (U+0080 to U+009F), the bidi controls (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069) and the
 * line and paragraph separators (U+2028, U+2029).
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
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isHidden(c)) {
                shown.append(escape(c));
            } else {
                shown.append(c);
            }
        }
        return shown.toString();
    }

    /** True when the character is one this class escapes; every such character is in the Basic Multilingual Plane. */
    public static boolean isHidden(int c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
    }

    /** How a hidden character is shown: {@code \n}, {@code \r}, {@code \t}, or <code>&#92;uXXXX</code>. */
    public static String escape(int c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> String.format("\\u%04x", c);
        };
    }

    private static int firstHidden(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isHidden(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
