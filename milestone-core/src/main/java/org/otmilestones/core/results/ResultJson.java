package org.otmilestones.core.results;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.otmilestones.core.internal.KeepOpenStream;
import org.otmilestones.core.Age;
import org.otmilestones.core.Answer;
import org.otmilestones.core.GeneralQuestion;
import org.otmilestones.core.scoring.AnswerCounts;
import org.otmilestones.core.scoring.AreaResult;
import org.otmilestones.core.scoring.ChecklistResult;
import org.otmilestones.core.scoring.Judgement;
import org.otmilestones.core.scoring.Standing;
import org.otmilestones.core.scoring.ItemResult;
import org.otmilestones.core.scoring.Note;
import org.otmilestones.core.scoring.RedFlag;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes scored results as the documented result JSON (see docs/library.md), for clinics' record systems.
 *
 * <p>It lives beside the catalog reader because this package is the project's one user of Jackson.
 * The child appears by id only: names and birth dates stay in the clinic's own system. The one age written is
 * the age the checklist went by, in whole months (whole weeks under 3 months), so the birth date cannot be
 * worked back from {@code assessedOn}: see {@link #checklistAge}.
 */
public final class ResultJson {

    /**
     * The result format's version, written into every document: 2 added each area's credit and CDC-listed
     * skills answered "not yet", each answer's "scored", and the checklist-wide outcome; reasons were renamed.
     * 3 has one age, {@code checklistAge}, in whole months or weeks, where 2 had the age since birth in months
     * and days, the corrected age and the weeks early. 4 has the child's one {@code nextStep} with its
     * {@code nextStepReasons}, {@code answerAgainMonth}, the {@code standing} among same-age children (overall
     * and per area), {@code redFlagSkillsToWatch}, {@code talkToOtAboutTheSenses} and the {@code sensorySigns}
     * answers, where 3 had {@code checklistWide}; {@code redFlags} holds
     * only the answers that send the family to the doctor soon.
     */
    public static final int FORMAT_VERSION = 4;

    /** Babies younger than this many months have their age in weeks. */
    private static final int MONTHS_IN_WEEKS = 3;
    /** The most weeks written: every week from 0 to 12 is a whole week of birth dates, none a sliver. */
    private static final int MAX_WEEKS = 12;

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

    /**
     * Starts a JSON array that results are written to one at a time, so any number of them takes little
     * memory; closing it ends the array and flushes, but does not close {@code out}.
     */
    public static ArrayWriter openArray(Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        try {
            JsonGenerator generator = MAPPER.createGenerator(new NonClosingWriter(out));
            generator.writeStartArray();
            return new ArrayWriter(generator);
        } catch (JacksonException e) {
            throw asIo(e);
        }
    }

    /** A JSON array of results being written; the same text as {@link #writeAll}, one result at a time. */
    public static final class ArrayWriter implements Closeable, Flushable {
        private final JsonGenerator generator;

        private ArrayWriter(JsonGenerator generator) {
            this.generator = generator;
        }

        /** Writes the next result. */
        public void write(ChecklistResult result) throws IOException {
            try {
                MAPPER.writeTree(generator, toTree(result));
            } catch (JacksonException e) {
                throw asIo(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                generator.flush();
            } catch (JacksonException e) {
                throw asIo(e);
            }
        }

        /** Ends the array. */
        @Override
        public void close() throws IOException {
            try {
                generator.writeEndArray();
                generator.close();
            } catch (JacksonException e) {
                throw asIo(e);
            }
        }
    }

    private static IOException asIo(JacksonException e) {
        return e.getCause() instanceof IOException io ? io : new IOException(e.getOriginalMessage(), e);
    }

    /** One result as a JSON string. */
    public static String toJson(ChecklistResult result) {
        return MAPPER.writeValueAsString(toTree(result));
    }

    private static void writeTree(Object tree, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        try {
            MAPPER.writeValue(new KeepOpenStream(out), tree);
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
        root.set("checklistAge", checklistAge(result));
        root.put("checkpoint", result.checkpoint().id());
        root.put("checkpointChoice", result.checkpointChoice().name());
        root.put("nextCheckpoint", result.nextCheckpoint().map(c -> c.id()).orElse(null));
        Judgement judgement = result.judgement();
        root.put("nextStep", judgement.nextStep().name());
        ArrayNode reasons = root.putArray("nextStepReasons");
        judgement.reasons().forEach(r -> reasons.add(r.name()));
        root.put("answerAgainMonth", judgement.answerAgainOn().map(d -> YearMonth.from(d).toString()).orElse(null));
        root.put("talkToDoctor", result.talkToDoctor());
        judgement.standing().ifPresentOrElse(st -> root.set("standing", standing(st)), () -> root.putNull("standing"));
        ArrayNode watch = root.putArray("redFlagSkillsToWatch");
        judgement.redFlagSkillsToWatch().forEach(item -> watch.add(item.milestone().id()));
        root.put("talkToOtAboutTheSenses", judgement.talkToOtAboutTheSenses());
        ArrayNode signs = root.putArray("sensorySigns");
        judgement.sensorySigns().forEach((sign, answer) -> signs.addObject().put("signId", sign.id())
                .put("kind", sign.kind().name()).put("answer", answer.name()));
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
            Standing areaStanding = judgement.areaStandings().get(area.area().id());
            if (areaStanding == null) {
                node.putNull("standing");
            } else {
                node.set("standing", standing(areaStanding));
            }
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

    /**
     * The age the checklist was chosen and judged by: since birth, or, for a baby born early, since the due
     * date while the catalog's rule corrects it. {@code {"months": 25}}, or {@code {"weeks": 10}} under 3 months
     * (at most 12, so the last days before 3 months are not a group of their own).
     *
     * <p>Nothing else about the age is written, and that is what keeps the birth date out: days gave it back
     * with {@code assessedOn}; an age since birth beside a checklist chosen by the corrected age (or beside the
     * corrected age and the weeks early) narrowed it to a few days for babies born early. With this age alone,
     * every birth date shares its document with at least four weeks of others (five days under 3 months).
     */
    private static ObjectNode checklistAge(ChecklistResult result) {
        Age age = result.age().forMilestones();
        if (age.months() < MONTHS_IN_WEEKS) {
            LocalDate countedFrom = result.child().dateOfBirth().plusWeeks(
                    result.age().corrected().isPresent() ? result.age().weeksEarly() : 0);
            long weeks = Math.max(0, ChronoUnit.DAYS.between(countedFrom, result.assessedOn()) / 7);
            return MAPPER.createObjectNode().put("weeks", Math.min(weeks, MAX_WEEKS));
        }
        return MAPPER.createObjectNode().put("months", age.months());
    }

    /** A standing as z values rounded to two decimals and the count of answers it rests on. */
    private static ObjectNode standing(Standing standing) {
        return MAPPER.createObjectNode().put("z", round(standing.z())).put("sourcedZ", round(standing.sourcedZ()))
                .put("answers", standing.answers());
    }

    private static double round(double value) {
        return Math.round(value * 100.0) / 100.0;
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

    /** Lets Jackson finish its output without closing the caller's writer. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
