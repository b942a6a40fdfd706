package org.otmilestones.report;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A clinic's own wording for one part of the handout: a text for every language, a text per language,
 * or both (the language's own text wins); {@link #none()} keeps the handout's neutral wording.
 *
 * @param anyLanguage the text for handouts in a language without a text of its own
 * @param byLanguage texts keyed by language code ("en", "es")
 */
public record ClinicText(Optional<String> anyLanguage, Map<String, String> byLanguage) {

    private static final ClinicText NONE = new ClinicText(Optional.empty(), Map.of());

    public ClinicText {
        Objects.requireNonNull(anyLanguage, "anyLanguage");
        anyLanguage = anyLanguage.map(String::strip).filter(s -> !s.isEmpty());
        Objects.requireNonNull(byLanguage, "byLanguage");
        TreeMap<String, String> copy = new TreeMap<>();
        byLanguage.forEach((language, text) -> {
            if (language == null || !language.matches("[a-z]{2,3}")) {
                throw new IllegalArgumentException("byLanguage has a key that is not a language code: " + language);
            }
            if (text != null && !text.isBlank()) {
                copy.put(language, text.strip());
            }
        });
        byLanguage = Collections.unmodifiableMap(copy);
    }

    /** No clinic wording: the handout says its own. */
    public static ClinicText none() {
        return NONE;
    }

    /** One text for handouts in every language. */
    public static ClinicText of(String text) {
        return new ClinicText(Optional.ofNullable(text), Map.of());
    }

    /** This wording with a text of its own for one language. */
    public ClinicText with(String language, String text) {
        TreeMap<String, String> more = new TreeMap<>(byLanguage);
        more.put(language, text);
        return new ClinicText(anyLanguage, more);
    }

    /** The text for a handout in this language: its own, else the one for every language, else none. */
    public Optional<String> in(String language) {
        String own = byLanguage.get(language);
        return own != null ? Optional.of(own) : anyLanguage;
    }

    /** True when there is no text at all. */
    public boolean isEmpty() {
        return anyLanguage.isEmpty() && byLanguage.isEmpty();
    }
}
