package org.otmilestones.core;

/**
 * A published source behind the catalog's facts.
 *
 * @param key short key that milestones cite, for example {@code CDC-2m}
 * @param title a human title
 * @param url where to read it
 */
public record Source(String key, String title, String url) {

    public Source {
        Ids.require(key, "key");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title must not be blank");
        }
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("url must not be blank");
        }
    }
}
