package org.otmilestones.forms;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.otmilestones.core.AnswerChoice;
import org.otmilestones.core.Area;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.Child;
import org.otmilestones.core.FormField;
import org.otmilestones.core.FormNames;
import org.otmilestones.core.GeneralQuestion;
import org.otmilestones.core.Milestone;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.otmilestones.core.internal.CsvTable;

/**
 * Writes a REDCap data dictionary (the CSV of Project Setup › Data Dictionary › Upload) for a form: one
 * instrument with the child fields, a section per area (and per checkpoint, shown by the child's age
 * through a calculated field and branching logic), radio fields coded 1 Yes, 2 Sometimes, 3 Not yet,
 * 4 Not sure, and yes/no fields for the general questions. Labels are in the form's main language.
 */
public final class RedcapDictionaries {

    /** The 18 columns of a REDCap data dictionary, in REDCap's order and spelling. */
    public static final List<String> COLUMNS = List.of("Variable / Field Name", "Form Name", "Section Header",
            "Field Type", "Field Label", "Choices, Calculations, OR Slider Labels", "Field Note",
            "Text Validation Type OR Show Slider Number", "Text Validation Min", "Text Validation Max", "Identifier?",
            "Branching Logic (Show field only if...)", "Required Field?", "Custom Alignment",
            "Question Number (surveys only)", "Matrix Group Name", "Matrix Ranking?", "Field Annotation");

    /** The one instrument's name; REDCap adds {@code milestone_checklist_complete} to exports. */
    public static final String INSTRUMENT = "milestone_checklist";

    /** The record id field, REDCap's first field. */
    public static final String RECORD_ID = "record_id";

    private RedcapDictionaries() {
    }

    /** One row of the dictionary, by column name. */
    private static final class Field {
        final String[] cells = new String[COLUMNS.size()];

        Field(String name, String section, String type, String label) {
            Arrays.fill(cells, "");
            set("Variable / Field Name", name);
            set("Form Name", INSTRUMENT);
            set("Section Header", section);
            set("Field Type", type);
            set("Field Label", label);
        }

        Field set(String column, String value) {
            cells[COLUMNS.indexOf(column)] = value;
            return this;
        }
    }

    /** Writes the dictionary as CSV with CRLF line ends; the writer is left open. */
    public static void write(Form form, Writer csv) throws IOException {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(csv, "csv");
        // Commons CSV directly: the spreadsheet-safe table would put an apostrophe before REDCap's action
        // tags (@TODAY); every other cell is made spreadsheet-safe below.
        CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
        printer.printRecord(COLUMNS);
        int annotation = COLUMNS.indexOf("Field Annotation");
        for (Field field : fields(form)) {
            List<String> cells = new ArrayList<>(COLUMNS.size());
            for (int i = 0; i < field.cells.length; i++) {
                String cell = field.cells[i];
                cells.add(i == annotation && cell.startsWith("@") ? cell : CsvTable.neutralise(cell));
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    private static List<Field> fields(Form form) {
        Catalog catalog = form.catalog();
        String lang = form.language();
        FormNames names = FormNames.of(catalog);
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(RECORD_ID, "", "text", "Record ID"));
        fields.add(new Field(FormField.CHILD_NAME.variableName(), "", "text", FormField.CHILD_NAME.label(lang))
                .set("Identifier?", "y"));
        fields.add(new Field(FormField.DATE_OF_BIRTH.variableName(), "", "text", FormField.DATE_OF_BIRTH.label(lang))
                .set("Text Validation Type OR Show Slider Number", "date_ymd").set("Identifier?", "y")
                .set("Required Field?", "y"));
        fields.add(new Field(FormField.WEEKS_AT_BIRTH.variableName(), "", "text", FormField.WEEKS_AT_BIRTH.label(lang))
                .set("Field Note", FormTexts.weeksHint(lang))
                .set("Text Validation Type OR Show Slider Number", "integer")
                .set("Text Validation Min", String.valueOf(Child.MIN_WEEKS_AT_BIRTH))
                .set("Text Validation Max", String.valueOf(Child.MAX_WEEKS_AT_BIRTH)));
        fields.add(new Field(FormField.ASSESSMENT_DATE.variableName(), "", "text",
                FormField.ASSESSMENT_DATE.label(lang)).set("Field Note", FormTexts.assessmentDateHint(lang))
                .set("Text Validation Type OR Show Slider Number", "date_ymd").set("Field Annotation", "@TODAY"));
        fields.add(new Field(FormField.COMPLETED_BY.variableName(), "", "text", FormField.COMPLETED_BY.label(lang)));
        if (form.hasEveryCheckpoint()) {
            fields.add(new Field(FormNames.AGE_MONTHS, "", "calc", FormTexts.ageMonthsLabel(lang))
                    .set("Choices, Calculations, OR Slider Labels", ageCalculation(catalog))
                    .set("Field Annotation", "@HIDDEN-SURVEY"));
        }
        String milestoneChoices = choices(AnswerChoice.milestoneChoices(), lang);
        for (Checkpoint checkpoint : form.checkpoints()) {
            String branching = form.hasEveryCheckpoint() ? AgeRule.showsSection(catalog, checkpoint,
                    "[" + FormNames.AGE_MONTHS + "]", "and", months -> months + " <> \"\"") : "";
            for (Area area : catalog.areas()) {
                String section = form.hasEveryCheckpoint()
                        ? FormTexts.checkpointSection(checkpoint, lang) + ": " + area.plainName().in(lang)
                        : area.plainName().in(lang);
                boolean first = true;
                for (Milestone m : form.milestones(area, checkpoint)) {
                    fields.add(new Field(names.name(m.id()), first ? section : "", "radio", m.question().in(lang))
                            .set("Choices, Calculations, OR Slider Labels", milestoneChoices)
                            .set("Branching Logic (Show field only if...)", branching)
                            .set("Field Annotation", m.id()));
                    first = false;
                }
            }
        }
        boolean first = true;
        for (GeneralQuestion q : catalog.generalQuestions()) {
            fields.add(new Field(names.name(q.id()), first ? FormTexts.generalSection(lang) : "", "yesno",
                    q.question().in(lang)).set("Field Annotation", q.id()));
            first = false;
        }
        String signChoices = choices(AnswerChoice.signChoices(), lang);
        first = true;
        for (org.otmilestones.core.SensorySign sign : form.sensorySigns()) {
            fields.add(new Field(names.name(sign.id()), first ? FormTexts.sensorySection(lang) : "", "radio",
                    sign.question().in(lang)).set("Choices, Calculations, OR Slider Labels", signChoices)
                    .set("Field Annotation", sign.id()));
            first = false;
        }
        return fields;
    }

    /** {@code 1, Yes | 2, Sometimes | 3, Not yet | 4, Not sure}, as REDCap writes choices. */
    private static String choices(List<AnswerChoice> choices, String lang) {
        return choices.stream().map(c -> c.redcapCode() + ", " + c.label(lang)).collect(Collectors.joining(" | "));
    }

    /** The corrected age in months on the assessment date, or today when it is blank. */
    static String ageCalculation(Catalog catalog) {
        String weeks = "[" + FormField.WEEKS_AT_BIRTH.variableName() + "]";
        String dob = "[" + FormField.DATE_OF_BIRTH.variableName() + "]";
        String onDate = "datediff(" + dob + ", [" + FormField.ASSESSMENT_DATE.variableName() + "], \"d\")";
        String today = "datediff(" + dob + ", 'today', \"d\")";
        String notBlank = weeks + " <> \"\"";
        return "if([" + FormField.ASSESSMENT_DATE.variableName() + "] <> \"\", "
                + AgeRule.monthsExpression(catalog.correctedAge(), onDate, weeks, notBlank, "/") + ", "
                + AgeRule.monthsExpression(catalog.correctedAge(), today, weeks, notBlank, "/") + ")";
    }
}
