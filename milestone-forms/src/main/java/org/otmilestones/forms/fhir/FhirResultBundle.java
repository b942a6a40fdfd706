package org.otmilestones.forms.fhir;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.otmilestones.core.Answer;
import org.otmilestones.core.FhirIds;
import org.otmilestones.core.GeneralQuestion;
import org.otmilestones.core.AnswerChoice;
import org.otmilestones.forms.FormTexts;
import org.otmilestones.core.scoring.AreaResult;
import org.otmilestones.core.scoring.ChecklistResult;
import org.otmilestones.core.scoring.ItemResult;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes results for a health record as one FHIR R4 Bundle of type batch, streamed child by child: per child
 * a QuestionnaireResponse of the checkpoint's questionnaire (its answers, weeks at birth and who filled it
 * in) and a DocumentReference holding the handout PDF inline, linked to the response by its identifier. Both
 * name the child by the clinic's id only ({@code subject.identifier}); the handout itself is health data.
 *
 * <pre>{@code
 * try (FhirResultBundle bundle = FhirResultBundle.open(out)) {
 *     bundle.add(result, "en", pdfBytes);
 * }
 * }</pre>
 */
public final class FhirResultBundle implements Closeable {

    /** The identifier system of the responses we write. */
    public static final String RESPONSE_IDENTIFIER_SYSTEM = FhirIds.BASE + "/response";

    /** The code system of the next step written as each handout's DocumentReference category. */
    public static final String NEXT_STEP_SYSTEM = FhirIds.BASE + "/next-step";

    private final Writer out;
    private int entries;
    private boolean closed;

    private FhirResultBundle(Writer out) {
        this.out = out;
    }

    /** Starts the Bundle; the stream is flushed, not closed, by {@link #close()}. */
    public static FhirResultBundle open(OutputStream stream) throws IOException {
        Objects.requireNonNull(stream, "stream");
        Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        writer.write("{\"resourceType\":\"Bundle\",\"type\":\"batch\",\"entry\":[");
        return new FhirResultBundle(writer);
    }

    /**
     * Adds one child's response and handout.
     *
     * @param result the scored checklist
     * @param language the handout's language
     * @param pdf the handout
     */
    public synchronized void add(ChecklistResult result, String language, byte[] pdf) throws IOException {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(pdf, "pdf");
        if (closed) {
            throw new IllegalStateException("the bundle is closed");
        }
        String key = result.child().id() + "|" + result.checkpoint().id() + "|" + result.assessedOn() + "|" + entries;
        String responseId = UUID.nameUUIDFromBytes(("response|" + key).getBytes(StandardCharsets.UTF_8)).toString();
        String documentId = UUID.nameUUIDFromBytes(("document|" + key).getBytes(StandardCharsets.UTF_8)).toString();
        entry(responseId, "QuestionnaireResponse", response(result, responseId, language));
        entry(documentId, "DocumentReference", document(result, responseId, language, pdf));
    }

    private void entry(String uuid, String type, ObjectNode resource) throws IOException {
        ObjectNode entry = FhirJson.COMPACT.createObjectNode();
        entry.put("fullUrl", "urn:uuid:" + uuid);
        entry.set("resource", resource);
        entry.putObject("request").put("method", "POST").put("url", type);
        out.write(entries++ == 0 ? "\n" : ",\n");
        out.write(FhirJson.COMPACT.writeValueAsString(entry));
    }

    static ObjectNode response(ChecklistResult result, String responseId, String language) {
        ObjectNode qr = FhirJson.COMPACT.createObjectNode();
        qr.put("resourceType", "QuestionnaireResponse");
        qr.put("language", language);
        qr.putObject("identifier").put("system", RESPONSE_IDENTIFIER_SYSTEM).put("value", responseId);
        String url = FhirIds.QUESTIONNAIRE_BASE + FhirIds.fhirId(result.catalogId() + "-" + result.checkpoint().id());
        qr.put("questionnaire", url + "|" + result.catalogVersion());
        qr.put("status", "completed");
        qr.putObject("subject").putObject("identifier").put("value", result.child().id());
        qr.put("authored", result.assessedOn().toString());
        ArrayNode items = qr.putArray("item");
        result.child().weeksAtBirth().ifPresent(w -> items.addObject().put("linkId", FhirIds.WEEKS_AT_BIRTH)
                .putArray("answer").addObject().put("valueInteger", w));
        result.completedBy().ifPresent(who -> items.addObject().put("linkId", FhirIds.COMPLETED_BY)
                .putArray("answer").addObject().put("valueString", who));
        for (AreaResult area : result.areas()) {
            ArrayNode questions = null;
            for (ItemResult item : area.items()) {
                Optional<AnswerChoice> choice = choice(item.answer(), false);
                if (choice.isEmpty()) {
                    continue;
                }
                if (questions == null) {
                    questions = items.addObject().put("linkId", "area-" + area.area().id()).putArray("item");
                }
                coded(questions.addObject().put("linkId", item.milestone().id()).putArray("answer").addObject(),
                        choice.get(), language);
            }
        }
        ArrayNode general = null;
        for (Map.Entry<GeneralQuestion, Answer> answer : result.generalAnswers().entrySet()) {
            if (answer.getValue() == Answer.NO_ANSWER) {
                continue;
            }
            if (general == null) {
                general = items.addObject().put("linkId", "general").putArray("item");
            }
            ObjectNode value = general.addObject().put("linkId", answer.getKey().id()).putArray("answer").addObject();
            if (answer.getValue() == Answer.YES || answer.getValue() == Answer.NOT_YET) {
                value.put("valueBoolean", answer.getValue() == Answer.YES);
            } else {
                // A CSV form may answer a general question "sometimes" or "not sure"; kept as our code, not dropped.
                coded(value, choice(answer.getValue(), false).orElseThrow(), language);
            }
        }
        ArrayNode senses = null;
        for (Map.Entry<org.otmilestones.core.SensorySign, Answer> answer : result.judgement().sensorySigns().entrySet()) {
            Optional<AnswerChoice> choice = AnswerChoice.signChoices().stream()
                    .filter(c -> c.answer() == answer.getValue()).findFirst();
            if (choice.isEmpty()) {
                continue;
            }
            if (senses == null) {
                senses = items.addObject().put("linkId", "senses").putArray("item");
            }
            coded(senses.addObject().put("linkId", answer.getKey().id()).putArray("answer").addObject(), choice.get(),
                    language);
        }
        return qr;
    }

    private static Optional<AnswerChoice> choice(Answer answer, boolean yesNo) {
        return (yesNo ? AnswerChoice.yesNo() : AnswerChoice.milestoneChoices()).stream()
                .filter(c -> c.answer() == answer).findFirst();
    }

    private static void coded(ObjectNode answer, AnswerChoice choice, String language) {
        answer.putObject("valueCoding").put("system", FhirIds.ANSWER_SYSTEM).put("code", choice.fhirCode())
                .put("display", choice.label(language));
    }

    static ObjectNode document(ChecklistResult result, String responseId, String language, byte[] pdf) {
        ObjectNode doc = FhirJson.COMPACT.createObjectNode();
        doc.put("resourceType", "DocumentReference");
        doc.put("status", "current");
        doc.put("docStatus", "final");
        doc.putObject("type").put("text", "es".equals(language) ? "Folleto de OT Milestones para la familia"
                : "OT Milestones handout for the family");
        doc.putObject("subject").putObject("identifier").put("value", result.child().id());
        doc.put("description", FormTexts.checkpointSection(result.checkpoint(), language) + ", " + result.assessedOn()
                + "; next step: " + result.nextStep().code());
        // The child's one next step, coded, so a record system can sort by it: the same as the handout's page 1.
        doc.putArray("category").addObject().putArray("coding").addObject()
                .put("system", NEXT_STEP_SYSTEM).put("code", result.nextStep().name())
                .put("display", result.nextStep().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        ObjectNode attachment = doc.putArray("content").addObject().putObject("attachment");
        attachment.put("contentType", "application/pdf");
        attachment.put("language", language);
        attachment.put("data", Base64.getEncoder().encodeToString(pdf));
        attachment.put("title", "otm-" + result.checkpoint().id() + "-" + result.assessedOn() + ".pdf");
        doc.putObject("context").putArray("related").addObject().putObject("identifier")
                .put("system", RESPONSE_IDENTIFIER_SYSTEM).put("value", responseId);
        return doc;
    }

    /** Ends the Bundle and flushes the stream, leaving it open. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        out.write(entries == 0 ? "]}\n" : "\n]}\n");
        out.flush();
    }
}
