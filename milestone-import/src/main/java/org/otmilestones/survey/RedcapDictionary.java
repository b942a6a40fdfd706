package org.otmilestones.survey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Catalog;

/**
 * A REDCap data dictionary (the project's "Data Dictionary" CSV download), read so that a raw export's
 * variable names and choice codes (1, 2, 3) can be mapped to catalog questions and answers.
 *
 * @param file the file as the user named it
 * @param fields every field, in dictionary order
 */
record RedcapDictionary(String file, List<Field> fields) {

    /**
     * One field of the dictionary.
     *
     * @param name the variable name, the header of a raw export
     * @param form the instrument it is on
     * @param type the field type: text, radio, dropdown, yesno, truefalse, checkbox, notes...
     * @param label the field label, the question shown to the parent
     * @param choices choice codes and their labels, in order, for radio, dropdown and checkbox fields
     */
    public record Field(String name, String form, String type, String label, Map<String, String> choices) {
        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(form, "form");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(label, "label");
            choices = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(choices));
        }
    }

    private static final String NAME = "Variable / Field Name";
    private static final String FORM = "Form Name";
    private static final String TYPE = "Field Type";
    private static final String LABEL = "Field Label";
    private static final String CHOICES = "Choices, Calculations, OR Slider Labels";

    public RedcapDictionary {
        Objects.requireNonNull(file, "file");
        fields = List.copyOf(fields);
    }

    /**
     * Reads a data dictionary CSV.
     *
     * @throws ImportException when the file is missing, unreadable or not a data dictionary
     */
    public static RedcapDictionary read(Path path) throws ImportException {
        Objects.requireNonNull(path, "path");
        String name = path.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new ImportException(name, "does not exist", "check the path of the data dictionary");
        } catch (IOException e) {
            throw new ImportException(name, "cannot be read (" + e.getClass().getSimpleName() + ")",
                    "check the file's permissions");
        }
        DecodedText text = DecodedText.decode(bytes, Optional.empty(), name);
        List<CsvRecords.Raw> records = CsvRecords.split(text.text(), DelimiterSniffer.sniff(text.text())).records()
                .stream().filter(r -> !r.isBlank()).toList();
        if (records.isEmpty()) {
            throw new ImportException(name, "is empty", "download the data dictionary from REDCap again");
        }
        List<String> header = records.get(0).cells();
        int nameColumn = column(header, NAME, name);
        int formColumn = column(header, FORM, name);
        int typeColumn = column(header, TYPE, name);
        int labelColumn = column(header, LABEL, name);
        int choicesColumn = column(header, CHOICES, name);
        List<Field> fields = new ArrayList<>();
        for (CsvRecords.Raw record : records.subList(1, records.size())) {
            List<String> cells = record.cells();
            String variable = cell(cells, nameColumn);
            if (!variable.isEmpty()) {
                fields.add(new Field(variable, cell(cells, formColumn), cell(cells, typeColumn),
                        cell(cells, labelColumn), choices(cell(cells, choicesColumn))));
            }
        }
        return new RedcapDictionary(name, fields);
    }

    /**
     * A mapping for raw exports of this project: each field whose name is a catalog question id (REDCap writes
     * {@code fine_motor_19_24m_tower_4} for {@code fine_motor-19-24m-tower_4}) or whose label is a catalog
     * question text, with its choice codes as answer spellings when every label is a known answer; and the
     * fields whose labels name child fields. Every rule is optional, since one export rarely holds every
     * instrument.
     */
    public ColumnMapping toMapping(Catalog catalog) {
        QuestionIndex index = new QuestionIndex(catalog);
        AnswerSpellings usual = new AnswerSpellings(Map.of(), Map.of());
        ColumnMapping mapping = ColumnMapping.NONE;
        for (Field field : fields) {
            if (field.type().equals("descriptive")) {
                continue;
            }
            Optional<QuestionIndex.Match> question = index.find(List.of(field.name(), field.label()));
            if (field.type().equals("checkbox")) {
                if (question.isPresent()) {
                    mapping = withCheckboxes(mapping, field, question.get().questionId(), usual);
                }
                continue;
            }
            ColumnRef column = ColumnRef.header(field.name());
            if (question.isPresent()) {
                Map<String, Answer> codes = codes(field, usual);
                mapping = mapping.with(ColumnRule.of(column, ColumnTarget.question(question.get().questionId()))
                        .withAnswers(codes).optional());
                continue;
            }
            Optional<ChildField> childField = HeaderVocabulary.field(field.label()).or(() -> HeaderVocabulary.field(field.name()));
            if (childField.isPresent() && childField.get() != ChildField.COMPLETED_AT) {
                mapping = mapping.with(ColumnRule.of(column, ColumnTarget.field(childField.get())).optional());
            }
        }
        return mapping;
    }

    /**
     * A checkbox field that asks a catalog question: REDCap exports one column per choice ({@code name___code},
     * 1 when ticked, 0 when not), so each column whose choice label is a known answer reads 1 as that answer;
     * the row reader calls two ticked boxes an error.
     */
    private static ColumnMapping withCheckboxes(ColumnMapping mapping, Field field, String questionId,
            AnswerSpellings usual) {
        ColumnMapping result = mapping;
        for (Map.Entry<String, String> choice : field.choices().entrySet()) {
            Optional<Answer> answer = usual.read(choice.getValue()).filter(a -> a != Answer.NO_ANSWER);
            if (answer.isPresent()) {
                Map<String, Answer> ticked = new LinkedHashMap<>();
                ticked.put("1", answer.get());
                ticked.put("0", Answer.NO_ANSWER);
                String header = field.name() + CHECKBOX_SEPARATOR + choice.getKey().toLowerCase(java.util.Locale.ROOT);
                result = result.with(ColumnRule.of(ColumnRef.header(header), ColumnTarget.question(questionId))
                        .withAnswers(ticked).optional());
            }
        }
        return result;
    }

    /** What REDCap puts between a checkbox field's name and a choice code in a raw export's header. */
    static final String CHECKBOX_SEPARATOR = "___";

    private static Map<String, Answer> codes(Field field, AnswerSpellings usual) {
        Map<String, Answer> codes = new LinkedHashMap<>();
        switch (field.type()) {
            case "yesno", "truefalse" -> {
                codes.put("1", Answer.YES);
                codes.put("0", Answer.NOT_YET);
            }
            default -> field.choices().forEach((code, label) -> usual.read(label)
                    .filter(a -> a != Answer.NO_ANSWER).ifPresent(a -> codes.put(code, a)));
        }
        return codes;
    }

    /** Parses {@code 1, Yes | 2, Sometimes}; REDCap also writes it without spaces around the bar. */
    static Map<String, String> choices(String text) {
        Map<String, String> choices = new LinkedHashMap<>();
        if (text.isBlank()) {
            return choices;
        }
        for (String choice : text.split("\\|")) {
            int comma = choice.indexOf(',');
            if (comma > 0) {
                choices.put(choice.substring(0, comma).strip(), choice.substring(comma + 1).strip());
            }
        }
        return choices;
    }

    private static int column(List<String> header, String wanted, String file) throws ImportException {
        String key = HeaderText.key(wanted);
        for (int i = 0; i < header.size(); i++) {
            if (HeaderText.key(header.get(i)).equals(key)) {
                return i;
            }
        }
        throw new ImportException(file, "is not a REDCap data dictionary: its header has no '" + wanted + "' column",
                "download it in REDCap from Project Setup › Data Dictionary › Download the current Data Dictionary");
    }

    private static String cell(List<String> cells, int column) {
        return column < cells.size() ? cells.get(column).strip() : "";
    }
}
