package org.otmilestones.survey;

import java.util.Arrays;

/**
 * Turns character offsets in a text into 1-based line numbers, counting CRLF, LF and CR line ends.
 *
 * <p>It keeps the start of every {@value #STEP}th line only and walks the text from there, remembering where
 * the last walk ended, so reading a file from start to end walks it once; a file of millions of empty lines
 * costs a few megabytes, not one number per line.
 */
final class LineIndex {

    private static final int STEP = 64;

    private final String text;
    /** {@code samples[k]} is where line {@code k * STEP + 1} starts. */
    private final int[] samples;
    private final int count;
    /** The last place found: line {@code cursorLine} starts at {@code cursorStart}. */
    private int cursorLine = 1;
    private int cursorStart;

    LineIndex(String text) {
        this.text = text;
        int[] found = new int[64];
        int n = 1;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (endsLine(i)) {
                line++;
                if ((line - 1) % STEP == 0) {
                    if (n == found.length) {
                        found = Arrays.copyOf(found, n * 2);
                    }
                    found[n++] = i + 1;
                }
            }
        }
        this.samples = Arrays.copyOf(found, n);
        this.count = line;
    }

    /** True when the character at {@code i} ends a line. */
    private boolean endsLine(int i) {
        char c = text.charAt(i);
        return c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
    }

    /** The text the lines are of. */
    String text() {
        return text;
    }

    /** The line holding this offset. */
    int lineOf(long offset) {
        int at = (int) Math.min(Math.max(offset, 0), text.length());
        int k = Arrays.binarySearch(samples, at);
        k = k >= 0 ? k : -k - 2;
        if (at < cursorStart || samples[k] > cursorStart) {
            moveTo(k * STEP + 1, samples[k]);
        }
        int line = cursorLine;
        int start = cursorStart;
        for (int i = start; i < at; i++) {
            if (endsLine(i)) {
                line++;
                start = i + 1;
            }
        }
        moveTo(line, start);
        return line;
    }

    /** The offset where a line starts, or the text's length past the last line. */
    int startOf(int line) {
        if (line > count) {
            return text.length();
        }
        int k = (line - 1) / STEP;
        if (line < cursorLine || k * STEP + 1 > cursorLine) {
            moveTo(k * STEP + 1, samples[k]);
        }
        int current = cursorLine;
        int start = cursorStart;
        for (int i = start; current < line && i < text.length(); i++) {
            if (endsLine(i)) {
                current++;
                start = i + 1;
            }
        }
        moveTo(current, start);
        return start;
    }

    private void moveTo(int line, int start) {
        cursorLine = line;
        cursorStart = start;
    }

    /** The number of lines, counting a last line without a line end. */
    int lines() {
        return count;
    }

    /** True when the line holds nothing but its line end. */
    boolean isBlank(int line) {
        int start = startOf(line);
        int end = startOf(line + 1);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != '\r' && c != '\n') {
                return false;
            }
        }
        return true;
    }
}
