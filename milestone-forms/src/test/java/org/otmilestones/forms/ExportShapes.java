package org.otmilestones.forms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.otmilestones.core.Answer;
import org.otmilestones.core.AnswerChoice;
import org.otmilestones.core.Area;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.FormField;
import org.otmilestones.core.FormNames;
import org.otmilestones.core.GeneralQuestion;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.FhirIds;

/**
 * Answers made the way each tool exports them from a generated form: REDCap raw, KoBoToolbox (labels or
 * XML names, ';' or ',', with or without group prefixes), ODK Central, Google Forms, a FHIR response, and
 * our CSV template for comparison. The layouts follow the tools' real exports (metadata columns, quoting,
 * line ends, timestamp formats); the metadata a caller gives replaces ours, so a test can use a real file's.
 */
public final class ExportShapes {

    /**
     * One family's form.
     *
     * @param id the clinic's or tool's record id
     * @param name the child's name
     * @param born the date of birth
     * @param weeks weeks at birth, if given
     * @param assessed the day the form was filled in
     * @param checkpoint the checkpoint whose questions were shown (the child's age in an "every age" form)
     * @param answers the answers by question id; questions left out are blank
     */
    public record Family(String id, String name, LocalDate born, Optional<Integer> weeks, LocalDate assessed,
            Checkpoint checkpoint, Map<String, Answer> answers) {
    }

    /** How KoBo and ODK head the columns. */
    public enum Headers {
        /** The labels in one language. */
        LABELS,
        /** The XML names; values are choice names. */
        NAMES
    }

    /**
     * A CSV layout.
     *
     * @param delimiter between values
     * @param quoteAll whether every value is quoted (KoBo, Google Forms) or only those that need it
     * @param lineEnd CRLF or LF
     * @param before metadata columns before the form's, with each row's value
     * @param after metadata columns after the form's, with each row's value
     */
    public record Layout(char delimiter, boolean quoteAll, String lineEnd, Map<String, String> before,
            Map<String, String> after) {
    }

    /** KoBo's default CSV: ';', every value quoted, CRLF, start/end first and its system columns last. */
    public static Layout kobo(char delimiter) {
        Map<String, String> before = new LinkedHashMap<>();
        before.put("start", "2026-11-20T09:40:39.000-04:00");
        before.put("end", "2026-11-20T09:52:13.000-04:00");
        Map<String, String> after = new LinkedHashMap<>();
        after.put("_id", "{n}");
        after.put("_uuid", "48583952-1892-4931-8d9c-{n}");
        after.put("_submission_time", "2026-11-20T13:52:19");
        after.put("_validation_status", "");
        after.put("_notes", "");
        after.put("_status", "submitted_via_web");
        after.put("_submitted_by", "");
        after.put("_tags", "");
        after.put("_index", "{n}");
        return new Layout(delimiter, true, "\r\n", before, after);
    }

    /** ODK Central's CSV: ',', quoted only when needed, LF, SubmissionDate first, its columns last. */
    public static Layout odkCentral() {
        Map<String, String> before = new LinkedHashMap<>();
        before.put("SubmissionDate", "2026-11-20T13:52:19.000Z");
        Map<String, String> after = new LinkedHashMap<>();
        after.put("meta-instanceID", "uuid:{n}");
        after.put("KEY", "uuid:{n}");
        for (String column : List.of("SubmitterID", "SubmitterName", "AttachmentsPresent", "AttachmentsExpected",
                "Status", "ReviewState", "DeviceID", "Edits", "FormVersion")) {
            after.put(column, column.startsWith("Attachments") || column.equals("Edits") ? "0" : "");
        }
        return new Layout(',', false, "\n", before, after);
    }

    private ExportShapes() {
    }

    /** The generated form's questions in form order: child fields are not in it. */
    private static List<String> questionIds(Form form) {
        List<String> ids = new ArrayList<>();
        for (Checkpoint c : form.checkpoints()) {
            for (Area a : form.catalog().areas()) {
                form.milestones(a, c).forEach(m -> ids.add(m.id()));
            }
        }
        form.catalog().generalQuestions().forEach(q -> ids.add(q.id()));
        form.sensorySigns().forEach(sign -> ids.add(sign.id()));
        return ids;
    }

    /** Whether a family's form showed this question. */
    private static boolean shown(Form form, Family family, String id) {
        Optional<Milestone> m = form.catalog().milestone(id);
        return m.isEmpty() || !form.hasEveryCheckpoint() || m.get().checkpointId().equals(family.checkpoint().id());
    }

    private static Answer answer(Family family, String id) {
        return family.answers().getOrDefault(id, Answer.NO_ANSWER);
    }

    private static Optional<AnswerChoice> choice(Form form, String id, Answer answer) {
        boolean general = form.catalog().generalQuestion(id).isPresent();
        boolean sign = form.catalog().sensorySigns().sign(id).isPresent();
        return (general ? AnswerChoice.yesNo() : sign ? AnswerChoice.signChoices() : AnswerChoice.milestoneChoices()).stream()
                .filter(c -> c.answer() == answer).findFirst();
    }

    /** A REDCap raw export of a project made from the generated data dictionary. */
    public static String redcapRaw(Form form, List<Family> families) {
        return redcapRaw(form, families, "{date} 15:52:43");
    }

    /** A REDCap raw export whose survey timestamps are written like this ({date} is the day filled in). */
    public static String redcapRaw(Form form, List<Family> families, String timestamp) {
        FormNames names = FormNames.of(form.catalog());
        List<String> header = new ArrayList<>(List.of("record_id", "redcap_survey_identifier",
                RedcapDictionaries.INSTRUMENT + "_timestamp", "child_name", "child_dob", "weeks_at_birth",
                "assessment_date", "completed_by"));
        if (form.hasEveryCheckpoint()) {
            header.add(FormNames.AGE_MONTHS);
        }
        questionIds(form).forEach(id -> header.add(names.name(id)));
        header.add(RedcapDictionaries.INSTRUMENT + "_complete");
        StringBuilder csv = new StringBuilder(line(header, ',', false)).append('\n');
        for (Family f : families) {
            List<String> row = new ArrayList<>(List.of(f.id(), "", timestamp.replace("{date}", f.assessed().toString()), f.name(),
                    f.born().toString(), f.weeks().map(String::valueOf).orElse(""), f.assessed().toString(), "mother"));
            if (form.hasEveryCheckpoint()) {
                row.add(String.valueOf(f.checkpoint().ageMonths() + 0.4));
            }
            for (String id : questionIds(form)) {
                row.add(shown(form, f, id) ? choice(form, id, answer(f, id)).map(AnswerChoice::redcapCode).orElse("")
                        : "");
            }
            row.add("2");
            csv.append(line(row, ',', false)).append('\n');
        }
        return csv.toString();
    }

    /** A KoBoToolbox or ODK Central CSV export of a project made from the generated XLSForm. */
    public static String xlsFormExport(Form form, List<Family> families, Layout layout, Headers headers,
            String language, Optional<String> groupSeparator) {
        Catalog catalog = form.catalog();
        FormNames names = FormNames.of(catalog);
        List<String> header = new ArrayList<>(layout.before().keySet());
        List<FormField> fields = List.of(FormField.CHILD_NAME, FormField.DATE_OF_BIRTH, FormField.WEEKS_AT_BIRTH,
                FormField.ASSESSMENT_DATE, FormField.COMPLETED_BY);
        fields.forEach(f -> header.add(headers == Headers.NAMES ? f.variableName() : f.label(language)));
        if (form.hasEveryCheckpoint()) {
            header.add(FormNames.AGE_MONTHS);
        }
        for (String id : questionIds(form)) {
            String text = headers == Headers.NAMES ? names.name(id) : question(catalog, id, language);
            List<String> groups = groups(form, id, headers, language);
            header.add(groupSeparator.map(sep -> String.join(sep, groups) + sep).orElse("") + text);
        }
        header.addAll(layout.after().keySet());
        StringBuilder csv = new StringBuilder(line(header, layout.delimiter(), layout.quoteAll()))
                .append(layout.lineEnd());
        int n = 1;
        for (Family f : families) {
            List<String> row = new ArrayList<>();
            String number = String.valueOf(60 + n++);
            layout.before().values().forEach(v -> row.add(v.replace("{n}", number)));
            row.addAll(List.of(f.name(), f.born().toString(), f.weeks().map(String::valueOf).orElse(""),
                    f.assessed().toString(), "mother"));
            if (form.hasEveryCheckpoint()) {
                row.add(String.valueOf(f.checkpoint().ageMonths() + 0.4));
            }
            for (String id : questionIds(form)) {
                Optional<AnswerChoice> c = shown(form, f, id) ? choice(form, id, answer(f, id)) : Optional.empty();
                row.add(c.map(x -> headers == Headers.NAMES ? x.xlsFormName() : x.label(language)).orElse(""));
            }
            layout.after().values().forEach(v -> row.add(v.replace("{n}", number)));
            csv.append(line(row, layout.delimiter(), layout.quoteAll())).append(layout.lineEnd());
        }
        return csv.toString();
    }

    private static List<String> groups(Form form, String id, Headers headers, String language) {
        Catalog catalog = form.catalog();
        Optional<Milestone> m = catalog.milestone(id);
        if (m.isEmpty()) {
            return List.of(headers == Headers.NAMES ? "general" : FormTexts.generalSection(language));
        }
        Checkpoint c = catalog.checkpoint(m.get().checkpointId()).orElseThrow();
        Area a = catalog.area(m.get().areaId()).orElseThrow();
        List<String> groups = new ArrayList<>();
        String checkpointGroup = "age_" + FormNames.sanitize(c.id());
        if (form.hasEveryCheckpoint()) {
            groups.add(headers == Headers.NAMES ? checkpointGroup : FormTexts.checkpointSection(c, language));
        }
        groups.add(headers == Headers.NAMES ? (form.hasEveryCheckpoint() ? checkpointGroup + "_" : "")
                + FormNames.sanitize(a.id()) : a.plainName().in(language));
        return groups;
    }

    /** A Google Forms "Download responses (.csv)" of the form the generated script makes. */
    public static String googleForms(Form form, List<Family> families, String language) {
        return googleForms(form, families, language, "{date} 10:39:41 PM GMT+1");
    }

    /** A Google Forms download whose Timestamp column is written like this ({date} is yyyy/MM/dd). */
    public static String googleForms(Form form, List<Family> families, String language, String timestamp) {
        Catalog catalog = form.catalog();
        List<String> header = new ArrayList<>(List.of("Timestamp"));
        List<FormField> fields = List.of(FormField.CHILD_ID, FormField.CHILD_NAME, FormField.DATE_OF_BIRTH,
                FormField.WEEKS_AT_BIRTH, FormField.ASSESSMENT_DATE, FormField.COMPLETED_BY);
        fields.forEach(f -> header.add(f.label(language)));
        if (form.hasEveryCheckpoint()) {
            header.add(FormTexts.checkpointQuestion(language));
        }
        questionIds(form).forEach(id -> header.add(question(catalog, id, language)));
        StringBuilder csv = new StringBuilder(line(header, ',', true)).append("\r\n");
        for (Family f : families) {
            List<String> row = new ArrayList<>(List.of(timestamp.replace("{date}", f.assessed().toString().replace('-', '/')),
                    f.id(), f.name(), f.born().toString(), f.weeks().map(String::valueOf).orElse(""), "", "mother"));
            if (form.hasEveryCheckpoint()) {
                row.add(FormTexts.checkpointAge(f.checkpoint(), language));
            }
            for (String id : questionIds(form)) {
                row.add(shown(form, f, id) ? choice(form, id, answer(f, id)).map(c -> c.label(language)).orElse("") : "");
            }
            csv.append(line(row, ',', true)).append("\r\n");
        }
        return csv.toString();
    }

    /** Our CSV template filled in, the path every other shape is compared with. */
    public static String csvTemplate(Form form, List<Family> families, String language) {
        List<String> header = new ArrayList<>(List.of("Child ID", "Child's name", "Date of birth", "Weeks at birth",
                "Assessment date", "Completed by"));
        questionIds(form).forEach(id -> header.add(question(form.catalog(), id, language)));
        StringBuilder csv = new StringBuilder(line(header, ',', false)).append("\r\n");
        for (Family f : families) {
            List<String> row = new ArrayList<>(List.of(f.id(), f.name(), f.born().toString(),
                    f.weeks().map(String::valueOf).orElse(""), f.assessed().toString(), "mother"));
            for (String id : questionIds(form)) {
                Answer a = shown(form, f, id) ? answer(f, id) : Answer.NO_ANSWER;
                row.add(a == Answer.NO_ANSWER ? "" : AnswerChoice.milestoneChoices().stream().filter(c -> c.answer() == a)
                        .findFirst().orElseThrow().label(language));
            }
            csv.append(line(row, ',', false)).append("\r\n");
        }
        return csv.toString();
    }

    /** One FHIR QuestionnaireResponse of the generated questionnaire, with the child in a contained Patient. */
    public static String fhirResponse(Form form, Family f, String language) {
        Catalog catalog = form.catalog();
        StringBuilder items = new StringBuilder();
        items.append("{\"linkId\":\"").append(FhirIds.COMPLETED_BY).append("\",\"answer\":[{\"valueString\":\"mother\"}]}");
        f.weeks().ifPresent(w -> items.append(",{\"linkId\":\"").append(FhirIds.WEEKS_AT_BIRTH)
                .append("\",\"answer\":[{\"valueInteger\":").append(w).append("}]}"));
        if (form.hasEveryCheckpoint()) {
            items.append(",{\"linkId\":\"checkpoint\",\"answer\":[{\"valueCoding\":{\"system\":\"")
                    .append(FhirIds.CHECKPOINT_SYSTEM).append("\",\"code\":\"").append(f.checkpoint().id()).append("\"}}]}");
        }
        for (Area a : catalog.areas()) {
            List<String> answered = new ArrayList<>();
            for (Milestone m : catalog.milestones(a, f.checkpoint())) {
                choice(form, m.id(), answer(f, m.id())).ifPresent(c -> answered.add("{\"linkId\":\"" + m.id()
                        + "\",\"answer\":[{\"valueCoding\":{\"system\":\"" + FhirIds.ANSWER_SYSTEM + "\",\"code\":\""
                        + c.fhirCode() + "\",\"display\":\"" + c.label(language) + "\"}}]}"));
            }
            if (!answered.isEmpty()) {
                String group = form.hasEveryCheckpoint() ? "checklist-" + f.checkpoint().id() + "-" + a.id() : "area-" + a.id();
                items.append(",{\"linkId\":\"").append(group).append("\",\"item\":[").append(String.join(",", answered))
                        .append("]}");
            }
        }
        List<String> general = new ArrayList<>();
        for (GeneralQuestion q : catalog.generalQuestions()) {
            Answer a = answer(f, q.id());
            if (a == Answer.YES || a == Answer.NOT_YET) {
                general.add("{\"linkId\":\"" + q.id() + "\",\"answer\":[{\"valueBoolean\":" + (a == Answer.YES) + "}]}");
            }
        }
        if (!general.isEmpty()) {
            items.append(",{\"linkId\":\"general\",\"item\":[").append(String.join(",", general)).append("]}");
        }
        List<String> signs = new ArrayList<>();
        for (org.otmilestones.core.SensorySign sign : form.sensorySigns()) {
            choice(form, sign.id(), answer(f, sign.id())).ifPresent(c -> signs.add("{\"linkId\":\"" + sign.id()
                    + "\",\"answer\":[{\"valueCoding\":{\"system\":\"" + FhirIds.ANSWER_SYSTEM + "\",\"code\":\""
                    + c.fhirCode() + "\",\"display\":\"" + c.label(language) + "\"}}]}"));
        }
        if (!signs.isEmpty()) {
            items.append(",{\"linkId\":\"senses\",\"item\":[").append(String.join(",", signs)).append("]}");
        }
        return "{\"resourceType\":\"QuestionnaireResponse\",\"id\":\"qr-" + f.id() + "\",\"language\":\"" + language
                + "\",\"contained\":[{\"resourceType\":\"Patient\",\"id\":\"child\",\"identifier\":[{\"system\":"
                + "\"urn:oid:2.16.840.1.113883.19.5\",\"value\":\"" + f.id() + "\"}],\"name\":[{\"given\":[\"" + f.name()
                + "\"],\"family\":\"Test\"}],\"birthDate\":\"" + f.born() + "\"}],\"questionnaire\":\""
                + FhirIds.questionnaireUrl(catalog, form.checkpoint()) + "|" + catalog.version()
                + "\",\"status\":\"completed\",\"subject\":{\"reference\":\"#child\"},\"authored\":\"" + f.assessed()
                + "T10:15:00+01:00\",\"item\":[" + items + "]}";
    }

    private static String question(Catalog catalog, String id, String language) {
        return catalog.milestone(id).map(m -> m.question().in(language))
                .or(() -> catalog.generalQuestion(id).map(q -> q.question().in(language)))
                .orElseGet(() -> catalog.sensorySigns().sign(id).orElseThrow().question().in(language));
    }

    static String line(List<String> cells, char delimiter, boolean quoteAll) {
        return cells.stream().map(c -> quoteAll || c.indexOf(delimiter) >= 0 || c.contains("\"") || c.contains("\n")
                ? "\"" + c.replace("\"", "\"\"") + "\"" : c).collect(Collectors.joining(String.valueOf(delimiter)));
    }
}
