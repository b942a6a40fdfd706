package org.otmilestones.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The handout's fixed words in one language, read from {@code messages_<lang>.properties} (UTF-8);
 * placeholders are filled by position without {@link java.text.MessageFormat}, so translators can
 * write apostrophes as they are.
 */
final class Messages {

    private static final List<String> CANDIDATES = List.of("en", "es");
    static final Set<String> LANGUAGES;
    private static final Map<String, Messages> CACHE = new ConcurrentHashMap<>();

    static {
        Set<String> found = new LinkedHashSet<>();
        for (String language : CANDIDATES) {
            if (Messages.class.getResource(resource(language)) != null) {
                found.add(language);
            }
        }
        LANGUAGES = Set.copyOf(found);
    }

    private final String language;
    private final Properties texts;

    private Messages(String language, Properties texts) {
        this.language = language;
        this.texts = texts;
    }

    private static String resource(String language) {
        return "messages_" + language + ".properties";
    }

    /**
     * The messages of a language.
     *
     * @throws IllegalArgumentException when the language has no message file
     */
    static Messages of(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("language '" + language + "' has no handout texts; available: "
                    + String.join(", ", CANDIDATES.stream().filter(LANGUAGES::contains).toList()));
        }
        return CACHE.computeIfAbsent(language, Messages::load);
    }

    private static Messages load(String language) {
        try (InputStream in = Messages.class.getResourceAsStream(resource(language))) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new Messages(language, p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The property keys, for the test that every language has every key. */
    Set<String> keys() {
        return texts.stringPropertyNames();
    }

    String language() {
        return language;
    }

    /** The text of a key; a missing key is a packaging bug. */
    String get(String key) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("messages_" + language + ".properties has no key " + key);
        }
        return text;
    }

    /** True when the messages have this key. */
    boolean has(String key) {
        return texts.getProperty(key) != null;
    }

    /** The text of a key with {0}, {1}... replaced by the arguments. */
    String get(String key, Object... args) {
        return fill(get(key), args);
    }

    /** The text of {@code key.one} or {@code key.other}, filled with the count. */
    String count(String key, int n) {
        return get(key + (n == 1 ? ".one" : ".other"), n);
    }

    static String fill(String pattern, Object... args) {
        StringBuilder s = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '{') {
                int end = pattern.indexOf('}', i);
                if (end > i + 1) {
                    String index = pattern.substring(i + 1, end);
                    if (index.chars().allMatch(Character::isDigit)) {
                        int n = Integer.parseInt(index);
                        if (n < args.length) {
                            s.append(args[n]);
                            i = end + 1;
                            continue;
                        }
                    }
                }
            }
            s.append(c);
            i++;
        }
        return s.toString();
    }
}
