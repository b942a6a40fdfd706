package org.otmilestones.survey;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.otmilestones.core.FormNames;

/**
 * The headers the importer recognises without a mapping: common English and Spanish names for child
 * fields, the survey tools' completion timestamps and record ids, and the tools' own metadata columns.
 */
final class HeaderVocabulary {

    private static final Map<ChildField, List<String>> FIELD_HEADERS = new EnumMap<>(ChildField.class);

    static {
        FIELD_HEADERS.put(ChildField.CHILD_ID, List.of("child id", "child's id", "child number", "client id",
                "patient id", "patient number", "mrn", "medical record number", "chart number", "id del niño",
                "id del niño/a", "id del niño o la niña", "id del niño o niña", "número de expediente", "expediente"));
        FIELD_HEADERS.put(ChildField.CHILD_NAME, List.of("child's name", "child name", "name of child",
                "child's full name", "child's first name", "child first name", "first name of child",
                "your child's name", "name of your child", "baby's name", "nombre del niño", "nombre del niño/a", "nombre del niño o la niña", "nombre del niño o niña",
                "nombre de su hijo", "nombre de su hijo/a", "nombre del bebé", "nombre del menor"));
        FIELD_HEADERS.put(ChildField.DATE_OF_BIRTH, List.of("date of birth", "dob", "birthdate", "birth date",
                "birthday", "child's date of birth", "child's birth date", "child's birthday", "child dob",
                "child's dob", "date of birth of child", "your child's date of birth", "baby's date of birth",
                "fecha de nacimiento", "fecha de nacimiento del niño", "fecha de nacimiento del niño/a",
                "fecha de nacimiento de su hijo", "fecha de nacimiento de su hijo/a", "fecha nacimiento",
                "f. nacimiento"));
        FIELD_HEADERS.put(ChildField.WEEKS_AT_BIRTH, List.of("weeks at birth", "gestational age",
                "gestational age at birth", "gestational age (weeks)", "weeks of pregnancy at birth",
                "weeks of gestation", "weeks gestation", "gestation weeks", "gestation (weeks)", "born at (weeks)",
                "how many weeks pregnant were you when your child was born", "semanas al nacer",
                "semanas de gestación", "semanas de gestación al nacer", "edad gestacional",
                "edad gestacional al nacer", "edad gestacional (semanas)"));
        FIELD_HEADERS.put(ChildField.ASSESSMENT_DATE, List.of("assessment date", "date of assessment",
                "screening date", "date of screening", "checklist date", "date completed", "today's date", "date",
                "fecha de evaluación", "fecha de la evaluación", "fecha de hoy", "fecha"));
        FIELD_HEADERS.put(ChildField.CHECKPOINT, List.of("checkpoint", "checklist", "age checklist",
                "checklist age", "which checklist", "lista", "lista de verificación", "punto de control",
                "edad de la lista"));
        FIELD_HEADERS.put(ChildField.LANGUAGE, List.of("language", "lang", "preferred language", "handout language",
                "report language", "idioma", "idioma preferido",
                // The survey tools' own record of the language the family answered in (Qualtrics, LimeSurvey).
                "userlanguage", "startlanguage"));
        FIELD_HEADERS.put(ChildField.COMPLETED_BY, List.of("completed by", "form completed by",
                "who is completing this form", "who is filling out this form", "who filled out this form",
                "person completing this form", "relationship to child", "relationship to the child",
                "your relationship to the child", "completado por", "quién completa este formulario",
                "quién llena este formulario", "parentesco", "relación con el niño", "relación con el niño/a", "relación con el niño o la niña"));
        FIELD_HEADERS.put(ChildField.NOTES, List.of("notes", "note", "comments", "comment", "additional comments",
                "other comments", "anything else", "notas", "comentarios", "otros comentarios", "observaciones"));
        // The tools' completion timestamps, best first; a row uses the first that holds a value.
        FIELD_HEADERS.put(ChildField.COMPLETED_AT, List.of("completed at", "completion time", "end date",
                "submit date (utc)", "submitted at", "submission date", "submitdate", "timestamp", "marca temporal",
                "marca de tiempo", "hora de finalización", "recordeddate", "end", "_submission_time"));
    }

    private static final Set<String> TOOL_LANGUAGES = Set.of(HeaderText.key("userlanguage"),
            HeaderText.key("startlanguage"));

    private static final Map<String, ChildField> FIELD_BY_KEY = new HashMap<>();
    private static final Map<String, Integer> COMPLETED_AT_RANK = new HashMap<>();

    static {
        FIELD_HEADERS.forEach((field, headers) -> {
            FIELD_BY_KEY.put(HeaderText.key(field.key()), field);
            for (String header : headers) {
                FIELD_BY_KEY.put(HeaderText.key(header), field);
            }
        });
        List<String> completed = FIELD_HEADERS.get(ChildField.COMPLETED_AT);
        for (int i = 0; i < completed.size(); i++) {
            COMPLETED_AT_RANK.putIfAbsent(HeaderText.key(completed.get(i)), i);
        }
    }

    /** Record and response ids of the tools, best first: the child id when the form asks for none. */
    private static final List<String> RECORD_IDS = Stream.of("record_id", "ResponseId", "Respondent ID",
            "Submission ID", "meta-instanceID", "instanceID", "KEY", "ID", "_uuid", "Token")
            .map(HeaderText::key).toList();

    private static final Pattern REDCAP_TIMESTAMP = Pattern.compile("^[a-z][a-z0-9_]*_timestamp$");
    private static final Pattern REDCAP_SYSTEM = Pattern.compile(
            "^(?:[a-z][a-z0-9_]*_complete|redcap_[a-z_]+)$");

    private static final Set<String> METADATA = Stream.of(
            // Qualtrics
            "StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)", "Finished",
            "RecordedDate", "ResponseId", "RecipientLastName", "RecipientFirstName", "RecipientEmail",
            "ExternalReference", "ExternalDataReference", "LocationLatitude", "LocationLongitude",
            "LocationAccuracy", "DistributionChannel", "ResponseSet",
            // SurveyMonkey
            "Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address", "First Name",
            "Last Name", "Custom Data", "Custom Data 1",
            // Microsoft Forms, Google Forms
            "ID", "Start time", "Completion time", "Email", "Last modified time", "Total points", "Quiz feedback",
            "Timestamp", "Score",
            // Typeform
            "Response Type", "Start Date (UTC)", "Stage Date (UTC)", "Submit Date (UTC)", "Network ID", "Tags",
            "Submitted At", "Token",
            // KoBoToolbox, ODK
            "start", "end", "today", "deviceid", "username", "phonenumber", "SubmissionDate", "meta-instanceID",
            "KEY", "SubmitterID", "SubmitterName", "AttachmentsPresent", "AttachmentsExpected", "ReviewState",
            "DeviceID", "Edits", "FormVersion",
            // LimeSurvey
            "id", "submitdate", "lastpage", "seed", "startdate", "datestamp", "ipaddr", "refurl",
            "interviewtime",
            // JotForm
            "Submission Date", "Submission ID", "Submission IP", "Last Update Date",
            // Our generated REDCap and XLSForm forms: the age they calculate to show the right checklist
            FormNames.AGE_MONTHS)
            .map(HeaderText::key).collect(Collectors.toUnmodifiableSet());

    private HeaderVocabulary() {
    }

    /** The child field a header names, if it is a common name for one. */
    static Optional<ChildField> field(String header) {
        if (REDCAP_TIMESTAMP.matcher(header.strip()).matches()) {
            return Optional.of(ChildField.COMPLETED_AT);
        }
        for (String key : HeaderText.variantKeys(header)) {
            ChildField field = FIELD_BY_KEY.get(key);
            if (field != null) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** How good a completion-timestamp header is: lower is better. */
    static int completedAtRank(String header) {
        return COMPLETED_AT_RANK.getOrDefault(HeaderText.key(header), COMPLETED_AT_RANK.size());
    }

    /** How good a record-id header is, lower is better, or empty when it is none. */
    static OptionalInt recordIdRank(String header) {
        if (header.strip().equals("#")) {
            return OptionalInt.of(RECORD_IDS.size());
        }
        String key = HeaderText.key(header);
        int rank = RECORD_IDS.indexOf(key);
        return rank < 0 ? OptionalInt.empty() : OptionalInt.of(rank);
    }

    /** True for a column a survey tool adds on its own. */
    static boolean isMetadata(String header, SurveyTool tool) {
        String raw = header.strip();
        if (raw.equals("#") || (raw.startsWith("_") && tool == SurveyTool.KOBOTOOLBOX)
                || raw.matches("V\\d{1,2}") && tool == SurveyTool.QUALTRICS_LEGACY
                || raw.startsWith("Q_") && tool.isQualtrics()
                || REDCAP_SYSTEM.matcher(raw).matches() || REDCAP_TIMESTAMP.matcher(raw).matches()) {
            return true;
        }
        String key = HeaderText.key(raw);
        if (key.equals("name")) {
            // The respondent's own name in these tools, never the child's.
            return tool == SurveyTool.MICROSOFT_FORMS || tool == SurveyTool.QUALTRICS_LEGACY;
        }
        return METADATA.contains(key);
    }

    /** True when the header is a survey tool's own language column rather than one the clinic asked. */
    static boolean isToolLanguage(String header) {
        return TOOL_LANGUAGES.contains(HeaderText.key(header));
    }
}
