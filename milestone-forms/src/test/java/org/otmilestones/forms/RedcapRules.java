package org.otmilestones.forms;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.otmilestones.core.FormNames;

/**
 * REDCap's documented rules for a data dictionary, as a checker: the 18 columns in order, variable and form
 * names (lower-case letters, digits and underscores, starting with a letter; at most 26 characters recommended,
 * 100 allowed; no reserved names), the first field the record id, known field types and validations, choices
 * written {@code code, label | code, label}, and branching logic and calculations that name existing fields.
 */
final class RedcapRules {

    static final Set<String> FIELD_TYPES = Set.of("text", "notes", "calc", "dropdown", "radio", "checkbox", "yesno",
            "truefalse", "file", "slider", "descriptive", "sql");
    static final Set<String> VALIDATIONS = Set.of("", "date_ymd", "date_mdy", "date_dmy", "integer", "number",
            "email", "phone", "time", "datetime_ymd", "zipcode");
    /** Names REDCap keeps for itself. */
    static final Set<String> RESERVED = Set.of("redcap_event_name", "redcap_data_access_group",
            "redcap_repeat_instrument", "redcap_repeat_instance", "redcap_survey_identifier", "event_id", "arm",
            "record", "instance", "page", "user", "project_id", "event", "calendar");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern CHOICES = Pattern.compile("-?\\d+, [^|]+( \\| -?\\d+, [^|]+)*");
    private static final Pattern FIELD_REFERENCE = Pattern.compile("\\[([a-z0-9_]+)]");

    private RedcapRules() {
    }

    static Optional<String> variableNameProblem(String name) {
        if (!NAME.matcher(name).matches()) {
            return Optional.of(name + ": only lower-case letters, digits and underscores, starting with a letter");
        }
        if (name.length() > FormNames.MAX_LENGTH) {
            return Optional.of(name + ": longer than the 26 characters REDCap recommends");
        }
        if (name.contains("__") || name.endsWith("_")) {
            return Optional.of(name + ": double or trailing underscore (REDCap uses ___ for checkbox columns)");
        }
        if (RESERVED.contains(name)) {
            return Optional.of(name + ": reserved by REDCap");
        }
        return Optional.empty();
    }

    /** Every rule the dictionary breaks; empty when REDCap would take it. */
    static List<String> problems(List<List<String>> rows) {
        List<String> problems = new ArrayList<>();
        if (rows.isEmpty() || !rows.get(0).equals(RedcapDictionaries.COLUMNS)) {
            problems.add("the header is not REDCap's 18 columns in order");
            return problems;
        }
        Set<String> names = new HashSet<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() != 18) {
                problems.add("row " + r + " has " + row.size() + " cells");
                continue;
            }
            String name = row.get(0);
            variableNameProblem(name).ifPresent(problems::add);
            if (!names.add(name)) {
                problems.add(name + ": repeated");
            }
            if (r == 1 && !name.equals("record_id")) {
                problems.add("the first field is not the record id");
            }
            if (!NAME.matcher(row.get(1)).matches()) {
                problems.add(name + ": form name '" + row.get(1) + "'");
            }
            String type = row.get(3);
            if (!FIELD_TYPES.contains(type)) {
                problems.add(name + ": unknown field type '" + type + "'");
            }
            if (row.get(4).isBlank()) {
                problems.add(name + ": no field label");
            }
            String choices = row.get(5);
            if ((type.equals("radio") || type.equals("dropdown") || type.equals("checkbox"))
                    && !CHOICES.matcher(choices).matches()) {
                problems.add(name + ": choices '" + choices + "' are not 'code, label | code, label'");
            }
            if (type.equals("yesno") && !choices.isEmpty()) {
                problems.add(name + ": a yesno field has its own choices");
            }
            if (type.equals("calc") && choices.isBlank()) {
                problems.add(name + ": a calc field without a calculation");
            }
            if (!VALIDATIONS.contains(row.get(7))) {
                problems.add(name + ": unknown validation '" + row.get(7) + "'");
            }
            for (String logic : List.of(row.get(11), type.equals("calc") ? choices : "")) {
                Matcher m = FIELD_REFERENCE.matcher(logic);
                while (m.find()) {
                    if (!names.contains(m.group(1))) {
                        problems.add(name + ": refers to [" + m.group(1) + "], which is not a field before it");
                    }
                }
                if (count(logic, '(') != count(logic, ')') || count(logic, '"') % 2 != 0) {
                    problems.add(name + ": unbalanced brackets or quotes in '" + logic + "'");
                }
            }
            if (!Set.of("", "y").contains(row.get(10)) || !Set.of("", "y").contains(row.get(12))) {
                problems.add(name + ": Identifier? and Required Field? take y or nothing");
            }
        }
        return problems;
    }

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }
}
