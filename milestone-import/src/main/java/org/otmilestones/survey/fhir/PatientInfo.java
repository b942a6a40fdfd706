package org.otmilestones.survey.fhir;

import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * What the import takes from a Patient: its id, first identifier, name and birth date (kept as written, so a
 * partial date can be reported). The name and birth date are health data: they go into the child only.
 *
 * @param pointer where the Patient is in the file, as a JSON pointer, for messages
 * @param id the resource id, if any
 * @param identifier the first identifier's value, if any
 * @param name the first name as text, or given names and family name, if any
 * @param birthDate the birth date as written, if any
 */
record PatientInfo(String pointer, Optional<String> id, Optional<String> identifier, Optional<String> name,
        Optional<String> birthDate) {

    /** Reads a Patient resource found at {@code pointer}. */
    static PatientInfo of(JsonNode patient, String pointer) {
        return new PatientInfo(pointer, Json.text(patient, "id"), firstIdentifier(patient.path("identifier")),
                name(patient.path("name")), Json.text(patient, "birthDate"));
    }

    static Optional<String> firstIdentifier(JsonNode identifiers) {
        JsonNode all = identifiers.isArray() ? identifiers : asArray(identifiers);
        for (JsonNode identifier : all) {
            Optional<String> value = Json.text(identifier, "value");
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    private static JsonNode asArray(JsonNode node) {
        return node.isObject() ? Json.MAPPER.createArrayNode().add(node) : Json.MAPPER.createArrayNode();
    }

    private static Optional<String> name(JsonNode names) {
        if (!names.isArray()) {
            return Optional.empty();
        }
        for (JsonNode name : names) {
            Optional<String> text = Json.text(name, "text");
            if (text.isPresent()) {
                return text;
            }
            StringBuilder parts = new StringBuilder();
            for (JsonNode given : name.path("given")) {
                if (given.isString() && !given.stringValue().isBlank()) {
                    parts.append(parts.length() > 0 ? " " : "").append(given.stringValue().strip());
                }
            }
            Json.text(name, "family").ifPresent(f -> parts.append(parts.length() > 0 ? " " : "").append(f));
            if (parts.length() > 0) {
                return Optional.of(parts.toString());
            }
        }
        return Optional.empty();
    }
}
