package org.otmilestones.core.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.otmilestones.core.LocalizedText;

/**
 * The checks every part of a catalog file needs (ids, references, enum values, texts in every
 * declared language), collecting problems with their JSON paths instead of stopping at the first.
 */
final class FieldChecks {

    final List<CatalogProblem> problems = new ArrayList<>();
    List<String> languages = List.of();

    boolean sourceList(List<String> keys, Set<String> sourceKeys, String path, String where) {
        if (keys == null || keys.isEmpty()) {
            problem(path, where + "missing; expected at least one source key");
            return false;
        }
        boolean ok = true;
        for (int i = 0; i < keys.size(); i++) {
            if (!sourceKeys.contains(keys.get(i))) {
                problem(path + "[" + i + "]", where + "source '" + keys.get(i) + "' is not in $.sources");
                ok = false;
            }
        }
        return ok;
    }

    boolean reference(String id, Set<String> known, String path, String what) {
        if (id == null || !known.contains(id)) {
            problem(path, what + " '" + id + "' is not one of " + String.join(", ", known));
            return false;
        }
        return true;
    }

    <E extends Enum<E>> E oneOf(Class<E> type, String value, String path, String what) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        problem(path, what + " is '" + value + "'; expected one of " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")));
        return null;
    }

    String requireId(String id, String path) {
        if (id == null || id.isBlank() || !id.equals(id.strip())) {
            problem(path, "is '" + id + "'; expected a non-empty id without leading or trailing spaces");
            return null;
        }
        return id;
    }

    String uniqueId(String id, String path, Set<String> seen, String what) {
        String checked = requireId(id, path);
        if (checked != null && !seen.add(checked)) {
            problem(path, "the " + what + " id '" + checked + "' is used twice; ids must be unique");
            return null;
        }
        return checked;
    }

    /**
     * A text in every language, each at most {@code maxChars} characters: the handout's page targets (two
     * pages on track, four at most) hold for texts up to these lengths, and a longer one is a mistake.
     */
    LocalizedText text(Map<String, String> texts, String path, int maxChars) {
        LocalizedText text = text(texts, path);
        if (text == null) {
            return null;
        }
        boolean ok = true;
        for (Map.Entry<String, String> e : texts.entrySet()) {
            int length = e.getValue().length();
            if (length > maxChars) {
                problem(path + "." + e.getKey(), "is " + length + " characters long; expected at most " + maxChars
                        + " (longer texts would push the handout past its pages)");
                ok = false;
            }
        }
        return ok ? text : null;
    }

    LocalizedText text(Map<String, String> texts, String path) {
        if (texts == null) {
            problem(path, "missing; expected a text in each of " + languages);
            return null;
        }
        boolean ok = true;
        for (String language : languages) {
            String text = texts.get(language);
            if (text == null || text.isBlank()) {
                problem(path, "has no " + language + " text; every text needs each of " + languages);
                ok = false;
            }
        }
        for (String language : texts.keySet()) {
            if (!languages.contains(language)) {
                problem(path + "." + language, "language '" + language + "' is not in $.languages " + languages);
                ok = false;
            }
        }
        return ok ? new LocalizedText(texts) : null;
    }


    boolean isMissing(List<?> list, String path) {
        if (list == null || list.isEmpty()) {
            problem(path, "missing or empty; expected a list");
            return true;
        }
        return false;
    }

    static <T> Set<String> ids(List<T> items, Function<T, String> id) {
        return items.stream().map(id).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    void problem(String where, String message) {
        problems.add(new CatalogProblem(where, message));
    }
}
