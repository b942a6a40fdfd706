package org.otmilestones.survey;

import java.util.List;
import java.util.Map;

/**
 * A column-mapping file exactly as written, before validation; Jackson fills it and rejects unknown fields.
 */
record MappingFile(Integer formatVersion, String description, String dateOrder, Map<String, String> answers,
        List<ColumnJson> columns) {

    record ColumnJson(String header, Integer column, String field, String question, Boolean ignore,
            Map<String, String> answers, Boolean optional) {
    }
}
