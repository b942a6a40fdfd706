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
}
