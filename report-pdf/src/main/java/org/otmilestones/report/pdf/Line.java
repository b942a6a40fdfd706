package org.otmilestones.report.pdf;

import java.awt.Color;
import java.util.List;

/**
 * One set line of text: pieces of one face and colour, placed from the line's left edge.
 *
 * @param pieces the pieces, left to right
 * @param width the width up to the end of the last piece
 */
record Line(List<Piece> pieces, float width) {

    /**
     * Characters of one face and colour.
     *
     * @param face the face
     * @param color the colour
     * @param text the characters, with the spaces between words
     * @param x the offset from the line's left edge
     */
    record Piece(Face face, Color color, String text, float x) {
    }
}
