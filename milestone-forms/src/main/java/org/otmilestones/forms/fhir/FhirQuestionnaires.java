package org.otmilestones.forms.fhir;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import org.otmilestones.core.Area;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.Child;
import org.otmilestones.core.FhirIds;
import org.otmilestones.core.GeneralQuestion;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.AnswerChoice;
import org.otmilestones.forms.Form;
import org.otmilestones.core.FormField;
import org.otmilestones.forms.FormTexts;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a form as a FHIR R4 Questionnaire (JSON): {@code linkId} = our question ids, answers as
 * {@code answerOption} codings of our answer code system, a group per area (and per checkpoint, enabled by
 * the checkpoint item), the general questions as yes/no (boolean) items, and every text with translation
 * extensions for the form's other languages. The child comes from the response's Patient, the date from
 * {@code authored}; weeks at birth is an item of ours.
 */
public final class FhirQuestionnaires {

    private FhirQuestionnaires() {
    }

    /** Writes the Questionnaire as pretty JSON; the stream is left open. */
    public static void write(Form form, OutputStream json) throws IOException {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(json, "json");
        try {
            FhirJson.PRETTY.writer().without(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
                    .writeValue(json, questionnaire(form));
        } catch (JacksonException e) {
            throw new IOException("could not write the questionnaire", e);
        }
        json.write('\n');
        json.flush();
    }

    /** The Questionnaire as a JSON string. */
    public static String toJson(Form form) {
        return FhirJson.PRETTY.writeValueAsString(questionnaire(form));
    }

    static ObjectNode questionnaire(Form form) {
        Catalog catalog = form.catalog();
        List<String> languages = form.languages();
        ObjectNode q = FhirJson.PRETTY.createObjectNode();
        q.put("resourceType", "Questionnaire");
        String id = FhirIds.questionnaireId(catalog, form.checkpoint());
        q.put("id", id);
        q.put("language", form.language());
        q.put("url", FhirIds.questionnaireUrl(catalog, form.checkpoint()));
        q.put("version", catalog.version());
        q.put("name", machineName(id));
        FhirJson.text(q, "title", languages, l -> FormTexts.title(form, l));
        q.put("status", "active");
        q.putArray("subjectType").add("Patient");
        q.put("publisher", "OT Milestones");
        FhirJson.text(q, "description", languages, l -> catalog.name().in(l));
        ArrayNode items = q.putArray("item");

        ObjectNode weeks = items.addObject().put("linkId", FhirIds.WEEKS_AT_BIRTH);
        FhirJson.text(weeks, "text", languages, FormField.WEEKS_AT_BIRTH::label);
        weeks.put("type", "integer");
        ArrayNode limits = weeks.putArray("extension");
        limits.addObject().put("url", "http://hl7.org/fhir/StructureDefinition/minValue")
                .put("valueInteger", Child.MIN_WEEKS_AT_BIRTH);
        limits.addObject().put("url", "http://hl7.org/fhir/StructureDefinition/maxValue")
                .put("valueInteger", Child.MAX_WEEKS_AT_BIRTH);
        ObjectNode completedBy = items.addObject().put("linkId", FhirIds.COMPLETED_BY);
        FhirJson.text(completedBy, "text", languages, FormField.COMPLETED_BY::label);
        completedBy.put("type", "string");

        if (form.hasEveryCheckpoint()) {
            ObjectNode which = items.addObject().put("linkId", FhirIds.CHECKPOINT);
            FhirJson.text(which, "text", languages, FormTexts::checkpointQuestion);
            which.put("type", "choice").put("required", true);
            ArrayNode options = which.putArray("answerOption");
            for (Checkpoint c : catalog.checkpoints()) {
                FhirJson.coding(options.addObject(), "valueCoding", FhirIds.CHECKPOINT_SYSTEM, c.id(), languages,
                        l -> FormTexts.checkpointAge(c, l));
            }
        }
        for (Checkpoint checkpoint : form.checkpoints()) {
            ArrayNode parent = items;
            String prefix = "area-";
            if (form.hasEveryCheckpoint()) {
                ObjectNode group = items.addObject().put("linkId", "checklist-" + checkpoint.id());
                FhirJson.text(group, "text", languages, l -> FormTexts.checkpointSection(checkpoint, l));
                group.put("type", "group");
                ObjectNode when = group.putArray("enableWhen").addObject().put("question", FhirIds.CHECKPOINT)
                        .put("operator", "=");
                when.putObject("answerCoding").put("system", FhirIds.CHECKPOINT_SYSTEM).put("code", checkpoint.id());
                parent = group.putArray("item");
                prefix = "checklist-" + checkpoint.id() + "-";
            }
            for (Area area : catalog.areas()) {
                List<Milestone> milestones = form.milestones(area, checkpoint);
                if (milestones.isEmpty()) {
                    continue;
                }
                ObjectNode group = parent.addObject().put("linkId", prefix + area.id());
                FhirJson.text(group, "text", languages, l -> area.plainName().in(l));
                group.put("type", "group");
                ArrayNode questions = group.putArray("item");
                for (Milestone m : milestones) {
                    ObjectNode item = questions.addObject().put("linkId", m.id());
                    FhirJson.text(item, "text", languages, l -> m.question().in(l));
                    item.put("type", "choice");
                    ArrayNode options = item.putArray("answerOption");
                    for (AnswerChoice choice : AnswerChoice.milestoneChoices()) {
                        FhirJson.coding(options.addObject(), "valueCoding", FhirIds.ANSWER_SYSTEM, choice.fhirCode(),
                                languages, choice::label);
                    }
                }
            }
        }
        ObjectNode general = items.addObject().put("linkId", "general");
        FhirJson.text(general, "text", languages, FormTexts::generalSection);
        general.put("type", "group");
        ArrayNode questions = general.putArray("item");
        for (GeneralQuestion g : catalog.generalQuestions()) {
            ObjectNode item = questions.addObject().put("linkId", g.id());
            FhirJson.text(item, "text", languages, l -> g.question().in(l));
            item.put("type", "boolean");
        }
        if (!form.sensorySigns().isEmpty()) {
            ObjectNode senses = items.addObject().put("linkId", "senses");
            FhirJson.text(senses, "text", languages, FormTexts::sensorySection);
            senses.put("type", "group");
            ArrayNode signs = senses.putArray("item");
            for (org.otmilestones.core.SensorySign sign : form.sensorySigns()) {
                ObjectNode item = signs.addObject().put("linkId", sign.id());
                FhirJson.text(item, "text", languages, l -> sign.question().in(l));
                item.put("type", "choice");
                ArrayNode options = item.putArray("answerOption");
                for (AnswerChoice choice : AnswerChoice.signChoices()) {
                    FhirJson.coding(options.addObject(), "valueCoding", FhirIds.ANSWER_SYSTEM, choice.fhirCode(),
                            languages, choice::label);
                }
            }
        }
        return q;
    }

    /** A computer-friendly name as FHIR wants it: {@code OtmDefault24m}. */
    private static String machineName(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.length() > 0 && Character.isLetter(name.charAt(0)) && Character.isUpperCase(name.charAt(0))
                ? name.toString() : "Q" + name;
    }

    /** Our answer code system as a FHIR CodeSystem, for a health record's terminology server. */
    public static String answerCodeSystem() {
        ObjectNode cs = FhirJson.PRETTY.createObjectNode();
        cs.put("resourceType", "CodeSystem").put("id", "answer").put("url", FhirIds.ANSWER_SYSTEM)
                .put("name", "OtmAnswer").put("title", "OT Milestones answers").put("status", "active")
                .put("content", "complete").put("caseSensitive", true);
        ArrayNode concepts = cs.putArray("concept");
        for (AnswerChoice choice : AnswerChoice.values()) {
            ObjectNode concept = concepts.addObject().put("code", choice.fhirCode()).put("display", choice.label("en"));
            concept.putArray("designation").addObject().put("language", "es").put("value", choice.label("es"));
        }
        return FhirJson.PRETTY.writeValueAsString(cs);
    }

    /** Our checkpoint code system for a catalog, as a FHIR CodeSystem. */
    public static String checkpointCodeSystem(Catalog catalog) {
        ObjectNode cs = FhirJson.PRETTY.createObjectNode();
        cs.put("resourceType", "CodeSystem").put("id", "checkpoint").put("url", FhirIds.CHECKPOINT_SYSTEM)
                .put("version", catalog.version()).put("name", "OtmCheckpoint").put("title", "OT Milestones checklists")
                .put("status", "active").put("content", "complete").put("caseSensitive", true);
        ArrayNode concepts = cs.putArray("concept");
        for (Checkpoint c : catalog.checkpoints()) {
            concepts.addObject().put("code", c.id()).put("display", FormTexts.checkpointAge(c, "en"));
        }
        return FhirJson.PRETTY.writeValueAsString(cs);
    }
}
