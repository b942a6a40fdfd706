package org.otmilestones.forms.fhir;

import java.util.List;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The JSON settings and small builders the FHIR writers share. */
final class FhirJson {

    /** Pretty JSON for the files people look at (questionnaires). */
    static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Compact JSON for streams of resources. */
    static final JsonMapper COMPACT = JsonMapper.builder().build();

    static final String TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation";

    private FhirJson() {
    }

    /**
     * Sets a string element and, for every other language, its translation extension
     * ({@code _name.extension[translation]}).
     */
    static void text(ObjectNode node, String name, List<String> languages, java.util.function.Function<String, String> text) {
        node.put(name, text.apply(languages.get(0)));
        if (languages.size() > 1) {
            ArrayNode extensions = node.putObject("_" + name).putArray("extension");
            for (String language : languages.subList(1, languages.size())) {
                ArrayNode parts = extensions.addObject().put("url", TRANSLATION).putArray("extension");
                parts.addObject().put("url", "lang").put("valueCode", language);
                parts.addObject().put("url", "content").put("valueString", text.apply(language));
            }
        }
    }

    /** A coding of ours with its display in every language. */
    static ObjectNode coding(ObjectNode parent, String name, String system, String code, List<String> languages,
            java.util.function.Function<String, String> display) {
        ObjectNode coding = parent.putObject(name).put("system", system).put("code", code);
        text(coding, "display", languages, display);
        return coding;
    }
}
