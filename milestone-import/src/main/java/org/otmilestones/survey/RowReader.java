package org.otmilestones.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Answers;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Child;
import org.otmilestones.core.ChildAge;
import org.otmilestones.core.InvalidAssessmentException;
import org.otmilestones.core.scoring.ChecklistScorer;

/**
 * Turns one data row into an {@link ImportedRow}, or into an error for every problem in it so staff can fix
 * them all at once; a row with any error is not imported.
 */
final class RowReader {

    /** The longest child id, name or "completed by" accepted; longer ones are mistakes such as a pasted note. */
    static final int MAX_TEXT_LENGTH = 200;

    /** What a byte that was not valid UTF-8 became when the file was read: U+FFFD. */
    static final char REPLACED = '\uFFFD';

    /**
     * A row's result: the row, or its errors.
     *
     * @param row the row, when it had no problem
     * @param errors the problems, when it had any
     * @param damagedUnusedColumn true when a column that is not used holds a byte that was not valid UTF-8
     * @param childId the row's child id when the id itself was fine, also when the row has errors
     */
    record Outcome(Optional<ImportedRow> row, List<RowError> errors, boolean damagedUnusedColumn,
            Optional<String> childId) {
        Outcome(Optional<ImportedRow> row, List<RowError> errors) {
            this(row, errors, false, Optional.empty());
        }
    }

    private final ColumnPlan plan;
    private final Catalog catalog;
    private final String file;
    private final LocalDate today;
    private final Optional<DateOrder> dateOrder;
    /** True when the file held bytes that were not valid UTF-8, so cells are checked for them. */
    private final boolean damagedFile;
    /** Per column: true when the plan uses it (for a question or a child field). */
    private final boolean[] used;

    RowReader(ColumnPlan plan, Catalog catalog, String file, LocalDate today, Optional<DateOrder> dateOrder) {
        this(plan, catalog, file, today, dateOrder, false);
    }

    RowReader(ColumnPlan plan, Catalog catalog, String file, LocalDate today, Optional<DateOrder> dateOrder,
            boolean damagedFile) {
        this.plan = plan;
        this.catalog = catalog;
        this.file = file;
        this.today = today;
        this.dateOrder = dateOrder;
        this.damagedFile = damagedFile;
        this.used = new boolean[plan.headers().size()];
        for (ColumnInfo info : plan.infos()) {
            // Notes are recognised so they are not listed as unknown, but nothing reads them.
            boolean read = !(info.target() instanceof ColumnTarget.Ignore)
                    && !info.target().equals(ColumnTarget.field(ChildField.NOTES));
            if (read && info.column() - 1 < used.length) {
                used[info.column() - 1] = true;
            }
        }
    }

    /** The state of one row while it is read. */
    private final class Row {
        final int line;
        final List<String> cells;
        final List<RowError> errors = new ArrayList<>();
        /** Columns already reported for bytes that were not UTF-8: what follows from them is not reported again. */
        final java.util.Set<Integer> damaged = new java.util.HashSet<>();

        Row(int line, List<String> cells) {
            this.line = line;
            this.cells = cells;
        }

        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        void error(int column, String value, String problem, String fix) {
            if (damaged.contains(column)) {
                return;
            }
            errors.add(new RowError(file, line, OptionalInt.of(column + 1),
                    Optional.of(plan.headers().get(column).display()), Optional.ofNullable(value), problem, fix));
        }

        void error(String problem, String fix) {
            errors.add(new RowError(file, line, OptionalInt.empty(), Optional.empty(), Optional.empty(), problem, fix));
        }

        private final Map<ChildField, Integer> filled = new java.util.EnumMap<>(ChildField.class);

        /** The first of the field's columns that holds a value, or -1; checked once per row. */
        int filled(ChildField field) {
            return filled.computeIfAbsent(field, f -> filled(plan.columns(f)));
        }

        private int filled(List<Integer> columns) {
            int found = -1;
            for (int column : columns) {
                if (!cell(column).isBlank()) {
                    if (found < 0) {
                        found = column;
                    } else if (columns.size() > 1 && !cell(column).strip().equals(cell(found).strip())
                            && isOneOfSeveralVersions(columns)) {
                        error(column, cell(column), "this column and column " + (found + 1)
                                + " give different values for the same thing", "keep the value in one of them");
                    }
                }
            }
            return found;
        }

        private boolean isOneOfSeveralVersions(List<Integer> columns) {
            // Timestamps are a ranked fallback list, not versions of one question.
            return !columns.equals(plan.columns(ChildField.COMPLETED_AT)) && !columns.equals(plan.columns(ChildField.NOTES));
        }
    }

    Outcome read(int line, List<String> cells) {
        Row row = new Row(line, cells);
        int columns = plan.headers().size();
        if (cells.size() != columns && !onlyBlankExtraCells(cells, columns)) {
            int at = Math.min(cells.size(), columns);
            row.errors.add(new RowError(file, line, OptionalInt.of(at + 1), Optional.empty(), Optional.empty(),
                    "the row has " + cells.size() + " values but the header has " + columns + " columns",
                    "check this line for a missing or extra delimiter or quote; values may have shifted columns"));
            return new Outcome(Optional.empty(), row.errors);
        }
        boolean damagedUnused = damagedFile && checkDamage(row);
        Optional<LocalDate> born = birthDate(row);
        Optional<Integer> weeks = text(row, ChildField.WEEKS_AT_BIRTH).flatMap(c -> {
            FieldValues.Read<Integer> read = FieldValues.weeksAtBirth(row.cell(c));
            if (read.value().isEmpty()) {
                row.error(c, row.cell(c), read.problem(), read.fix());
            }
            return read.value();
        });
        Assessed assessed = assessedOn(row);
        Optional<String> checkpoint = text(row, ChildField.CHECKPOINT).flatMap(c -> reported(row, c,
                FieldValues.checkpoint(row.cell(c), catalog)));
        Optional<String> language = text(row, ChildField.LANGUAGE).flatMap(c -> isToolLanguage(c)
                ? FieldValues.language(row.cell(c), catalog).value()
                : reported(row, c, FieldValues.language(row.cell(c), catalog)));
        Optional<String> name = bounded(row, ChildField.CHILD_NAME, "the child's name");
        Optional<String> completedBy = bounded(row, ChildField.COMPLETED_BY, "who completed the form");
        int idErrors = row.errors.size();
        Optional<String> givenId = bounded(row, ChildField.CHILD_ID, "the child id");
        String id = givenId.orElse("row-" + line);
        Optional<String> shownId = givenId.isPresent() || row.errors.size() == idErrors ? Optional.of(id)
                : Optional.empty();
        Map<String, Answer> answers = answers(row);

        if (born.isPresent() && assessed.date.isPresent()) {
            checkAge(row, born.get(), weeks, assessed);
        }
        if (!row.errors.isEmpty()) {
            return new Outcome(Optional.empty(), row.errors, damagedUnused, shownId);
        }
        Child child = new Child(id, name, born.orElseThrow(), weeks);
        Answers form = new Answers(answers, checkpoint, completedBy);
        return new Outcome(Optional.of(new ImportedRow(line, child, form, assessed.date.orElseThrow(), assessed.source,
                language)), List.of(), damagedUnused, shownId);
    }

    /**
     * Reports every used cell that holds a byte that was not valid UTF-8: its value cannot be trusted, and a
     * name with it would be garbled in the handout. Returns true when an unused cell holds one.
     */
    private boolean checkDamage(Row row) {
        boolean damagedUnused = false;
        for (int column = 0; column < row.cells.size() && column < used.length; column++) {
            if (row.cells.get(column).indexOf(REPLACED) < 0) {
                continue;
            }
            if (!used[column]) {
                damagedUnused = true;
                continue;
            }
            row.error(column, row.cell(column), "the value holds bytes that are not valid UTF-8 (shown as \uFFFD)",
                    "retype the value in the spreadsheet and save the export as \"CSV UTF-8\"");
            row.damaged.add(column);
        }
        return damagedUnused;
    }

    /**
     * True for a survey tool's record of the language the family answered in (Qualtrics' UserLanguage):
     * a language the catalog lacks there is no mistake to fix, so the run's language is used.
     */
    private boolean isToolLanguage(int column) {
        return HeaderVocabulary.isToolLanguage(plan.headers().get(column).primary());
    }

    private static boolean onlyBlankExtraCells(List<String> cells, int columns) {
        return cells.size() > columns && cells.subList(columns, cells.size()).stream().allMatch(String::isBlank);
    }

    private Optional<Integer> text(Row row, ChildField field) {
        int column = row.filled(field);
        return column < 0 ? Optional.empty() : Optional.of(column);
    }

    private <T> Optional<T> reported(Row row, int column, FieldValues.Read<T> read) {
        if (read.value().isEmpty()) {
            row.error(column, row.cell(column), read.problem(), read.fix());
        }
        return read.value();
    }

    private Optional<String> bounded(Row row, ChildField field, String what) {
        int column = row.filled(field);
        if (column < 0) {
            return Optional.empty();
        }
        String value = row.cell(column).strip();
        if (value.length() > MAX_TEXT_LENGTH) {
            row.error(column, value, what + " is " + value.length() + " characters long, more than "
                    + MAX_TEXT_LENGTH, "check that this column holds " + what + " and nothing else");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private Optional<LocalDate> birthDate(Row row) {
        List<Integer> columns = plan.columns(ChildField.DATE_OF_BIRTH);
        if (columns.isEmpty()) {
            row.error("the file has no date-of-birth column", "add a \"Date of birth\" question to the form, or map "
                    + "its column to date_of_birth in a mapping file");
            return Optional.empty();
        }
        int column = row.filled(ChildField.DATE_OF_BIRTH);
        if (column < 0) {
            row.error(columns.get(0), null, "the date of birth is blank", "fill in the child's date of birth");
            return Optional.empty();
        }
        Optional<LocalDate> date = date(row, column);
        if (date.isPresent() && date.get().isAfter(today)) {
            row.error(column, row.cell(column), "the date of birth is in the future (today is " + today + ")",
                    "check the year and the order of day and month");
            return Optional.empty();
        }
        return date;
    }

    /** The assessment day and where it came from. */
    private record Assessed(Optional<LocalDate> date, AssessmentDateSource source, int column) {
    }

    private Assessed assessedOn(Row row) {
        int column = row.filled(ChildField.ASSESSMENT_DATE);
        AssessmentDateSource source = AssessmentDateSource.ASSESSMENT_DATE_COLUMN;
        if (column < 0) {
            column = row.filled(ChildField.COMPLETED_AT);
            source = AssessmentDateSource.COMPLETION_TIME;
        }
        if (column < 0) {
            return new Assessed(Optional.of(today), AssessmentDateSource.TODAY, -1);
        }
        Optional<LocalDate> date = date(row, column);
        // One day of grace: a tool's timestamp may be written in a time zone already past midnight.
        if (date.isPresent() && date.get().isAfter(today.plusDays(1))) {
            row.error(column, row.cell(column), "the assessment date is in the future (today is " + today + ")",
                    "check the year and the order of day and month");
            return new Assessed(Optional.empty(), source, column);
        }
        return new Assessed(date, source, column);
    }

    private Optional<LocalDate> date(Row row, int column) {
        DateReader.Result result = DateReader.read(row.cell(column), dateOrder, today);
        if (result instanceof DateReader.Bad bad) {
            row.error(column, row.cell(column), "the date " + bad.problem(), bad.fix());
            return Optional.empty();
        }
        return Optional.of(((DateReader.Ok) result).date());
    }

    private void checkAge(Row row, LocalDate born, Optional<Integer> weeks, Assessed assessed) {
        int birthColumn = row.filled(ChildField.DATE_OF_BIRTH);
        if (born.isAfter(assessed.date.get())) {
            row.error(birthColumn, row.cell(birthColumn), "the date of birth is after the assessment date "
                    + assessed.date.get() + " (from the " + assessed.source.description() + ")",
                    "check the date of birth and the assessment date");
            return;
        }
        try {
            Child probe = new Child("probe", Optional.empty(), born, weeks);
            ChildAge age = ChildAge.of(probe, assessed.date.get(), catalog.correctedAge());
            ChecklistScorer.checkpointForAge(catalog, age.forMilestones());
        } catch (InvalidAssessmentException e) {
            int column = switch (e.field()) {
                case DATE_OF_BIRTH -> birthColumn;
                case ASSESSMENT_DATE -> assessed.column >= 0 ? assessed.column : birthColumn;
                case CHECKPOINT -> row.filled(ChildField.CHECKPOINT) >= 0 ? row.filled(ChildField.CHECKPOINT) : birthColumn;
            };
            row.error(column, row.cell(column), e.problem(), e.fix());
        }
    }

    /** True for one box of a REDCap checkbox field ({@code name___code}). */
    private boolean isCheckbox(int column) {
        return plan.headers().get(column).primary().contains(RedcapDictionary.CHECKBOX_SEPARATOR);
    }

    private Map<String, Answer> answers(Row row) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Map.Entry<String, List<Integer>> entry : plan.questionColumns().entrySet()) {
            Answer found = Answer.NO_ANSWER;
            int foundColumn = -1;
            for (int column : entry.getValue()) {
                AnswerSpellings spellings = plan.spellings(column);
                String cell = row.cell(column);
                Optional<Answer> answer = spellings.read(cell);
                if (answer.isEmpty() && spellings.hasCodes()) {
                    row.error(column, cell, "the answer is not one of this question's codes", "use one of the codes "
                            + spellings.codes() + ", or leave it blank; a code the form has but this list lacks needs a"
                            + " line in the mapping file's \"answers\"");
                } else if (answer.isEmpty()) {
                    row.error(column, cell, "the answer is not one this importer knows", "use " + spellings.accepted()
                            + "; or add the spelling to the mapping file's \"answers\"");
                } else if (answer.get() != Answer.NO_ANSWER) {
                    if (foundColumn >= 0 && answer.get() != found && isCheckbox(column)) {
                        row.error(column, cell, "more than one box is ticked for this question (this column and column "
                                + (foundColumn + 1) + ")", "tick one box only: a question has one answer");
                    } else if (foundColumn >= 0 && answer.get() != found) {
                        row.error(column, cell, "this column and column " + (foundColumn + 1)
                                + " give different answers to the same question", "keep the answer in one of them");
                    }
                    found = answer.get();
                    foundColumn = column;
                }
            }
            answers.put(entry.getKey(), found);
        }
        return answers;
    }
}
