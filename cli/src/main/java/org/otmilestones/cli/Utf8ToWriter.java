package org.otmilestones.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 bytes written to a writer as text, for results that go to the screen: the screen's writer shows
 * them through the terminal filter, and a character split between two writes is put back together.
 */
final class Utf8ToWriter extends OutputStream {

    private final Writer out;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    /** Bytes of a character not yet complete, at most 3. */
    private final ByteBuffer pending = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);

    Utf8ToWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        int at = offset;
        int end = offset + length;
        while (at < end) {
            int n = Math.min(pending.remaining(), end - at);
            pending.put(bytes, at, n);
            at += n;
            decode(false);
        }
    }

    private void decode(boolean last) throws IOException {
        pending.flip();
        while (true) {
            var result = decoder.decode(pending, chars, last);
            chars.flip();
            out.append(chars);
            chars.clear();
            if (!result.isOverflow()) {
                break;
            }
        }
        pending.compact();
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** Ends the text (a cut-off character becomes U+FFFD) and flushes; the writer stays open. */
    @Override
    public void close() throws IOException {
        decode(true);
        decoder.flush(chars);
        chars.flip();
        out.append(chars);
        chars.clear();
        out.flush();
    }
}
