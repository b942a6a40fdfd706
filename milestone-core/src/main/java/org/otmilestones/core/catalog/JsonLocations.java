package org.otmilestones.core.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Finds the line and column of JSON paths in a file, so that a problem found after parsing (an
 * unknown area, a duplicate id) still points at its place in the file.
 */
final class JsonLocations {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonLocations() {
    }

    /** The problems with their line and column filled in where the path is found in the file. */
    static List<CatalogProblem> locate(byte[] json, List<CatalogProblem> problems) {
        Map<String, int[]> where = index(json);
        List<CatalogProblem> located = new ArrayList<>(problems.size());
        for (CatalogProblem problem : problems) {
            int[] at = where.get(problem.path());
            located.add(at == null || problem.line() > 0 ? problem : problem.at(at[0], at[1]));
        }
        return located;
    }

    /** Every value's JSON path (as {@code $.a[0].b}) mapped to the line and column where it starts. */
    private static Map<String, int[]> index(byte[] json) {
        Map<String, int[]> where = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(tools.jackson.core.ObjectReadContext.empty(), json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                TokenStreamLocation location = parser.currentTokenLocation();
                String path = path(parser.streamReadContext().pathAsPointer().toString());
                where.putIfAbsent(path, new int[] {location.getLineNr(), location.getColumnNr()});
            }
        } catch (JacksonException e) {
            // The file parsed once already; if it does not now, the problems keep their paths only.
        }
        return where;
    }

    /** Turns a JSON pointer ({@code /milestones/3/area}) into our path form ({@code $.milestones[3].area}). */
    private static String path(String pointer) {
        StringBuilder path = new StringBuilder("$");
        if (pointer.isEmpty()) {
            return "$";
        }
        for (String segment : pointer.substring(1).split("/", -1)) {
            String name = segment.replace("~1", "/").replace("~0", "~");
            if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
                path.append('[').append(name).append(']');
            } else {
                path.append('.').append(name);
            }
        }
        return path.toString();
    }
}
