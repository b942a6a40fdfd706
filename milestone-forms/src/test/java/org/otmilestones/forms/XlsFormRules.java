package org.otmilestones.forms;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An XLSForm read with Apache POI (as KoBo's and ODK's converter reads it with a spreadsheet library), and the
 * rules those tools apply to it as a checker: the three sheets, a type and a valid, unique name on every row,
 * a label in every language, every {@code select_one} list defined, every {@code ${field}} reference an
 * existing field, groups opened and closed, and the settings.
 */
final class XlsFormRules {

    private static final Pattern XML_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]*");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]*)}");
    private static final Set<String> TYPES = Set.of("text", "integer", "decimal", "date", "calculate", "note",
            "begin_group", "end_group");

    /** The workbook's sheets as rows of named cells. */
    record Sheets(Map<String, List<Map<String, String>>> byName) {
        List<Map<String, String>> sheet(String name) {
            return byName.getOrDefault(name, List.of());
        }
    }

    private XlsFormRules() {
    }

    static Sheets read(byte[] xlsx) throws IOException {
        Map<String, List<Map<String, String>>> sheets = new LinkedHashMap<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                List<Map<String, String>> rows = new ArrayList<>();
                Row header = sheet.getRow(0);
                for (int r = 1; header != null && r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    Map<String, String> cells = new LinkedHashMap<>();
                    for (int c = 0; c < header.getLastCellNum(); c++) {
                        String name = formatter.formatCellValue(header.getCell(c));
                        cells.put(name, row == null ? "" : formatter.formatCellValue(row.getCell(c)));
                    }
                    rows.add(cells);
                }
                if (header != null && rows.isEmpty()) {
                    Map<String, String> names = new LinkedHashMap<>();
                    header.forEach(cell -> names.put(formatter.formatCellValue(cell), ""));
                    rows.add(names);
                }
                sheets.put(sheet.getSheetName(), rows);
            }
        }
        return new Sheets(sheets);
    }

    /** Every rule the form breaks, for these label languages ({@code English (en)}); empty when it is good. */
    static List<String> problems(Sheets form, List<String> languages) {
        List<String> problems = new ArrayList<>();
        for (String sheet : List.of("survey", "choices", "settings")) {
            if (form.sheet(sheet).isEmpty()) {
                problems.add("no " + sheet + " sheet");
                return problems;
            }
        }
        Map<String, Set<String>> lists = new LinkedHashMap<>();
        for (Map<String, String> choice : form.sheet("choices")) {
            String list = choice.getOrDefault("list_name", "");
            String name = choice.getOrDefault("name", "");
            if (!lists.computeIfAbsent(list, l -> new HashSet<>()).add(name)) {
                problems.add("choice " + list + "/" + name + " repeated");
            }
            for (String language : languages) {
                if (choice.getOrDefault("label::" + language, "").isBlank()) {
                    problems.add("choice " + list + "/" + name + " has no label in " + language);
                }
            }
        }
        Set<String> names = new HashSet<>();
        List<String> references = new ArrayList<>();
        Deque<String> groups = new ArrayDeque<>();
        for (Map<String, String> row : form.sheet("survey")) {
            String type = row.getOrDefault("type", "").strip();
            String name = row.getOrDefault("name", "").strip();
            String base = type.startsWith("select_one ") ? "select_one" : type;
            if (!TYPES.contains(base) && !base.equals("select_one")) {
                problems.add(name + ": unknown type '" + type + "'");
            }
            if (base.equals("select_one") && !lists.containsKey(type.substring("select_one ".length()).strip())) {
                problems.add(name + ": its choice list '" + type.substring(11) + "' is not on the choices sheet");
            }
            if (type.equals("end_group")) {
                if (groups.isEmpty()) {
                    problems.add("end_group without begin_group");
                } else {
                    groups.pop();
                }
                continue;
            }
            if (!XML_NAME.matcher(name).matches()) {
                problems.add("'" + name + "': not a valid name");
            }
            if (!names.add(name)) {
                problems.add(name + ": repeated name");
            }
            if (type.equals("begin_group")) {
                groups.push(name);
            }
            if (!type.equals("calculate")) {
                for (String language : languages) {
                    if (row.getOrDefault("label::" + language, "").isBlank()) {
                        problems.add(name + ": no label in " + language);
                    }
                }
            } else if (row.getOrDefault("calculation", "").isBlank()) {
                problems.add(name + ": a calculate without a calculation");
            }
            for (String column : List.of("relevant", "constraint", "calculation")) {
                String expression = row.getOrDefault(column, "");
                Matcher m = REFERENCE.matcher(expression);
                while (m.find()) {
                    references.add(name + " " + column + " -> " + m.group(1));
                }
                if (expression.chars().filter(c -> c == '(').count() != expression.chars().filter(c -> c == ')').count()
                        || expression.chars().filter(c -> c == '\'').count() % 2 != 0) {
                    problems.add(name + ": unbalanced brackets or quotes in " + column);
                }
            }
        }
        if (!groups.isEmpty()) {
            problems.add("groups not closed: " + groups);
        }
        for (String reference : references) {
            String target = reference.substring(reference.indexOf("-> ") + 3);
            if (!names.contains(target)) {
                problems.add(reference + ": no such field");
            }
        }
        Map<String, String> settings = form.sheet("settings").get(0);
        if (!XML_NAME.matcher(settings.getOrDefault("form_id", "")).matches()) {
            problems.add("settings: form_id is not a valid name");
        }
        if (!languages.contains(settings.getOrDefault("default_language", ""))) {
            problems.add("settings: default_language is not one of the label languages");
        }
        return problems;
    }
}
