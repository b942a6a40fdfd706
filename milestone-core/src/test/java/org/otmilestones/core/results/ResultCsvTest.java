package org.otmilestones.core.results;

import org.otmilestones.core.internal.CsvTable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Answers;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Child;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.catalog.Catalogs;
import org.otmilestones.core.scoring.ChecklistResult;
import org.otmilestones.core.scoring.ChecklistScorer;

class ResultCsvTest {

    private static List<CSVRecord> parse(String csv) throws Exception {
        try (var parser = CSVFormat.RFC4180.parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }

    private static final Catalog CATALOG = Catalogs.loadBundled();
    private static final LocalDate ASSESSED = LocalDate.of(2026, 11, 20);

    /** Ana: 2 years, every 24-month skill "yes"; Ben: born at 31 weeks, 32 months, a worried parent. */
    private static List<ChecklistResult> anaAndBen() throws Exception {
        Map<String, Answer> allYes = new HashMap<>();
        for (Milestone m : CATALOG.milestones(CATALOG.checkpoint("24m").orElseThrow())) {
            allYes.put(m.id(), Answer.YES);
        }
        Map<String, Answer> worried = new HashMap<>(allYes);
        worried.put("general-worried", Answer.YES);
        return List.of(
                ChecklistScorer.score(CATALOG, Child.of("row-2", "Ana López", LocalDate.of(2024, 10, 14)),
                        Answers.of(allYes), ASSESSED),
                ChecklistScorer.score(CATALOG, Child.of("row-3", "Ben", LocalDate.of(2024, 3, 2)).bornAtWeeks(31),
                        Answers.of(worried), ASSESSED));
    }

    @Test
    void writesOneRowPerResultWithEachAreasStatusAndTheRedFlagWithoutNames() throws Exception {
        List<ChecklistResult> results = anaAndBen();
        StringWriter out = new StringWriter();
        try (ResultCsv csv = ResultCsv.open(out, CATALOG, ResultCsv.PersonalData.EXCLUDE)) {
            csv.result(2, results.get(0));
            csv.result(3, results.get(1));
        }

        List<CSVRecord> records = parse(out.toString());
        assertThat(records.get(0).toList()).containsExactly("line", "child_id", "assessed_on", "checklist_age_months",
                "checkpoint", "fine_motor", "visual_motor", "visual_perception", "self_care",
                "sensory_processing", "next_step", "red_flag", "red_flag_questions", "answer_again_month", "error");
        CSVRecord ben = records.get(2);
        ChecklistResult expected = results.get(1);
        assertThat(ben.get(0)).isEqualTo("3");
        assertThat(ben.get(1)).isEqualTo("row-3");
        assertThat(ben.get(3)).as("born at 31 weeks, but past the 24 months of correction")
                .isEqualTo(String.valueOf(expected.age().chronological().months())).isEqualTo("32");
        assertThat(ben.get(4)).isEqualTo("24m");
        assertThat(ben.get(5)).isEqualTo(expected.area("fine_motor").orElseThrow().status().name().toLowerCase());
        assertThat(ben.get(10)).isEqualTo("doctor_soon").isEqualTo(expected.nextStep().code());
        assertThat(ben.get(11)).isEqualTo("yes");
        assertThat(ben.get(12)).contains("general-worried");
        assertThat(ben.get(13)).isEmpty();
        assertThat(records.get(1).get(10)).isEqualTo("keep_playing");
        assertThat(records.get(1).get(11)).isEqualTo("no");
        assertThat(out.toString()).doesNotContain("Ana López").doesNotContain("2024-10-14").contains("\r\n");
    }

    @Test
    void writesNamesAndBirthDatesOnlyWhenAskedAndAFailedRowWithItsLineAndProblem() throws Exception {
        List<ChecklistResult> results = anaAndBen();
        StringWriter without = new StringWriter();
        StringWriter with = new StringWriter();
        try (ResultCsv a = ResultCsv.open(without, CATALOG, ResultCsv.PersonalData.EXCLUDE);
                ResultCsv b = ResultCsv.open(with, CATALOG, ResultCsv.PersonalData.INCLUDE)) {
            for (ResultCsv csv : List.of(a, b)) {
                csv.result(2, results.get(0));
                csv.result(3, results.get(1));
                csv.error(4, "row-4", "column 3: the date could be read month first or day first; give the date order");
            }
        }

        assertThat(without.toString()).doesNotContain("Ana López").doesNotContain("2024-10-14");
        assertThat(with.toString()).contains("Ana López").contains("2024-10-14");
        CSVRecord error = parse(without.toString()).get(3);
        assertThat(error.get(0)).isEqualTo("4");
        assertThat(error.get(1)).isEqualTo("row-4");
        assertThat(error.get(error.size() - 1)).startsWith("column 3: the date could be read month first or day first;");
        assertThat(error.get(5)).isEmpty();
    }

    @Test
    void writesThePretermChildsCorrectedAgeAsTheChecklistsAgeAndBothAgesOnlyWithThePersonalData() throws Exception {
        var child = new org.otmilestones.core.Child("p1", java.util.Optional.empty(), java.time.LocalDate.of(2026, 4, 20),
                java.util.Optional.of(26));
        ChecklistResult result = ChecklistScorer.score(CATALOG, child,
                org.otmilestones.core.Answers.of(java.util.Map.of()), java.time.LocalDate.of(2026, 11, 20));
        StringWriter without = new StringWriter();
        StringWriter with = new StringWriter();
        try (ResultCsv a = ResultCsv.open(without, CATALOG, ResultCsv.PersonalData.EXCLUDE);
                ResultCsv b = ResultCsv.open(with, CATALOG, ResultCsv.PersonalData.INCLUDE)) {
            a.result(7, result);
            b.result(7, result);
        }

        CSVRecord row = parse(without.toString()).get(1);
        assertThat(row.get(3)).isEqualTo(String.valueOf(result.age().corrected().orElseThrow().months())).isEqualTo("3");
        assertThat(row.get(4)).isEqualTo("3m");
        assertThat(parse(without.toString()).get(0).toList()).doesNotContain("age_months", "corrected_age_months");
        CSVRecord personal = parse(with.toString()).get(1);
        assertThat(personal.get(5)).isEqualTo("7");
        assertThat(personal.get(6)).isEqualTo("3");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "=HYPERLINK(\"http://x\")|'=HYPERLINK(\"http://x\")", "+1 555|'+1 555", "-2|'-2", "@SUM(A1)|'@SUM(A1)",
        "plain|plain", "a=b|a=b", "'quoted|'quoted"})
    void neutralisesCellsASpreadsheetWouldRunAsFormulas(String cell, String written) {
        assertThat(CsvTable.neutralise(cell)).isEqualTo(written);
    }

    @Test
    void showsTabsLineBreaksAndControlCharactersAsVisibleEscapesInEveryCellOfASummary() throws Exception {
        assertThat(CsvTable.neutralise("\tx")).isEqualTo("\\tx");
        assertThat(CsvTable.neutralise("\r\nx")).isEqualTo("\\r\\nx");
        assertThat(CsvTable.neutralise("a\u0000b\u001b[2Jc\u202ed")).isEqualTo("a\\u0000b\\u001b[2Jc\\u202ed");
        assertThat(CsvTable.neutralise("\n=1+1")).isEqualTo("\\n=1+1");
        assertThat(CsvTable.neutralise(null)).isEmpty();
        StringWriter out = new StringWriter();
        try (CsvTable table = CsvTable.open(out, List.of("row", "child", "outcome"))) {
            table.row("2", "=cmd|' /C calc'!A0", "report written");
            table.row("3", "-id", null);
        }

        List<CSVRecord> records = parse(out.toString());
        assertThat(records.get(1).toList()).containsExactly("2", "'=cmd|' /C calc'!A0", "report written");
        assertThat(records.get(2).toList()).containsExactly("3", "'-id", "");
    }

    @Test
    void refusesARowWhoseWidthDiffersFromTheHeader() throws Exception {
        try (CsvTable table = CsvTable.open(new StringWriter(), List.of("a", "b"))) {
            assertThatThrownBy(() -> table.row("1")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("cells must have 2 values");
        }
    }
}
