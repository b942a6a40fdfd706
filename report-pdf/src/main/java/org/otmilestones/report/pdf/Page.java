package org.otmilestones.report.pdf;

import java.util.ArrayList;
import java.util.List;

/** One laid-out page: marks in the order they are painted, which is the reading order. */
final class Page {

    final List<Mark> marks = new ArrayList<>();

    Mark tagged(Node leaf) {
        Mark mark = new Mark(leaf);
        marks.add(mark);
        return mark;
    }

    Mark artifact() {
        Mark mark = new Mark(null);
        marks.add(mark);
        return mark;
    }
}
