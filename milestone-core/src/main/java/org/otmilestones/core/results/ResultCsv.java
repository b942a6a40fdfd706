package org.otmilestones.core.results;

import org.otmilestones.core.internal.CsvTable;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.otmilestones.core.Area;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.scoring.AreaResult;
import org.otmilestones.core.scoring.ChecklistResult;
import org.otmilestones.core.scoring.RedFlag;

/**
 * Scored results as CSV, one row per imported row, for a clinic's record system: the row's line, the child
 * id, the checkpoint, each area's status and whether a red flag was raised; rows that could not be scored
 * carry their error instead. Names, birth dates and cell values stay out unless the caller asks for them.
 * Cells are neutralised as in {@link CsvTable}.
 */
public final class ResultCsv implements Closeable, Flushable {

    /** Whether the child's name, birth date and the values in error messages are written. */
    public enum PersonalData {
        /** Only the child id: the default for files that travel. */
        EXCLUDE,
        /** Name, birth date and values too, for the clinic's own records. */
        INCLUDE
    }

    private final CsvTable table;
    private final Catalog catalog;
    private final PersonalData personal;
    private final int width;
    private final int extraColumns;

    private ResultCsv(CsvTable table, Catalog catalog, PersonalData personal, int width, int extraColumns) {
        this.table = table;
        this.catalog = catalog;
        this.personal = personal;
        this.width = width;
        this.extraColumns = extraColumns;
    }

    /** Starts a results file by writing its header. */
    public static ResultCsv open(Writer out, Catalog catalog, PersonalData personal) throws IOException {
        return open(out, catalog, personal, List.of());
    }

    /**
     * Starts a results file whose rows end with the caller's own columns, such as the handout file of
     * {@code otm report}'s summary.
     */
    public static ResultCsv open(Writer out, Catalog catalog, PersonalData personal, List<String> extraColumns)
            throws IOException {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(personal, "personal");
        List<String> header = new ArrayList<>(header(catalog, personal));
        header.addAll(extraColumns);
        return new ResultCsv(CsvTable.open(out, header), catalog, personal, header.size() - extraColumns.size(),
                extraColumns.size());
    }

    /**
     * The header: {@code line, child_id, assessed_on, checklist_age_months, checkpoint, <one column per area
     * id>, next_step, red_flag, red_flag_questions, answer_again_month, error}; with the personal data, {@code child_name,
     * date_of_birth} after the id and {@code age_months, corrected_age_months} in place of
     * {@code checklist_age_months}.
     *
     * <p>Without the personal data the one age is the age the checklist went by (corrected for prematurity
     * while the catalog's rule applies), in whole months: an age since birth beside a checklist chosen by the
     * corrected age narrowed the birth date down to a few days for babies born early.
     */
    public static List<String> header(Catalog catalog, PersonalData personal) {
        List<String> header = new ArrayList<>(List.of("line", "child_id"));
        if (personal == PersonalData.INCLUDE) {
            header.addAll(List.of("child_name", "date_of_birth", "assessed_on", "age_months", "corrected_age_months"));
        } else {
            header.addAll(List.of("assessed_on", "checklist_age_months"));
        }
        header.add("checkpoint");
        catalog.areas().forEach(area -> header.add(area.id()));
        header.addAll(List.of("next_step", "red_flag", "red_flag_questions", "answer_again_month", "error"));
        return List.copyOf(header);
    }

    /**
     * Writes a scored row; each area's status is written as {@code on_track}, {@code talk_to_ot} and so on,
     * the next step as {@code doctor_soon}, {@code ot_evaluation}, {@code check_again}, {@code answer_rest} or
     * {@code keep_playing}, the month to answer again (after "check again") as {@code 2027-01}.
     */
    public void result(int line, ChecklistResult result, String... extra) throws IOException {
        Objects.requireNonNull(result, "result");
        List<String> cells = new ArrayList<>(width);
        cells.add(String.valueOf(line));
        cells.add(result.child().id());
        if (personal == PersonalData.INCLUDE) {
            cells.add(result.child().name().orElse(""));
            cells.add(result.child().dateOfBirth().toString());
        }
        cells.add(result.assessedOn().toString());
        if (personal == PersonalData.INCLUDE) {
            cells.add(String.valueOf(result.age().chronological().months()));
            cells.add(result.age().corrected().map(a -> String.valueOf(a.months())).orElse(""));
        } else {
            cells.add(String.valueOf(result.age().forMilestones().months()));
        }
        cells.add(result.checkpoint().id());
        for (Area area : catalog.areas()) {
            cells.add(result.area(area.id()).map(AreaResult::status).map(s -> s.name().toLowerCase(Locale.ROOT))
                    .orElse(""));
        }
        cells.add(result.nextStep().code());
        cells.add(result.talkToDoctor() ? "yes" : "no");
        cells.add(result.redFlags().stream().map(RedFlag::questionId).collect(Collectors.joining(" ")));
        cells.add(result.judgement().answerAgainOn().map(d -> java.time.YearMonth.from(d).toString()).orElse(""));
        cells.add("");
        table.row(withExtra(cells, extra));
    }

    /** Writes a row that failed: its line, the child's id when known, and what went wrong with how to fix it. */
    public void error(int line, String childId, String problem, String... extra) throws IOException {
        List<String> cells = new ArrayList<>(width);
        cells.add(String.valueOf(line));
        cells.add(childId == null ? "" : childId);
        while (cells.size() < width - 1) {
            cells.add("");
        }
        cells.add(Objects.requireNonNull(problem, "problem"));
        table.row(withExtra(cells, extra));
    }

    private List<String> withExtra(List<String> cells, String... extra) {
        if (extra.length > extraColumns) {
            throw new IllegalArgumentException("extra has " + extra.length + " values for " + extraColumns + " extra columns");
        }
        List<String> row = new ArrayList<>(cells);
        for (int i = 0; i < extraColumns; i++) {
            row.add(i < extra.length && extra[i] != null ? extra[i] : "");
        }
        return row;
    }

    @Override
    public void flush() throws IOException {
        table.flush();
    }

    @Override
    public void close() throws IOException {
        table.close();
    }
}
