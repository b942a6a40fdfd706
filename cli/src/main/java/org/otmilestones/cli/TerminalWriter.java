package org.otmilestones.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import org.otmilestones.core.VisibleText;

/**
 * The one way out to the terminal: every character that could control it (escape sequences, carriage
 * returns, NUL, C1 controls, bidi overrides) is shown as a visible escape by {@link VisibleText}, whatever
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
                } else if (c == '\n' || c == '\t' || !VisibleText.isHidden(c)) {
                    shown.append(c);
                } else {
                    shown.append(VisibleText.escape(c));
                }
            }
            out.write(shown.toString());
        }
    }

    /**
     * Shows a carriage return still waiting at the very end, and flushes; the writer below stays open. Like a
     * PrintWriter, it swallows a write error: there is nowhere left to report it.
     */
    void finish() {
        synchronized (lock) {
            try {
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
