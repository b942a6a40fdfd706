package org.otmilestones.survey.fhir;

import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading helpers for FHIR JSON trees. */
final class Json {

    /** The reader: plain JSON, repeated keys are an error (a response must not answer twice in one object). */
    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /** How deep a resource may nest: Jackson's default limit, which the catalog and mapping readers keep. */
    static final int MAX_NESTING = org.otmilestones.core.internal.JsonLocations.MAX_NESTING;

    /**
     * The reader for FHIR files: as {@link #MAPPER}, with no nesting limit of its own (its trees are built
     * without recursion), so a resource nested too deep is found by {@link #tooDeep} and fails alone, and
     * the stream goes on with the next one.
     */
    static final JsonMapper STREAM_MAPPER = JsonMapper.builder(tools.jackson.core.json.JsonFactory.builder()
                    .streamReadConstraints(tools.jackson.core.StreamReadConstraints.builder()
                            .maxNestingDepth(Integer.MAX_VALUE).build()).build())
            .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private Json() {
    }

    /** A string member, stripped, when it is there and not blank. */
    static Optional<String> text(JsonNode node, String name) {
        JsonNode value = node.path(name);
        return value.isString() && !value.stringValue().isBlank() ? Optional.of(value.stringValue().strip())
                : Optional.empty();
    }

    /** The resource type, or an empty string. */
    static String resourceType(JsonNode node) {
        return text(node, "resourceType").orElse("");
    }

    /**
     * The JSON pointer of the first value nested deeper than {@link #MAX_NESTING} levels, when there is one,
     * found without recursion; {@code depth} is how deep {@code root} itself is in its document, and
     * {@code pointer} its place.
     */
    static Optional<String> tooDeep(JsonNode root, String pointer, int depth) {
        java.util.ArrayDeque<java.util.Iterator<java.util.Map.Entry<String, JsonNode>>> open = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<String> path = new java.util.ArrayDeque<>();
        if (!root.isContainer()) {
            return Optional.empty();
        }
        if (depth > MAX_NESTING) {
            return Optional.of(pointer.isEmpty() ? "/" : pointer);
        }
        open.push(children(root));
        while (!open.isEmpty()) {
            java.util.Iterator<java.util.Map.Entry<String, JsonNode>> next = open.peek();
            if (!next.hasNext()) {
                open.pop();
                if (!path.isEmpty()) {
                    path.removeLast();
                }
                continue;
            }
            java.util.Map.Entry<String, JsonNode> child = next.next();
            if (child.getValue().isContainer()) {
                path.addLast(child.getKey().replace("~", "~0").replace("/", "~1"));
                if (depth + open.size() > MAX_NESTING) {
                    return Optional.of(pointer + "/" + String.join("/", path));
                }
                open.push(children(child.getValue()));
            }
        }
        return Optional.empty();
    }

    private static java.util.Iterator<java.util.Map.Entry<String, JsonNode>> children(JsonNode node) {
        if (node.isObject()) {
            return node.properties().iterator();
        }
        java.util.Iterator<JsonNode> values = node.values().iterator();
        return new java.util.Iterator<>() {
            private int index;

            @Override
            public boolean hasNext() {
                return values.hasNext();
            }

            @Override
            public java.util.Map.Entry<String, JsonNode> next() {
                return java.util.Map.entry(String.valueOf(index++), values.next());
            }
        };
    }
}
