package org.otmilestones.core.catalog;

import java.util.Objects;

/**
 * One thing wrong with a catalog file.
 *
 * @param path a JSON path such as {@code $.milestones[12].area}
 * @param line the line in the file, from 1, or 0 when not known
 * @param column the column in the line, from 1, or 0 when not known
 * @param message what is wrong and what was expected
 */
public record CatalogProblem(String path, int line, int column, String message) {

    public CatalogProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be 0 (unknown) or more");
        }
    }

    /** A problem whose line is not known yet. */
    public CatalogProblem(String path, String message) {
        this(path, 0, 0, message);
    }

    /** This problem at a line and column. */
    CatalogProblem at(int atLine, int atColumn) {
        return new CatalogProblem(path, atLine, atColumn, message);
    }

    @Override
    public String toString() {
        return (line > 0 ? "line " + line + ", column " + column + " (" + path + ")" : path) + ": " + message;
    }
}
