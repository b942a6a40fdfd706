package org.otmilestones.core.results;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.otmilestones.core.Age;
import org.otmilestones.core.Answer;
import org.otmilestones.core.GeneralQuestion;
import org.otmilestones.core.scoring.AnswerCounts;
import org.otmilestones.core.scoring.AreaResult;
import org.otmilestones.core.scoring.ChecklistResult;
import org.otmilestones.core.scoring.ChecklistWide;
import org.otmilestones.core.scoring.ItemResult;
import org.otmilestones.core.scoring.Note;
import org.otmilestones.core.scoring.RedFlag;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes scored results as the documented result JSON (see the README), for clinics' record systems.
 *
 * <p>It lives beside the catalog reader because this package is the project's one user of Jackson.
 * The child appears by id only: names and birth dates stay in the clinic's own system.
 */
public final class ResultJson {

    /**
     * The result format's version, written into every document: 2 added each area's credit and CDC-listed
     * skills answered "not yet", each answer's "scored", and the checklist-wide outcome; reasons were renamed.
     */
    public static final int FORMAT_VERSION = 2;

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ResultJson() {
    }

    /** Writes one result as a JSON object. */
    public static void write(ChecklistResult result, OutputStream out) throws IOException {
        writeTree(toTree(result), out);
    }

    /** Writes several results as a JSON array, in order. */
    public static void writeAll(List<ChecklistResult> results, OutputStream out) throws IOException {
        ArrayNode array = MAPPER.createArrayNode();
        results.forEach(r -> array.add(toTree(r)));
        writeTree(array, out);
    }

    /** One result as a JSON string. */
    public static String toJson(ChecklistResult result) {
        return MAPPER.writeValueAsString(toTree(result));
    }

    private static void writeTree(Object tree, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        try {
            MAPPER.writeValue(new NonClosingStream(out), tree);
        } catch (JacksonException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new UncheckedIOException(new IOException(e.getOriginalMessage(), e));
        }
    }

    private static ObjectNode toTree(ChecklistResult result) {
        Objects.requireNonNull(result, "result");
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", "otm-result");
        root.put("formatVersion", FORMAT_VERSION);
        root.putObject("catalog").put("id", result.catalogId()).put("version", result.catalogVersion());
        root.putObject("child").put("id", result.child().id());
        root.put("assessedOn", result.assessedOn().toString());
        ObjectNode age = root.putObject("age");
        age.set("chronological", age(result.age().chronological()));
        age.set("corrected", result.age().corrected().map(ResultJson::age).orElse(null));
        age.put("weeksEarly", result.age().weeksEarly());
        root.put("checkpoint", result.checkpoint().id());
        root.put("checkpointChoice", result.checkpointChoice().name());
        root.put("nextCheckpoint", result.nextCheckpoint().map(c -> c.id()).orElse(null));
        root.put("talkToDoctor", result.talkToDoctor());
        root.set("checklistWide", checklistWide(result.checklistWide()));
        ArrayNode redFlags = root.putArray("redFlags");
        for (RedFlag flag : result.redFlags()) {
            redFlags.addObject().put("questionId", flag.questionId()).put("answer", flag.answer().name());
        }
        ArrayNode areas = root.putArray("areas");
        for (AreaResult area : result.areas()) {
            ObjectNode node = areas.addObject();
            node.put("id", area.area().id());
            node.put("status", area.status().name());
            node.put("reason", area.reason().name());
            node.put("explanation", area.explanation());
            node.set("counts", counts(area.counts()));
            node.put("credit", area.credit());
            ArrayNode cdcNotYet = node.putArray("cdcSkillsNotYet");
            area.cdcSkillsNotYet().forEach(item -> cdcNotYet.add(item.milestone().id()));
            ArrayNode answers = node.putArray("answers");
            for (ItemResult item : area.items()) {
                answers.addObject().put("milestoneId", item.milestone().id()).put("answer", item.answer().name())
                        .put("scored", item.milestone().isScored());
            }
        }
        ArrayNode general = root.putArray("generalAnswers");
        for (Map.Entry<GeneralQuestion, Answer> entry : result.generalAnswers().entrySet()) {
            general.addObject().put("questionId", entry.getKey().id()).put("answer", entry.getValue().name());
        }
        ArrayNode notes = root.putArray("notes");
        for (Note note : result.notes()) {
            notes.addObject().put("kind", note.kind().name()).put("detail", note.detail());
        }
        return root;
    }

    private static ObjectNode age(Age age) {
        return MAPPER.createObjectNode().put("months", age.months()).put("days", age.days());
    }

    private static ObjectNode checklistWide(ChecklistWide wide) {
        ObjectNode node = MAPPER.createObjectNode().put("outcome", wide.outcome().name());
        ArrayNode areas = node.putArray("areasNotOnTrack");
        wide.areasNotOnTrack().forEach(areas::add);
        return node.put("threshold", wide.threshold());
    }

    private static ObjectNode counts(AnswerCounts counts) {
        return MAPPER.createObjectNode()
                .put("asked", counts.asked())
                .put("answered", counts.answered())
                .put("yes", counts.yes())
                .put("sometimes", counts.sometimes())
                .put("notYet", counts.notYet())
                .put("notSure", counts.notSure())
                .put("noAnswer", counts.noAnswer());
    }

    /** Lets Jackson finish its output without closing the caller's stream. */
    private static final class NonClosingStream extends java.io.FilterOutputStream {
        NonClosingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
