package org.otmilestones.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The wordings a question had in earlier catalogs, per language code, so that a survey export whose columns
 * are headed by an old wording still imports; they are import keys only, never shown to a parent.
 */
final class FormerTexts {

    private FormerTexts() {
    }

    /** A sorted, unmodifiable copy; a blank language, a blank text or a text listed twice is a caller bug. */
    static Map<String, List<String>> copy(Map<String, List<String>> formerTexts, String parameter) {
        Objects.requireNonNull(formerTexts, parameter);
        TreeMap<String, List<String>> copy = new TreeMap<>();
        formerTexts.forEach((language, texts) -> {
            if (language == null || language.isBlank()) {
                throw new IllegalArgumentException(parameter + " has a blank language code");
            }
            Objects.requireNonNull(texts, parameter + " texts");
            Set<String> seen = new HashSet<>();
            List<String> list = new ArrayList<>(texts.size());
            for (String text : texts) {
                if (text == null || text.isBlank()) {
                    throw new IllegalArgumentException(parameter + " has a blank text for language '" + language + "'");
                }
                if (!seen.add(text)) {
                    throw new IllegalArgumentException(parameter + " lists '" + text + "' twice");
                }
                list.add(text);
            }
            if (!list.isEmpty()) {
                copy.put(language, List.copyOf(list));
            }
        });
        return Collections.unmodifiableMap(copy);
    }
}
