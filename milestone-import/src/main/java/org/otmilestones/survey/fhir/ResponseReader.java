package org.otmilestones.survey.fhir;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Answers;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.Child;
import org.otmilestones.core.ChildAge;
import org.otmilestones.core.FhirIds;
import org.otmilestones.core.GeneralQuestion;
import org.otmilestones.core.InvalidAssessmentException;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.AnswerChoice;
import org.otmilestones.core.scoring.ChecklistScorer;
import org.otmilestones.survey.AssessmentDateSource;
import org.otmilestones.survey.ImportedRow;
import org.otmilestones.survey.RowError;
import tools.jackson.databind.JsonNode;

/**
 * Turns one QuestionnaireResponse into an imported row, or into an error for every problem in it, each with
 * its JSON pointer. The questions of the questionnaire it answers that it leaves out count as asked and not
 * answered, as a blank cell of a CSV export does: FHIR omits unanswered items, and counting them as never
 * asked could turn "not enough answers" into "on track".
 */
final class ResponseReader {

    /** The longest child id, name or "completed by" accepted, as for CSV exports. */
    static final int MAX_TEXT_LENGTH = 200;

    private static final Pattern DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");

    /** A response's result: the row, or its errors; {@code skipped} for a response entered in error. */
    record Outcome(Optional<ImportedRow> row, List<RowError> errors, boolean skipped, List<String> questionIds) {
    }

    private final Catalog catalog;
    private final String file;
    private final LocalDate today;
    private final Map<String, PatientInfo> bundledPatients;
    private final Map<String, Optional<Checkpoint>> forms = new LinkedHashMap<>();

    ResponseReader(Catalog catalog, String file, LocalDate today, Map<String, PatientInfo> bundledPatients) {
        this.catalog = catalog;
        this.file = file;
        this.today = today;
        this.bundledPatients = bundledPatients;
        forms.put(FhirIds.questionnaireUrl(catalog, Optional.empty()), Optional.empty());
        for (Checkpoint c : catalog.checkpoints()) {
            forms.put(FhirIds.questionnaireUrl(catalog, Optional.of(c)), Optional.of(c));
        }
    }

    /** The state of one response while it is read. */
    private final class Response {
        final int line;
        final List<RowError> errors = new ArrayList<>();
        final Map<String, Answer> answers = new LinkedHashMap<>();
        final Set<String> answered = new HashSet<>();
        Optional<Integer> weeks = Optional.empty();
        Optional<String> completedBy = Optional.empty();
        Optional<String> checkpoint = Optional.empty();

        Response(int line) {
            this.line = line;
        }

        void error(String pointer, String value, String problem, String fix) {
            errors.add(new RowError(file, line, OptionalInt.empty(), Optional.empty(), Optional.ofNullable(value),
                    "at " + (pointer.isEmpty() ? "the response" : pointer) + ": " + problem, fix));
        }
    }

    Outcome read(JsonNode qr, String pointer, int line) {
        Response r = new Response(line);
        if (Json.text(qr, "status").orElse("").equals("entered-in-error")) {
            return new Outcome(Optional.empty(), List.of(), true, List.of());
        }
        Optional<String> questionnaire = Json.text(qr, "questionnaire");
        String url = questionnaire.map(q -> q.contains("|") ? q.substring(0, q.indexOf('|')) : q).orElse("");
        if (!forms.containsKey(url)) {
            r.error(pointer + "/questionnaire", questionnaire.orElse(null), questionnaire.isEmpty()
                    ? "the response names no questionnaire"
                    : "the response answers another questionnaire than those otm template makes for catalog "
                            + catalog.id(), "send responses to the questionnaire made by otm template --format fhir ("
                            + FhirIds.questionnaireUrl(catalog, Optional.empty()) + " or one checkpoint's)");
            return new Outcome(Optional.empty(), r.errors, false, List.of());
        }
        Optional<Checkpoint> form = forms.get(url);
        List<String> asked = askedQuestions(form);
        asked.forEach(id -> r.answers.put(id, Answer.NO_ANSWER));
        walk(r, qr.path("item"), pointer + "/item");

        Optional<PatientInfo> patient = patient(r, qr, pointer);
        String childId = childId(r, qr, patient, pointer);
        Optional<String> name = patient.flatMap(PatientInfo::name).map(ResponseReader::clean)
                .map(n -> n.length() > MAX_TEXT_LENGTH ? n.substring(0, MAX_TEXT_LENGTH) : n);
        Optional<LocalDate> born = birthDate(r, patient, pointer);
        LocalDate assessed = today;
        AssessmentDateSource source = AssessmentDateSource.TODAY;
        Optional<String> authored = Json.text(qr, "authored");
        if (authored.isPresent()) {
            Optional<LocalDate> date = date(authored.get());
            if (date.isEmpty()) {
                r.error(pointer + "/authored", authored.get(), "the date the form was filled in is not a full date",
                        "write authored as YYYY-MM-DD or a FHIR dateTime");
            } else if (date.get().isAfter(today.plusDays(1))) {
                r.error(pointer + "/authored", authored.get(), "the date the form was filled in is in the future "
                        + "(today is " + today + ")", "check the year of authored");
            } else {
                assessed = date.get();
                source = AssessmentDateSource.COMPLETION_TIME;
            }
        }
        if (born.isPresent() && r.errors.isEmpty()) {
            checkAge(r, born.get(), assessed, source, pointer);
        }
        if (!r.errors.isEmpty()) {
            return new Outcome(Optional.empty(), r.errors, false, asked);
        }
        Optional<String> language = Json.text(qr, "language").map(l -> l.split("-")[0].toLowerCase(Locale.ROOT))
                .filter(catalog.languages()::contains);
        Child child = new Child(childId, name, born.orElseThrow(), r.weeks);
        Answers answers = new Answers(r.answers, r.checkpoint, r.completedBy);
        return new Outcome(Optional.of(new ImportedRow(line, child, answers, assessed, source, language)), List.of(),
                false, asked);
    }

    private List<String> askedQuestions(Optional<Checkpoint> form) {
        List<String> ids = new ArrayList<>();
        for (Checkpoint c : form.map(List::of).orElse(catalog.checkpoints())) {
            catalog.areas().forEach(a -> catalog.milestones(a, c).forEach(m -> ids.add(m.id())));
        }
        catalog.generalQuestions().forEach(q -> ids.add(q.id()));
        for (org.otmilestones.core.SensorySign sign : catalog.sensorySigns().signs()) {
            if (form.map(List::of).orElse(catalog.checkpoints()).stream()
                    .anyMatch(c -> catalog.sensorySigns().askedAt(c).contains(sign))) {
                ids.add(sign.id());
            }
        }
        return ids;
    }

    private void walk(Response r, JsonNode items, String pointer) {
        if (!items.isArray()) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String at = pointer + "/" + i;
            String linkId = Json.text(item, "linkId").orElse("");
            JsonNode answers = item.path("answer");
            if (answers.isArray() && answers.size() > 1) {
                r.error(at + "/answer", null, "item '" + linkId + "' has " + answers.size() + " answers",
                        "give one answer per question");
            } else if (answers.isArray() && answers.size() == 1) {
                answer(r, linkId, answers.get(0), at + "/answer/0");
                walk(r, answers.get(0).path("item"), at + "/answer/0/item");
            } else if (!linkId.isEmpty() && !item.has("item") && !known(linkId)) {
                r.error(at + "/linkId", linkId, "item '" + linkId + "' is not a question of catalog " + catalog.id()
                        + " " + catalog.version(), "send the response of the questionnaire made by otm template");
            }
            walk(r, item.path("item"), at + "/item");
        }
    }

    private boolean known(String linkId) {
        return catalog.milestone(linkId).isPresent() || catalog.generalQuestion(linkId).isPresent()
                || catalog.sensorySigns().sign(linkId).isPresent() || linkId.equals(FhirIds.WEEKS_AT_BIRTH) || linkId.equals(FhirIds.COMPLETED_BY)
                || linkId.equals(FhirIds.CHECKPOINT);
    }

    private void answer(Response r, String linkId, JsonNode answer, String at) {
        Optional<Milestone> milestone = catalog.milestone(linkId);
        Optional<GeneralQuestion> general = catalog.generalQuestion(linkId);
        boolean sign = catalog.sensorySigns().sign(linkId).isPresent();
        if ((milestone.isPresent() || general.isPresent() || sign) && !r.answered.add(linkId)) {
            r.error(at, null, "question '" + linkId + "' is answered twice", "answer each question once");
            return;
        }
        if (milestone.isPresent()) {
            coded(r, linkId, answer, at, AnswerChoice.milestoneChoices());
        } else if (sign) {
            coded(r, linkId, answer, at, AnswerChoice.signChoices());
        } else if (general.isPresent()) {
            if (answer.path("valueBoolean").isBoolean()) {
                r.answers.put(linkId, answer.path("valueBoolean").booleanValue() ? Answer.YES : Answer.NOT_YET);
            } else {
                // Our own result bundles keep a CSV form's "sometimes" or "not sure" as a code.
                coded(r, linkId, answer, at, List.of(AnswerChoice.values()));
            }
        } else if (linkId.equals(FhirIds.WEEKS_AT_BIRTH)) {
            JsonNode value = answer.has("valueInteger") ? answer.path("valueInteger") : answer.path("valueDecimal");
            if (!value.isNumber() || value.asDouble() < Child.MIN_WEEKS_AT_BIRTH
                    || value.asDouble() >= Child.MAX_WEEKS_AT_BIRTH + 1) {
                r.error(at, value.isMissingNode() ? null : value.toString(), "weeks at birth must be a number from "
                        + Child.MIN_WEEKS_AT_BIRTH + " to " + Child.MAX_WEEKS_AT_BIRTH, "give whole weeks of pregnancy "
                        + "at birth as valueInteger (40 is full term), or leave the item out");
            } else {
                r.weeks = Optional.of((int) Math.floor(value.asDouble()));
            }
        } else if (linkId.equals(FhirIds.COMPLETED_BY)) {
            Optional<String> who = Json.text(answer, "valueString").map(ResponseReader::clean);
            if (who.isPresent() && who.get().length() > MAX_TEXT_LENGTH) {
                r.error(at + "/valueString", null, "who completed the form is " + who.get().length()
                        + " characters long, more than " + MAX_TEXT_LENGTH, "keep it short, such as \"mother\"");
            } else {
                r.completedBy = who;
            }
        } else if (linkId.equals(FhirIds.CHECKPOINT)) {
            String code = Json.text(answer.path("valueCoding"), "code").orElse("");
            if (catalog.checkpoint(code).isEmpty()) {
                r.error(at + "/valueCoding/code", code, "is not a checkpoint of catalog " + catalog.id(),
                        "use one of " + String.join(", ", catalog.checkpoints().stream().map(Checkpoint::id).toList()));
            } else {
                r.checkpoint = Optional.of(code);
            }
        } else {
            r.error(at, null, "item '" + linkId + "' is not a question of catalog " + catalog.id() + " "
                    + catalog.version(), "send the response of the questionnaire made by otm template");
        }
    }

    private void coded(Response r, String linkId, JsonNode answer, String at, List<AnswerChoice> allowed) {
        JsonNode coding = answer.path("valueCoding");
        if (!coding.isObject()) {
            r.error(at, null, "question '" + linkId + "' has no valueCoding", "answer with a coding of "
                    + FhirIds.ANSWER_SYSTEM + ": " + codes(allowed));
            return;
        }
        Optional<String> system = Json.text(coding, "system");
        String code = Json.text(coding, "code").orElse("");
        Optional<AnswerChoice> choice = AnswerChoice.byFhirCode(code).filter(allowed::contains);
        if (system.isPresent() && !system.get().equals(FhirIds.ANSWER_SYSTEM)) {
            r.error(at + "/valueCoding/system", system.get(), "the answer's code system is not ours",
                    "use " + FhirIds.ANSWER_SYSTEM);
        } else if (choice.isEmpty()) {
            r.error(at + "/valueCoding/code", code, "the answer code is not one of " + codes(allowed),
                    "use one of those codes, or leave the question out");
        } else {
            r.answers.put(linkId, choice.get().answer());
        }
    }

    private static String codes(List<AnswerChoice> choices) {
        return String.join(", ", choices.stream().map(AnswerChoice::fhirCode).toList());
    }

    private Optional<PatientInfo> patient(Response r, JsonNode qr, String pointer) {
        Map<String, PatientInfo> contained = new LinkedHashMap<>();
        JsonNode resources = qr.path("contained");
        for (int i = 0; i < resources.size(); i++) {
            JsonNode resource = resources.get(i);
            if (Json.resourceType(resource).equals("Patient")) {
                PatientInfo info = PatientInfo.of(resource, pointer + "/contained/" + i);
                contained.put("#" + info.id().orElse(""), info);
            }
        }
        Optional<String> reference = Json.text(qr.path("subject"), "reference");
        if (reference.isPresent()) {
            String ref = reference.get();
            PatientInfo found = ref.startsWith("#") ? contained.get(ref) : bundled(ref);
            if (found == null && !ref.startsWith("#") && qr.path("subject").path("identifier").isMissingNode()) {
                r.error(pointer + "/subject/reference", null, "the subject's Patient is neither contained in the "
                        + "response nor in the Bundle", "contain the Patient in the response or add it to the Bundle");
            }
            return Optional.ofNullable(found);
        }
        return contained.size() == 1 ? Optional.of(contained.values().iterator().next()) : Optional.empty();
    }

    private PatientInfo bundled(String reference) {
        PatientInfo found = bundledPatients.get(reference);
        int at = reference.lastIndexOf("Patient/");
        if (found == null && at >= 0) {
            String relative = reference.substring(at);
            int history = relative.indexOf("/_history");
            found = bundledPatients.get(history > 0 ? relative.substring(0, history) : relative);
        }
        return found;
    }

    private String childId(Response r, JsonNode qr, Optional<PatientInfo> patient, String pointer) {
        Optional<String> id = PatientInfo.firstIdentifier(qr.path("subject").path("identifier"))
                .or(() -> patient.flatMap(PatientInfo::identifier))
                .or(() -> patient.filter(p -> !p.pointer().contains("/contained/")).flatMap(PatientInfo::id))
                .or(() -> Json.text(qr, "id"))
                .map(ResponseReader::clean).filter(s -> !s.isEmpty());
        if (id.isPresent() && id.get().length() > MAX_TEXT_LENGTH) {
            r.error(pointer + "/subject", null, "the child's id is " + id.get().length() + " characters long, more than "
                    + MAX_TEXT_LENGTH, "give the child a shorter identifier");
            return "line-" + r.line;
        }
        return id.orElse("line-" + r.line);
    }

    private Optional<LocalDate> birthDate(Response r, Optional<PatientInfo> patient, String pointer) {
        if (patient.isEmpty()) {
            r.error(pointer + "/subject", null, "the child's birth date is missing: the response has no Patient",
                    "contain the child's Patient (with birthDate) in the response, or add it to the Bundle and "
                            + "point subject.reference at it");
            return Optional.empty();
        }
        Optional<String> written = patient.get().birthDate();
        if (written.isEmpty()) {
            r.error(patient.get().pointer() + "/birthDate", null, "the child's birth date is missing",
                    "add birthDate to the Patient");
            return Optional.empty();
        }
        Optional<LocalDate> date = written.get().length() == 10 ? date(written.get()) : Optional.empty();
        if (date.isEmpty()) {
            // The value is not shown: a birth date is health data.
            r.error(patient.get().pointer() + "/birthDate", null, "the child's birth date is not a full date "
                    + "(year, month and day)", "write birthDate as YYYY-MM-DD");
        } else if (date.get().isAfter(today)) {
            r.error(patient.get().pointer() + "/birthDate", null, "the child's birth date is in the future (today is "
                    + today + ")", "check the year of birthDate");
            return Optional.empty();
        }
        return date;
    }

    private void checkAge(Response r, LocalDate born, LocalDate assessed, AssessmentDateSource source, String pointer) {
        if (born.isAfter(assessed)) {
            r.error(pointer + "/authored", null, "the child's birth date is after the day the form was filled in ("
                    + assessed + ", from the " + source.description() + ")", "check birthDate and authored");
            return;
        }
        try {
            ChildAge age = ChildAge.of(new Child("probe", Optional.empty(), born, r.weeks), assessed,
                    catalog.correctedAge());
            ChecklistScorer.checkpointForAge(catalog, age.forMilestones());
        } catch (InvalidAssessmentException e) {
            r.error(pointer + "/subject", null, e.problem(), e.fix());
        }
    }

    /** A date at the start of a FHIR date or dateTime, as written (its own time zone's day). */
    static Optional<LocalDate> date(String text) {
        var m = DATE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The text with control characters made spaces and runs of space made one. */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
        return out.toString().replaceAll("\\s+", " ").strip();
    }

}
