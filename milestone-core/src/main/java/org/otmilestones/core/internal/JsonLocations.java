package org.otmilestones.core.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where each JSON path of a document starts: Jackson's data-binding errors on records carry the path
 * but not the place, problems found after parsing (an unknown area, a duplicate id) have only a path,
 * and people edit files by line. Not API: shared by the catalog and mapping-file readers.
 */
public final class JsonLocations {

    private final Map<String, int[]> byPath = new HashMap<>();

    private JsonLocations() {
    }

    /** Records every path of a document that is already known to be valid JSON. */
    public static JsonLocations of(JsonMapper mapper, String json) {
        JsonLocations locations = new JsonLocations();
        try (JsonParser parser = mapper.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                TokenStreamLocation at = parser.currentTokenLocation();
                locations.byPath.putIfAbsent(path(parser.streamReadContext()),
                        new int[] {at.getLineNr(), at.getColumnNr()});
            }
        } catch (JacksonException e) {
            // The document was parsed once already; a failure here only costs the line numbers.
        }
        return locations;
    }

    /** The path with its place in front, such as {@code line 4, column 7 ($.columns[0].field)}. */
    public String describe(String path) {
        int[] at = byPath.get(path);
        return at == null ? path : "line " + at[0] + ", column " + at[1] + " (" + path + ")";
    }

    /** The 1-based line where the value at this path starts, or 0 when the path is not in the document. */
    public int line(String path) {
        int[] at = byPath.get(path);
        return at == null ? 0 : at[0];
    }

    /** The 1-based column where the value at this path starts, or 0 when the path is not in the document. */
    public int column(String path) {
        int[] at = byPath.get(path);
        return at == null ? 0 : at[1];
    }

    /** The JSON path of the value a Jackson error is about, such as {@code $.milestones[3].area}. */
    public static String path(JacksonException e) {
        String path = "$";
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getIndex() >= 0) {
                path += "[" + reference.getIndex() + "]";
            } else if (reference.getPropertyName() != null) {
                path = child(path, reference.getPropertyName());
            }
        }
        return path;
    }

    /** The path of a member, as {@code $.a.b} for plain names and {@code $.a['Pas encore']} for others. */
    public static String child(String path, String name) {
        return name.matches("[A-Za-z_][A-Za-z0-9_]*") ? path + "." + name : path + "['" + name + "']";
    }

    /** The JSON path of a parser's place, such as {@code $.milestones[3]}. */
    public static String path(TokenStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.inObject() && c.currentName() != null) {
                parts.push(child("", c.currentName()));
            }
        }
        return "$" + String.join("", parts);
    }

    /** How deep JSON may nest before the reader refuses it (Jackson's default limit). */
    public static final int MAX_NESTING = tools.jackson.core.StreamReadConstraints.defaults().getMaxNestingDepth();

    /**
     * What is wrong, in plain words: never the parser's class names, token names or Java types, which mean
     * nothing to the person who edits the file.
     */
    public static String problem(JacksonException e) {
        String original = String.valueOf(e.getOriginalMessage());
        if (e instanceof tools.jackson.core.exc.StreamConstraintsException) {
            return original.contains("nesting depth") ? "is nested deeper than " + MAX_NESTING + " levels"
                    : "holds a number, text or name longer than this reader allows";
        }
        if (e instanceof tools.jackson.databind.exc.ValueInstantiationException && e.getCause() != null
                && e.getCause().getMessage() != null) {
            // The record's own check: its words are ours.
            return e.getCause().getMessage();
        }
        if (e instanceof tools.jackson.databind.exc.InvalidFormatException bad) {
            return "is " + shown(bad.getValue()) + ", not " + kind(bad.getTargetType());
        }
        if (e instanceof tools.jackson.databind.exc.MismatchedInputException bad && bad.getTargetType() != null) {
            return "has the wrong kind of value; expected " + kind(bad.getTargetType());
        }
        java.util.regex.Matcher duplicate = java.util.regex.Pattern.compile("^Duplicate (?:Object )?(?:property|field) \"(.*)\"")
                .matcher(original);
        if (duplicate.find()) {
            return "has the key \"" + duplicate.group(1) + "\" twice; keep one of them";
        }
        if (e instanceof tools.jackson.core.exc.StreamReadException) {
            return original.contains("end-of-input")
                    ? "is not valid JSON: the file ends before every bracket and quote is closed"
                    : "is not valid JSON: a comma, quote, colon or bracket is missing or one too many";
        }
        return "could not be read";
    }

    private static String shown(Object value) {
        String text = String.valueOf(value);
        return value instanceof String ? "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"" : text;
    }

    /** The kind of JSON value a Java type is read from, in words. */
    private static String kind(Class<?> type) {
        if (type == String.class || type == Character.class || type == char.class) {
            return "text in quotes";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "a list in [ ]";
        }
        if (type.isEnum()) {
            java.util.List<String> names = new java.util.ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                names.add(((Enum<?>) constant).name().toLowerCase(java.util.Locale.ROOT));
            }
            return "one of " + String.join(", ", names);
        }
        return "an object in { }";
    }
}
