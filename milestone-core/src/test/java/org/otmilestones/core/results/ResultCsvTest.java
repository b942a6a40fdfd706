package org.otmilestones.core.results;

import org.otmilestones.core.internal.CsvTable;
import org.otmilestones.core.survey.DateOrder;
import org.otmilestones.core.survey.Fixtures;
import org.otmilestones.core.survey.ImportResult;
import org.otmilestones.core.survey.ImportedRow;
import org.otmilestones.core.survey.SurveyImports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.otmilestones.core.scoring.ChecklistResult;
import org.otmilestones.core.scoring.ChecklistScorer;

class ResultCsvTest {

    private static List<CSVRecord> parse(String csv) throws Exception {
        try (var parser = CSVFormat.RFC4180.parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }

    private static ChecklistResult score(ImportedRow row) throws Exception {
        return ChecklistScorer.score(Fixtures.CATALOG, row.child(), row.answers(), row.assessedOn());
    }

    @Test
    void writesOneRowPerResultWithEachAreasStatusAndTheRedFlagWithoutNames() throws Exception {
        ImportResult imported = SurveyImports.read(Fixtures.resource("google-forms-24m.csv"), Fixtures.CATALOG,
                Fixtures.options().withDateOrder(DateOrder.MDY));
        StringWriter out = new StringWriter();
        try (ResultCsv csv = ResultCsv.open(out, Fixtures.CATALOG, ResultCsv.PersonalData.EXCLUDE)) {
            for (ImportedRow row : imported.rows()) {
                csv.result(row.line(), score(row));
            }
        }

        List<CSVRecord> records = parse(out.toString());
        assertThat(records.get(0).toList()).containsExactly("line", "child_id", "assessed_on", "checklist_age_months",
                "checkpoint", "fine_motor", "visual_motor", "visual_perception", "self_care",
                "sensory_processing", "red_flag", "red_flag_questions", "checklist_wide", "error");
        CSVRecord ben = records.get(2);
        ChecklistResult expected = score(imported.rows().get(1));
        assertThat(ben.get(0)).isEqualTo("3");
        assertThat(ben.get(1)).isEqualTo("row-3");
        assertThat(ben.get(3)).as("born at 31 weeks, but past the 24 months of correction")
                .isEqualTo(String.valueOf(expected.age().chronological().months())).isEqualTo("32");
        assertThat(ben.get(4)).isEqualTo("24m");
        assertThat(ben.get(5)).isEqualTo(expected.area("fine_motor").orElseThrow().status().name().toLowerCase());
        assertThat(ben.get(10)).isEqualTo("yes");
        assertThat(ben.get(11)).contains("general-worried");
        assertThat(ben.get(12)).isEqualTo(expected.checklistWide().outcome().name().toLowerCase());
        assertThat(records.get(1).get(12)).isEqualTo("by_area");
        assertThat(records.get(1).get(10)).isEqualTo("no");
        assertThat(out.toString()).doesNotContain("Ana López").doesNotContain("2024-10-14").contains("\r\n");
    }

    @Test
    void writesNamesBirthDatesAndErrorValuesOnlyWhenAsked() throws Exception {
        ImportResult imported = SurveyImports.read(Fixtures.resource("google-forms-24m.csv"), Fixtures.CATALOG,
                Fixtures.options());
        StringWriter without = new StringWriter();
        StringWriter with = new StringWriter();
        try (ResultCsv a = ResultCsv.open(without, Fixtures.CATALOG, ResultCsv.PersonalData.EXCLUDE);
                ResultCsv b = ResultCsv.open(with, Fixtures.CATALOG, ResultCsv.PersonalData.INCLUDE)) {
            for (ImportedRow row : imported.rows()) {
                a.result(row.line(), score(row));
                b.result(row.line(), score(row));
            }
            a.error(imported.errors().get(0));
            b.error(imported.errors().get(0));
        }

        assertThat(without.toString()).doesNotContain("Ana López").doesNotContain("3/2/2024");
        assertThat(with.toString()).contains("Ana López").contains("2024-10-14").contains("(value '3/2/2024')");
        CSVRecord error = parse(without.toString()).get(3);
        assertThat(error.get(0)).isEqualTo("3");
        assertThat(error.get(error.size() - 1)).startsWith("column 3: the date could be read month first or day first (both numbers are 12 or less);");
        assertThat(error.get(5)).isEmpty();
    }

    @Test
    void writesThePretermChildsCorrectedAgeAsTheChecklistsAgeAndBothAgesOnlyWithThePersonalData() throws Exception {
        var child = new org.otmilestones.core.Child("p1", java.util.Optional.empty(), java.time.LocalDate.of(2026, 4, 20),
                java.util.Optional.of(26));
        ChecklistResult result = ChecklistScorer.score(Fixtures.CATALOG, child,
                org.otmilestones.core.Answers.of(java.util.Map.of()), java.time.LocalDate.of(2026, 11, 20));
        StringWriter without = new StringWriter();
        StringWriter with = new StringWriter();
        try (ResultCsv a = ResultCsv.open(without, Fixtures.CATALOG, ResultCsv.PersonalData.EXCLUDE);
                ResultCsv b = ResultCsv.open(with, Fixtures.CATALOG, ResultCsv.PersonalData.INCLUDE)) {
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
