package org.otmilestones.core.catalog;

import java.util.Objects;

/**
 * One thing wrong with a catalog file.
 *
 * @param where a JSON path such as {@code $.milestones[12].area}, or {@code line 4, column 7}
 * @param message what is wrong and what was expected
 */
public record CatalogProblem(String where, String message) {

    public CatalogProblem {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return where + ": " + message;
    }
}
