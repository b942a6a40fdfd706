package org.otmilestones.report.pdf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.otmilestones.report.Text;

/**
 * Lines already broken by the handouts of one renderer, keyed by the text's content, style and width: most
 * of a handout is the catalog's and the handout's fixed wording, the same for every child, so a batch breaks
 * each such text once instead of once per handout. Bounded: the texts used least recently go first, so
 * names and dates, which never repeat, cannot push out the wording every handout needs. Safe for the
 * threads of one batch.
 */
final class LineCache {

    /** Enough for the fixed wording of every checkpoint in two languages and two paper sizes: about 4 MB. */
    static final int DEFAULT_CAPACITY = 4096;

    private record Key(Text text, Style style, float width) {
    }

    private final Map<Key, List<Line>> lines;

    LineCache(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be 0 or more, was " + capacity);
        }
        this.lines = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, List<Line>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The lines broken earlier for this text, style and width, or null. */
    synchronized List<Line> get(Text text, Style style, float width) {
        return lines.get(new Key(text, style, width));
    }

    /** Keeps immutable lines for later handouts. */
    synchronized void put(Text text, Style style, float width, List<Line> broken) {
        lines.put(new Key(text, style, width), List.copyOf(broken));
    }

    /** How many texts are kept. */
    synchronized int size() {
        return lines.size();
    }
}
