package org.otmilestones.core.survey;

import java.util.Arrays;

/** Turns character offsets in a text into 1-based line numbers, counting CRLF, LF and CR line ends. */
final class LineIndex {

    private final String text;
    private final int[] starts;
    private final int count;

    LineIndex(String text) {
        this.text = text;
        int[] found = new int[64];
        int n = 0;
        found[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = i + 1;
            }
        }
        this.starts = found;
        this.count = n;
    }

    /** The text the lines are of. */
    String text() {
        return text;
    }

    /** The line holding this offset. */
    int lineOf(long offset) {
        int at = Arrays.binarySearch(starts, 0, count, (int) Math.min(offset, Integer.MAX_VALUE));
        return (at >= 0 ? at : -at - 2) + 1;
    }

    /** The offset where a line starts, or the text's length past the last line. */
    int startOf(int line) {
        return line - 1 < count ? starts[line - 1] : text.length();
    }

    /** The number of lines, counting a last line without a line end. */
    int lines() {
        return count;
    }

    /** True when the line holds nothing but its line end. */
    boolean isBlank(int line) {
        int start = startOf(line);
        int end = line < count ? starts[line] : text.length();
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != '\r' && c != '\n') {
                return false;
            }
        }
        return true;
    }
}
