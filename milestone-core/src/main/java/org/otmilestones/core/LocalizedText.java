package org.otmilestones.core;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A text a parent reads, in one or more languages, keyed by language code ("en", "es"); its map iterates in
 * the order of the language codes, so output built from it is the same on every run.
 */
public record LocalizedText(Map<String, String> texts) {

    public LocalizedText {
        Objects.requireNonNull(texts, "texts");
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("texts must hold at least one language");
        }
        // A sorted, unmodifiable copy keeps iteration and serialised output stable (Map.copyOf would not).
        TreeMap<String, String> copy = new TreeMap<>();
        texts.forEach((language, text) -> {
            if (language == null || language.isBlank()) {
                throw new IllegalArgumentException("texts has a blank language code");
            }
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("texts has no text for language '" + language + "'");
            }
            copy.put(language, text);
        });
        texts = Collections.unmodifiableMap(copy);
    }

    /** Returns a text in one language only. */
    public static LocalizedText of(String language, String text) {
        return new LocalizedText(Map.of(language, text));
    }

    /** The languages this text has. */
    public Set<String> languages() {
        return texts.keySet();
    }

    /** True when this text has the language. */
    public boolean has(String language) {
        return texts.containsKey(language);
    }

    /**
     * The text in the language, or in English, or in any language it has, in that order; a
     * catalog that passed validation has every declared language, so the fallbacks only serve
     * callers who ask for a language the catalog does not declare.
     */
    public String in(String language) {
        String text = texts.get(language);
        if (text == null) {
            text = texts.get("en");
        }
        if (text == null) {
            text = texts.values().iterator().next();
        }
        return text;
    }
}
