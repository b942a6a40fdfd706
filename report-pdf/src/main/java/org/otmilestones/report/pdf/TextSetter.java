package org.otmilestones.report.pdf;

import java.awt.Color;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.otmilestones.report.Text;
import org.otmilestones.report.Tone;

/**
 * Breaks styled text into lines that fit a width, measuring with the font's own advance widths;
 * a word longer than the line (a long name, a web address) is broken between characters, and a
 * character that no face has is drawn as U+FFFD and reported, never dropped silently.
 */
final class TextSetter {

    static final int REPLACEMENT = 0xFFFD;

    /**
     * The lines other handouts of the same renderer broke. Texts with a character no face has are not
     * shared, since each handout must report that character itself.
     */
    private final LineCache shared;
    private final Set<String> warnings;
    /** The layout measures a block before placing it: the second breaking of a text is a lookup. */
    private final Map<Text, Cached> cache = new IdentityHashMap<>();

    private record Cached(Style style, float width, List<Line> lines) {
    }

    TextSetter(LineCache shared, Set<String> warnings) {
        this.shared = shared;
        this.warnings = warnings;
    }

    /** The text broken into lines of at most {@code maxWidth} points. */
    List<Line> lines(Text text, Style style, float maxWidth) {
        Cached c = cache.get(text);
        if (c != null && c.style == style && c.width == maxWidth) {
            return c.lines;
        }
        List<Line> lines = shared.get(text, style, maxWidth);
        if (lines == null) {
            lines = breakLines(text, style, maxWidth);
        }
        cache.put(text, new Cached(style, maxWidth, lines));
        return lines;
    }

    /** Breaks a text and shares the lines when every character had a glyph. */
    private List<Line> breakLines(Text text, Style style, float maxWidth) {
        int warned = replaced;
        List<Line> lines = List.copyOf(breakSpans(text, style, maxWidth));
        if (replaced == warned) {
            shared.put(text, style, maxWidth, lines);
        }
        return lines;
    }

    /** Characters replaced by {@link #clean} so far. */
    private int replaced;

    private List<Line> breakSpans(Text text, Style style, float maxWidth) {
        Builder b = new Builder(style.size(), maxWidth);
        for (Text.Span span : text.spans()) {
            Face face = span.emphasis() == Text.Emphasis.STRONG ? Face.BOLD : style.face();
            Color color = span.tone() == Tone.NEUTRAL ? style.color() : Palette.ink(span.tone());
            String s = clean(span.text());
            int i = 0;
            int n = s.length();
            while (i < n) {
                char c = s.charAt(i);
                if (c == '\n') {
                    b.breakLine();
                    i++;
                } else if (c == ' ' || c == '\t') {
                    b.space();
                    i++;
                } else {
                    int end = i;
                    while (end < n && s.charAt(end) != ' ' && s.charAt(end) != '\n' && s.charAt(end) != '\t') {
                        end++;
                    }
                    b.word(s, i, end, faceFor(s, i, end, face), color);
                    i = end;
                }
            }
        }
        return b.finish();
    }

    /** One line, cut with an ellipsis if it is wider than {@code maxWidth}: for footers only. */
    Line oneLine(String text, Style style, float maxWidth) {
        String s = clean(text).replace('\n', ' ');
        Face face = faceFor(s, 0, s.length(), style.face());
        if (face.width(s, style.size()) > maxWidth) {
            // One pass from the start (widths add up, there is no kerning): linear in the text's length, so a
            // name of 200,000 characters costs what reading it costs, not 200,000 measurements of it.
            String ellipsis = "…";
            int room = Math.round((maxWidth - face.width(ellipsis, style.size())) * 1000f / style.size());
            int used = 0;
            int end = 0;
            while (end < s.length()) {
                int cp = s.codePointAt(end);
                int w = Math.max(0, face.width1000(cp));
                if (used + w > room) {
                    break;
                }
                used += w;
                end += Character.charCount(cp);
            }
            s = s.substring(0, end).strip() + ellipsis;
        }
        return new Line(List.of(new Line.Piece(face, style.color(), s, 0f)), face.width(s, style.size()));
    }

    /** The preferred face, or regular when the preferred face lacks one of the word's characters. */
    private static Face faceFor(String word, int start, int end, Face preferred) {
        if (preferred == Face.REGULAR) {
            return preferred;
        }
        for (int i = start; i < end; ) {
            int cp = word.codePointAt(i);
            if (!preferred.has(cp)) {
                return Face.REGULAR;
            }
            i += Character.charCount(cp);
        }
        return preferred;
    }

    /** NFC-normalised text in which every character exists in the regular face. */
    String clean(String text) {
        boolean simple = true;
        for (int i = 0; i < text.length() && simple; i++) {
            // Below U+0300 (the combining marks) every character is already in NFC.
            simple = text.charAt(i) < 0x300;
        }
        String s = simple || Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            boolean ok = cp == '\n' || cp == '\t' || Face.REGULAR.has(cp);
            if (!ok) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
                out.appendCodePoint(REPLACEMENT);
                replaced++;
                // Only the script is named: the code points of a name would spell the name out again.
                warnings.add("some " + scriptName(cp) + " characters have no glyph in the handout's font; "
                        + "they are shown as \uFFFD");
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i += len;
        }
        return out == null ? s : out.toString();
    }

    private static String scriptName(int cp) {
        String script = Character.UnicodeScript.of(cp).name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return script.isEmpty() ? script : Character.toUpperCase(script.charAt(0)) + script.substring(1);
    }

    /** Greedy line filling. */
    private static final class Builder {
        private final float size;
        private final float max;
        private final List<Line> lines = new ArrayList<>();
        private List<Line.Piece> pieces = new ArrayList<>();
        private StringBuilder current;
        private Face currentFace;
        private Color currentColor;
        private float currentX;
        private float x;
        private boolean pendingSpace;
        private Face lastFace = Face.REGULAR;

        Builder(float size, float max) {
            this.size = size;
            this.max = max;
        }

        void space() {
            if (x > 0 || current != null) {
                pendingSpace = true;
            }
        }

        void breakLine() {
            endLine();
            pendingSpace = false;
        }

        void word(String s, int start, int end, Face face, Color color) {
            float ww = face.width(s, start, end, size);
            float sw = pendingSpace ? lastFace.width(" ", size) : 0f;
            if (x > 0 && x + sw + ww > max) {
                endLine();
                sw = 0f;
                pendingSpace = false;
            }
            if (x == 0 && ww > max) {
                splitLongWord(s, start, end, face, color);
                return;
            }
            append(s, start, end, ww, face, color, sw);
        }

        private void splitLongWord(String s, int from, int to, Face face, Color color) {
            int start = from;
            while (start < to) {
                int end = start;
                float w = 0f;
                while (end < to) {
                    int cp = s.codePointAt(end);
                    float cw = Math.max(0, face.width1000(cp)) * size / 1000f;
                    if (w + cw > max && end > start) {
                        break;
                    }
                    w += cw;
                    end += Character.charCount(cp);
                }
                append(s, start, end, w, face, color, 0f);
                start = end;
                if (start < to) {
                    endLine();
                }
            }
        }

        private void append(String s, int start, int end, float wordWidth, Face face, Color color, float spaceWidth) {
            if (current != null && face == currentFace && color.equals(currentColor)) {
                if (spaceWidth > 0) {
                    current.append(' ');
                }
                current.append(s, start, end);
            } else {
                flushPiece();
                current = new StringBuilder(end - start + 16);
                if (spaceWidth > 0) {
                    current.append(' ');
                }
                current.append(s, start, end);
                currentFace = face;
                currentColor = color;
                currentX = x;
            }
            x += spaceWidth + wordWidth;
            lastFace = face;
            pendingSpace = false;
        }

        private void flushPiece() {
            if (current != null) {
                pieces.add(new Line.Piece(currentFace, currentColor, current.toString(), currentX));
                current = null;
            }
        }

        private void endLine() {
            flushPiece();
            lines.add(new Line(List.copyOf(pieces), x));
            pieces = new ArrayList<>();
            x = 0f;
        }

        List<Line> finish() {
            if (current != null || !pieces.isEmpty()) {
                endLine();
            }
            return lines;
        }
    }
}
