package org.otmilestones.core.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The caller's stream, for a library that closes what it writes to (Jackson, the xlsx writer): closing it
 * only flushes, so the caller decides when its stream closes. Not API.
 */
public final class KeepOpenStream extends FilterOutputStream {

    /** Wraps the caller's stream. */
    public KeepOpenStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
