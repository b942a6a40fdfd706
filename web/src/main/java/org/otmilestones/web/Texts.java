package org.otmilestones.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The words of the family's pages in one language, from {@code texts_<language>.properties}. */
final class Texts {

    /** The languages the family's pages have words for. */
    static final List<String> LANGUAGES = List.of("en", "es");

    private static final Map<String, Texts> ALL = load();

    private final String language;
    private final Map<String, String> values;

    private Texts(String language, Map<String, String> values) {
        this.language = language;
        this.values = values;
    }

    /** The texts in this language, or in English when the pages have no words for it. */
    static Texts of(String language) {
        Texts texts = ALL.get(language);
        return texts != null ? texts : ALL.get("en");
    }

    /** True when the pages have words in this language. */
    static boolean has(String language) {
        return ALL.containsKey(language);
    }

    String language() {
        return language;
    }

    /** The text for the key, with {0}, {1}... replaced by the arguments. */
    String get(String key, Object... args) {
        String text = values.get(key);
        if (text == null) {
            throw new IllegalArgumentException("key '" + key + "' has no text in " + language);
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** Every key with its text, for the readability test. */
    Map<String, String> all() {
        return values;
    }

    private static Map<String, Texts> load() {
        Map<String, Texts> all = new TreeMap<>();
        for (String language : LANGUAGES) {
            Properties p = new Properties();
            try (InputStream in = Texts.class.getResourceAsStream("texts_" + language + ".properties")) {
                if (in == null) {
                    throw new IllegalStateException("texts_" + language + ".properties is missing from the jar");
                }
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, String> values = new TreeMap<>();
            p.stringPropertyNames().forEach(k -> values.put(k, p.getProperty(k)));
            all.put(language, new Texts(language, Map.copyOf(values)));
        }
        return Map.copyOf(all);
    }
}
