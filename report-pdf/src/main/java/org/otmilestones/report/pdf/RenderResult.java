package org.otmilestones.report.pdf;

import java.util.List;

/**
 * What rendering produced: the page count, the bytes written, and warnings for the clinic (such as
 * a character no font has); warnings never contain names or birth dates.
 *
 * @param pages the number of pages
 * @param bytes the number of bytes written
 * @param warnings warnings, each once, in the order they arose
 */
public record RenderResult(int pages, long bytes, List<String> warnings) {

    public RenderResult {
        if (pages < 1) {
            throw new IllegalArgumentException("pages must be 1 or more, was " + pages);
        }
        if (bytes < 0) {
            throw new IllegalArgumentException("bytes must be 0 or more, was " + bytes);
        }
        warnings = List.copyOf(warnings);
    }
}
