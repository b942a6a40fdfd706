package org.otmilestones.survey.fhir;

import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading helpers for FHIR JSON trees. */
final class Json {

    /** The reader: plain JSON, repeated keys are an error (a response must not answer twice in one object). */
    static final JsonMapper MAPPER = JsonMapper.builder()
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
}
