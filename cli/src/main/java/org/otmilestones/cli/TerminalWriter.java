package org.otmilestones.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import org.otmilestones.core.VisibleText;

/**
 * The one way out to the terminal: every character that could control it (escape sequences, carriage
 * returns, NUL, C1 controls, bidi overrides) or hide in it (zero-width and other format characters, private
 * use, unassigned, variation selectors) is shown as a visible escape by {@link VisibleText}, whatever
 * printed it, so nothing read from a file can erase a line or retitle the window. Line ends pass: {@code \n},
 * and {@code \r} only right before {@code \n}; so do tabs, which only move to the next column (stack
 * traces with --debug indent with them).
 *
 * <p>A value that may hold a line break is escaped with {@link VisibleText#of} where it is printed, so it
 * cannot start a line of its own either.
 */
final class TerminalWriter extends FilterWriter {

    /** A carriage return waiting to see whether a line feed follows. */
    private boolean pendingReturn;
    /** A high surrogate waiting for its low half, which may come in the next write. */
    private char pendingHigh;

    TerminalWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        write(String.valueOf((char) c), 0, 1);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        write(new String(chars, offset, length), 0, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        synchronized (lock) {
            StringBuilder shown = new StringBuilder(length + 16);
            for (int i = offset; i < offset + length; i++) {
                char c = text.charAt(i);
                if (pendingHigh != 0) {
                    char high = pendingHigh;
                    pendingHigh = 0;
                    if (Character.isLowSurrogate(c)) {
                        show(shown, Character.toCodePoint(high, c));
                        continue;
                    }
                    show(shown, high);
                }
                if (pendingReturn) {
                    pendingReturn = false;
                    if (c == '\n') {
                        shown.append("\r\n");
                        continue;
                    }
                    shown.append(VisibleText.escape('\r'));
                }
                if (c == '\r') {
                    pendingReturn = true;
                } else if (Character.isHighSurrogate(c)) {
                    pendingHigh = c;
                } else {
                    show(shown, c);
                }
            }
            out.write(shown.toString());
        }
    }

    private static void show(StringBuilder shown, int c) {
        if (c == '\n' || c == '\t' || !VisibleText.isHidden(c)) {
            shown.appendCodePoint(c);
        } else {
            shown.append(VisibleText.escape(c));
        }
    }

    /**
     * Shows a carriage return still waiting at the very end, and flushes; the writer below stays open. Like a
     * PrintWriter, it swallows a write error: there is nowhere left to report it.
     */
    void finish() {
        synchronized (lock) {
            try {
                if (pendingHigh != 0) {
                    out.write(VisibleText.escape(pendingHigh));
                    pendingHigh = 0;
                }
                if (pendingReturn) {
                    pendingReturn = false;
                    out.write(VisibleText.escape('\r'));
                }
                out.flush();
            } catch (IOException e) {
                // The terminal is gone; the exit code still tells the outcome.
            }
        }
    }

    @Override
    public void close() throws IOException {
        finish();
        out.close();
    }
}
