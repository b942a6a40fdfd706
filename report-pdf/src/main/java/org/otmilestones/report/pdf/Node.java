package org.otmilestones.report.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A node of the document's structure tree, built by the layout in reading order and turned into
 * PDF structure elements by the painter; content is marked only on leaves.
 */
final class Node {

    /** How a header cell relates to the others. */
    enum Scope { NONE, COLUMN, ROW }

    final Role role;
    final List<Node> children = new ArrayList<>();
    String alt;
    /** Kept in the structure tree even without content: a table cell, so every row keeps all its columns. */
    boolean keep;
    Scope scope = Scope.NONE;
    /** Filled in by the painter. */
    Object pdfElement;

    Node(Role role) {
        this.role = role;
    }

    Node add(Role childRole) {
        Node child = new Node(childRole);
        children.add(child);
        return child;
    }
}
