package org.otmilestones.core.internal;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON reader setting for files people write by hand (catalogs, mappings): unknown fields,
 * repeated keys, trailing text and fractions where whole numbers belong are errors, so a typo never
 * vanishes silently. Not API.
 */
public final class StrictJson {

    /** The strict reader; a configured Jackson mapper is immutable, so it is shared. */
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // An age of 9.5 months must be an error, not 9.
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private StrictJson() {
    }
}
