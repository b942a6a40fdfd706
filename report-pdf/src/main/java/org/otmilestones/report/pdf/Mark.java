package org.otmilestones.report.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Drawing operations that belong to one structure leaf, or to no structure at all (an artifact:
 * footers, backgrounds, rules, repeated table headers).
 */
final class Mark {

    /** The leaf this content belongs to, or null for an artifact. */
    final Node node;
    final List<Op> ops = new ArrayList<>();

    Mark(Node node) {
        this.node = node;
    }

    boolean isArtifact() {
        return node == null;
    }
}
