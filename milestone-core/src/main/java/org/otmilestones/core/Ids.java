package org.otmilestones.core;

/** Checks the ids that link catalog records together. */
final class Ids {

    private Ids() {
    }

    static String require(String id, String parameter) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(parameter + " must not be blank");
        }
        if (!id.equals(id.strip())) {
            throw new IllegalArgumentException(parameter + " must not start or end with spaces: '" + id + "'");
        }
        return id;
    }
}
