package org.otmilestones.forms;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.otmilestones.core.AnswerChoice;
import org.otmilestones.core.FormField;
import org.otmilestones.core.FormNames;
import org.otmilestones.core.internal.KeepOpenStream;
import org.otmilestones.core.Area;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.Child;
import org.otmilestones.core.GeneralQuestion;
import org.otmilestones.core.Milestone;

/**
 * Writes an XLSForm (.xlsx with the sheets survey, choices and settings) for KoBoToolbox, ODK and Ona: the
 * child fields with constraints, a group per area (and per checkpoint, shown by the child's age through a
 * calculated field and {@code relevant}), {@code select_one} questions with one shared choice list, and every
 * text in each of the form's languages ({@code label::English (en)}, {@code label::Español (es)}).
 */
public final class XlsForms {

    /** The survey sheet's columns before the per-language ones. */
    private static final List<String> SURVEY_COLUMNS = List.of("type", "name", "required", "relevant", "constraint",
            "calculation", "appearance");

    /** The choice list of the milestone questions. */
    public static final String ANSWER_LIST = "otm_answer";

    /** The choice list of the general questions. */
    public static final String YES_NO_LIST = "otm_yes_no";

    /** The choice list of the signs of how a child handles the senses: yes, no, not sure. */
    public static final String SIGN_LIST = "otm_sign";

    private XlsForms() {
    }

    /** One row of the survey sheet. */
    private static final class Row {
        final Map<String, String> cells = new LinkedHashMap<>();
        final Map<String, Map<String, String>> texts = new LinkedHashMap<>();

        Row(String type, String name) {
            cells.put("type", type);
            cells.put("name", name);
        }

        Row set(String column, String value) {
            cells.put(column, value);
            return this;
        }

        /** The text of a column in each of the form's languages. */
        Row texts(Form form, String column, java.util.function.Function<String, String> text) {
            for (String language : form.languages()) {
                texts.computeIfAbsent(column, c -> new LinkedHashMap<>()).put(language, text.apply(language));
            }
            return this;
        }
    }

    /** Writes the workbook; the stream is left open. */
    public static void write(Form form, OutputStream xlsx) throws IOException {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(xlsx, "xlsx");
        List<Row> rows = surveyRows(form);
        Workbook workbook = new Workbook(new KeepOpenStream(xlsx), "OT Milestones", "1.0");
        writeSurvey(workbook.newWorksheet("survey"), form, rows);
        writeChoices(workbook.newWorksheet("choices"), form);
        writeSettings(workbook.newWorksheet("settings"), form);
        workbook.finish();
        xlsx.flush();
    }

    /** {@code English (en)}: the language's own name and its code, as KoBo and ODK expect. */
    public static String languageColumn(String language) {
        Locale locale = Locale.forLanguageTag(language);
        String name = locale.getDisplayLanguage(locale);
        if (name.isEmpty()) {
            name = language;
        }
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1) + " (" + language + ")";
    }

    private static List<Row> surveyRows(Form form) {
        Catalog catalog = form.catalog();
        FormNames names = FormNames.of(catalog);
        List<Row> rows = new ArrayList<>();
        rows.add(field(form, FormField.CHILD_NAME, "text"));
        rows.add(field(form, FormField.DATE_OF_BIRTH, "date").set("required", "yes").set("constraint", ". <= today()")
                .texts(form, "constraint_message", FormTexts::birthDateMessage));
        rows.add(field(form, FormField.WEEKS_AT_BIRTH, "integer")
                .set("constraint", ". >= " + Child.MIN_WEEKS_AT_BIRTH + " and . <= " + Child.MAX_WEEKS_AT_BIRTH)
                .texts(form, "constraint_message", FormTexts::weeksMessage).texts(form, "hint", FormTexts::weeksHint));
        rows.add(field(form, FormField.ASSESSMENT_DATE, "date").set("constraint", ". <= today()")
                .texts(form, "hint", FormTexts::assessmentDateHint));
        rows.add(field(form, FormField.COMPLETED_BY, "text"));
        if (form.hasEveryCheckpoint()) {
            rows.add(new Row("calculate", FormNames.AGE_MONTHS).set("calculation", ageCalculation(catalog)));
        }
        for (Checkpoint checkpoint : form.checkpoints()) {
            String checkpointGroup = "age_" + FormNames.sanitize(checkpoint.id());
            if (form.hasEveryCheckpoint()) {
                rows.add(new Row("begin_group", checkpointGroup).set("relevant", AgeRule.showsSection(catalog,
                        checkpoint, "${" + FormNames.AGE_MONTHS + "}", "and", months -> months + " != ''"))
                        .texts(form, "label", l -> FormTexts.checkpointSection(checkpoint, l)));
            }
            for (Area area : catalog.areas()) {
                List<Milestone> milestones = form.milestones(area, checkpoint);
                if (milestones.isEmpty()) {
                    continue;
                }
                String areaGroup = form.hasEveryCheckpoint() ? checkpointGroup + "_" + FormNames.sanitize(area.id())
                        : FormNames.sanitize(area.id());
                rows.add(new Row("begin_group", areaGroup).set("appearance", "field-list")
                        .texts(form, "label", l -> area.plainName().in(l)));
                for (Milestone m : milestones) {
                    rows.add(new Row("select_one " + ANSWER_LIST, names.name(m.id()))
                            .texts(form, "label", l -> m.question().in(l)));
                }
                rows.add(new Row("end_group", ""));
            }
            if (form.hasEveryCheckpoint()) {
                rows.add(new Row("end_group", ""));
            }
        }
        rows.add(new Row("begin_group", "general").set("appearance", "field-list")
                .texts(form, "label", FormTexts::generalSection));
        for (GeneralQuestion q : catalog.generalQuestions()) {
            rows.add(new Row("select_one " + YES_NO_LIST, names.name(q.id())).texts(form, "label", l -> q.question().in(l)));
        }
        rows.add(new Row("end_group", ""));
        if (!form.sensorySigns().isEmpty()) {
            rows.add(new Row("begin_group", "senses").set("appearance", "field-list")
                    .texts(form, "label", FormTexts::sensorySection));
            for (org.otmilestones.core.SensorySign sign : form.sensorySigns()) {
                rows.add(new Row("select_one " + SIGN_LIST, names.name(sign.id()))
                        .texts(form, "label", l -> sign.question().in(l)));
            }
            rows.add(new Row("end_group", ""));
        }
        return rows;
    }

    private static Row field(Form form, FormField field, String type) {
        return new Row(type, field.variableName()).texts(form, "label", field::label);
    }

    /** The corrected age in months on the assessment date, or today when it is blank; blank without a birth date. */
    static String ageCalculation(Catalog catalog) {
        String dob = "${" + FormField.DATE_OF_BIRTH.variableName() + "}";
        String assessed = "${" + FormField.ASSESSMENT_DATE.variableName() + "}";
        String weeks = "${" + FormField.WEEKS_AT_BIRTH.variableName() + "}";
        String days = "(decimal-date-time(if(" + assessed + " != '', " + assessed + ", today())) - decimal-date-time("
                + dob + "))";
        return "if(" + dob + " = '', '', " + AgeRule.monthsExpression(catalog.correctedAge(), days, weeks,
                weeks + " != ''", "div") + ")";
    }

    private static void writeSurvey(Worksheet sheet, Form form, List<Row> rows) {
        List<String> header = new ArrayList<>(SURVEY_COLUMNS);
        for (String column : List.of("label", "hint", "constraint_message")) {
            for (String language : form.languages()) {
                header.add(column + "::" + languageColumn(language));
            }
        }
        writeRow(sheet, 0, header);
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            List<String> cells = new ArrayList<>();
            for (String column : SURVEY_COLUMNS) {
                cells.add(row.cells.getOrDefault(column, ""));
            }
            for (String column : List.of("label", "hint", "constraint_message")) {
                for (String language : form.languages()) {
                    cells.add(row.texts.getOrDefault(column, Map.of()).getOrDefault(language, ""));
                }
            }
            writeRow(sheet, r + 1, cells);
        }
    }

    private static void writeChoices(Worksheet sheet, Form form) {
        List<String> header = new ArrayList<>(List.of("list_name", "name"));
        form.languages().forEach(l -> header.add("label::" + languageColumn(l)));
        writeRow(sheet, 0, header);
        int r = 1;
        for (AnswerChoice choice : AnswerChoice.milestoneChoices()) {
            writeRow(sheet, r++, choiceRow(form, ANSWER_LIST, choice));
        }
        for (AnswerChoice choice : AnswerChoice.yesNo()) {
            writeRow(sheet, r++, choiceRow(form, YES_NO_LIST, choice));
        }
        for (AnswerChoice choice : AnswerChoice.signChoices()) {
            writeRow(sheet, r++, choiceRow(form, SIGN_LIST, choice));
        }
    }

    private static List<String> choiceRow(Form form, String list, AnswerChoice choice) {
        List<String> cells = new ArrayList<>(List.of(list, choice.xlsFormName()));
        form.languages().forEach(l -> cells.add(choice.label(l)));
        return cells;
    }

    private static void writeSettings(Worksheet sheet, Form form) {
        writeRow(sheet, 0, List.of("form_title", "form_id", "version", "default_language"));
        writeRow(sheet, 1, List.of(FormTexts.title(form, form.language()), form.id(), form.catalog().version(),
                languageColumn(form.language())));
    }

    private static void writeRow(Worksheet sheet, int row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            if (!cells.get(c).isEmpty()) {
                sheet.value(row, c, cells.get(c));
            }
        }
    }
}
