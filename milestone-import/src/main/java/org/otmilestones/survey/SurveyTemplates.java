package org.otmilestones.survey;

import org.otmilestones.core.internal.CsvTable;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.otmilestones.core.Area;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.GeneralQuestion;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.FormField;

/**
 * Blank survey templates: a CSV header with the child columns and one column per question of a checkpoint,
 * headed by the question text in one language, to paste into a survey tool; and the mapping that reads the
 * tool's export back (write it with {@code ColumnMappings.write} in the catalog package).
 */
public final class SurveyTemplates {

    private static final List<ChildField> CHILD_COLUMNS = List.of(ChildField.CHILD_ID, ChildField.CHILD_NAME,
            ChildField.DATE_OF_BIRTH, ChildField.WEEKS_AT_BIRTH, ChildField.ASSESSMENT_DATE, ChildField.COMPLETED_BY);

    /** The child columns' headers come from the generated forms' labels, so every template reads the same. */
    private static final List<FormField> CHILD_LABELS = List.of(FormField.CHILD_ID, FormField.CHILD_NAME,
            FormField.DATE_OF_BIRTH, FormField.WEEKS_AT_BIRTH, FormField.ASSESSMENT_DATE, FormField.COMPLETED_BY);

    private SurveyTemplates() {
    }

    /**
     * Writes the template's header row.
     *
     * @param catalog the catalog
     * @param checkpoint one of its checkpoints
     * @param language one of its languages, for the question texts and child headers
     * @param csv where to write; left open
     */
    public static void write(Catalog catalog, Checkpoint checkpoint, String language, Writer csv) throws IOException {
        write(catalog, List.of(Objects.requireNonNull(checkpoint, "checkpoint")), language, csv);
    }

    /**
     * Writes the header row of a template for several checkpoints (every checkpoint, for a form with a section
     * per age): the child columns, then each checkpoint's milestones by area, then the general questions once.
     */
    public static void write(Catalog catalog, List<Checkpoint> checkpoints, String language, Writer csv)
            throws IOException {
        Objects.requireNonNull(csv, "csv");
        List<String> headers = headers(catalog, checkpoints, language);
        CsvTable table = CsvTable.open(csv, headers);
        table.flush();
    }

    /** The template's headers: the child columns, then the checkpoint's milestones by area, then the general questions. */
    public static List<String> headers(Catalog catalog, Checkpoint checkpoint, String language) {
        return headers(catalog, List.of(Objects.requireNonNull(checkpoint, "checkpoint")), language);
    }

    /** The headers of a template for several checkpoints. */
    public static List<String> headers(Catalog catalog, List<Checkpoint> checkpoints, String language) {
        List<String> headers = new ArrayList<>(childHeaders(language));
        questions(catalog, checkpoints, language).forEach(q -> headers.add(q.text()));
        return List.copyOf(headers);
    }

    /**
     * The mapping that reads an export of the template: each header to its field or question. Question
     * columns and the date of birth are required; the other child columns may be left out of the form.
     */
    public static ColumnMapping mapping(Catalog catalog, Checkpoint checkpoint, String language) {
        return mapping(catalog, List.of(Objects.requireNonNull(checkpoint, "checkpoint")), language);
    }

    /** The mapping that reads an export of a template for several checkpoints. */
    public static ColumnMapping mapping(Catalog catalog, List<Checkpoint> checkpoints, String language) {
        ColumnMapping mapping = ColumnMapping.NONE;
        List<String> childHeaders = childHeaders(language);
        for (int i = 0; i < CHILD_COLUMNS.size(); i++) {
            ChildField field = CHILD_COLUMNS.get(i);
            ColumnRule rule = ColumnRule.of(ColumnRef.header(childHeaders.get(i)), ColumnTarget.field(field));
            mapping = mapping.with(field == ChildField.DATE_OF_BIRTH ? rule : rule.optional());
        }
        for (Question q : questions(catalog, checkpoints, language)) {
            mapping = mapping.with(ColumnRule.of(ColumnRef.header(q.text()), ColumnTarget.question(q.id())));
        }
        return mapping;
    }

    private static List<String> childHeaders(String language) {
        return CHILD_LABELS.stream().map(f -> f.label(language)).toList();
    }

    /** A template question. */
    private record Question(String id, String text) {
    }

    private static List<Question> questions(Catalog catalog, List<Checkpoint> checkpoints, String language) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(checkpoints, "checkpoints");
        if (checkpoints.isEmpty()) {
            throw new IllegalArgumentException("checkpoints must name at least one checkpoint");
        }
        for (Checkpoint checkpoint : checkpoints) {
            if (!catalog.checkpoints().contains(checkpoint)) {
                throw new IllegalArgumentException("checkpoint " + checkpoint.id() + " is not in catalog " + catalog.id());
            }
        }
        if (!catalog.languages().contains(language)) {
            throw new IllegalArgumentException("language must be one of " + catalog.languages() + ", was " + language);
        }
        List<Question> questions = new ArrayList<>();
        for (Checkpoint checkpoint : checkpoints) {
            for (Area area : catalog.areas()) {
                for (Milestone m : catalog.milestones(area, checkpoint)) {
                    questions.add(new Question(m.id(), m.question().in(language)));
                }
            }
        }
        for (GeneralQuestion q : catalog.generalQuestions()) {
            questions.add(new Question(q.id(), q.question().in(language)));
        }
        // The signs of how a child handles the senses that any of these checklists asks, after the general questions.
        for (org.otmilestones.core.SensorySign sign : catalog.sensorySigns().signs()) {
            if (checkpoints.stream().anyMatch(c -> catalog.sensorySigns().askedAt(c).contains(sign))) {
                questions.add(new Question(sign.id(), sign.question().in(language)));
            }
        }
        return questions;
    }
}
