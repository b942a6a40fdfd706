package org.otmilestones.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.catalog.Catalogs;

/** Which column holds what: automatic matching, the mapping's rules, and the errors when it is unclear. */
class ColumnMatchingTest {

    private static final Milestone TOWER = Csv.FOUR.get(2);
    private static final Milestone BOX = Csv.FOUR.get(0);

    @TempDir
    Path dir;

    private ImportResult read(String text, ColumnMapping mapping) throws ImportException {
        Path file;
        try {
            file = Csv.write(dir, "form.csv", text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return SurveyImports.read(file, Fixtures.CATALOG, Fixtures.options().withMapping(mapping));
    }

    private ImportResult read(String text) throws ImportException {
        return read(text, ColumnMapping.NONE);
    }

    @Test
    void matchesQuestionTextsDespiteCaseSpacingPunctuationNumberingAndToolDecorations() throws ImportException {
        String tower = TOWER.question().in("en");
        String header = Csv.line("DOB", "  3.  " + tower.toUpperCase().replace("?", " ?"),
                "Please answer about your child [" + BOX.question().in("en") + "]",
                "Q4 - " + Csv.FOUR.get(3).question().in("en") + " - Selected Choice",
                Csv.FOUR.get(1).id().replace('-', '_'));

        ImportResult result = read(header + "\n2024-10-01,yes,no,sometimes,not sure\n");

        assertThat(result.columns()).extracting(ColumnInfo::matchedBy).containsExactly(ColumnInfo.MatchedBy.FIELD_HEADER,
                ColumnInfo.MatchedBy.QUESTION_TEXT, ColumnInfo.MatchedBy.QUESTION_TEXT,
                ColumnInfo.MatchedBy.QUESTION_TEXT, ColumnInfo.MatchedBy.QUESTION_ID);
        assertThat(result.questionIdsFound()).containsExactly(TOWER.id(), BOX.id(), Csv.FOUR.get(3).id(),
                Csv.FOUR.get(1).id());
        assertThat(result.rows().get(0).answers().get(BOX.id())).contains(Answer.NOT_YET);
    }

    @Test
    void importsAColumnNamedByAMovedMilestonesFormerIdAsTheMilestoneItIsNow() throws Exception {
        // The small catalog moved its pincer question from 9 to 12 months: fm-9m-pincer is its former id.
        Path smallFile = dir.resolve("small-catalog.json");
        try (var in = Fixtures.class.getResourceAsStream("/org/otmilestones/core/catalog/small-catalog.json")) {
            java.nio.file.Files.copy(in, smallFile);
        }
        Catalog small = Catalogs.load(smallFile);
        Path file = Csv.write(dir, "old-export.csv", Csv.line("DOB", "fm-9m-pincer", "fm_12m_pokes")
                + "\n2025-10-01,yes,sometimes\n");
        Path mapped = Csv.write(dir, "old-mapped.csv", Csv.line("DOB", "Pincer") + "\n2025-10-01,not yet\n");
        ColumnMapping mapping = ColumnMapping.NONE.with(ColumnRule.of(ColumnRef.header("Pincer"),
                ColumnTarget.question("fm-9m-pincer")));

        ImportResult byId = SurveyImports.read(file, small, Fixtures.options());
        ImportResult byMapping = SurveyImports.read(mapped, small, Fixtures.options().withMapping(mapping));

        assertThat(byId.questionIdsFound()).containsExactly("fm-12m-pincer", "fm-12m-pokes");
        assertThat(byId.columns().get(1).matchedBy()).isEqualTo(ColumnInfo.MatchedBy.QUESTION_ID);
        assertThat(byId.rows().get(0).answers().get("fm-12m-pincer")).contains(Answer.YES);
        assertThat(byMapping.rows().get(0).answers().get("fm-12m-pincer")).contains(Answer.NOT_YET);
    }

    @Test
    void importsAColumnHeadedByAnEarlierWordingOfAQuestionAsThatQuestion() throws Exception {
        // The small catalog reworded its pincer question; an export made before still says the old words.
        String json = new String(Fixtures.class.getResourceAsStream("/org/otmilestones/core/catalog/small-catalog.json")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("\"formerIds\": [\"fm-9m-pincer\"]",
                "\"formerIds\": [\"fm-9m-pincer\"], \"formerQuestions\": {\"en\": [\"Does your child use a pincer grasp?\"]}");
        Catalog small = Catalogs.load(Csv.write(dir, "small.json", json));
        Path file = Csv.write(dir, "old-export.csv", Csv.line("DOB", "3. Does your child use a PINCER grasp",
                "Does your child poke with one finger?") + "\n2025-10-01,not yet,yes\n");

        ImportResult result = SurveyImports.read(file, small, Fixtures.options());

        assertThat(result.errors()).isEmpty();
        assertThat(result.unmappedColumns()).isEmpty();
        assertThat(result.columns().get(1).matchedBy()).isEqualTo(ColumnInfo.MatchedBy.QUESTION_TEXT);
        assertThat(result.questionIdsFound()).containsExactly("fm-12m-pincer", "fm-12m-pokes");
        assertThat(result.rows().get(0).answers().get("fm-12m-pincer")).contains(Answer.NOT_YET);
    }

    @Test
    void reportsAColumnOfAQuestionTheCatalogNoLongerAsksOnceAndNotAsARowError() throws Exception {
        String json = new String(Fixtures.class.getResourceAsStream("/org/otmilestones/core/catalog/small-catalog.json")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("\"correctUntilMonths\": 24}",
                "\"correctUntilMonths\": 24},\n  \"retiredIds\": [\"fm-9m-bangs_toys\"]");
        Catalog small = Catalogs.load(Csv.write(dir, "small.json", json));
        Path file = Csv.write(dir, "old-export.csv", Csv.line("DOB", "fm_9m_bangs_toys", "fm-12m-pokes", "Pet's name")
                + "\n2025-10-01,yes,yes,Rex\n2025-09-01,not yet,yes,Tom\n");
        Path mapped = Csv.write(dir, "old-mapped.csv", Csv.line("DOB", "Bangs") + "\n2025-10-01,yes\n");
        ColumnMapping mapping = ColumnMapping.NONE.with(ColumnRule.of(ColumnRef.header("Bangs"),
                ColumnTarget.question("fm-9m-bangs_toys")));

        ImportResult result = SurveyImports.read(file, small, Fixtures.options());
        ImportResult byMapping = SurveyImports.read(mapped, small, Fixtures.options().withMapping(mapping));

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).hasSize(2);
        assertThat(result.columns().get(1).matchedBy()).isEqualTo(ColumnInfo.MatchedBy.RETIRED_QUESTION);
        assertThat(result.warnings()).filteredOn(w -> w.contains("no longer asks")).containsExactly(
                "column 2 'fm_9m_bangs_toys' is question 'fm-9m-bangs_toys', which this catalog no longer asks; it was not used");
        assertThat(result.unmappedColumns()).containsExactly("Pet's name (column 4)");
        assertThat(result.rows().get(0).answers().byQuestionId()).containsOnlyKeys("fm-12m-pokes");
        assertThat(byMapping.errors()).isEmpty();
        assertThat(byMapping.warnings()).anyMatch(w -> w.contains("'fm-9m-bangs_toys', which this catalog no longer asks"));
    }

    @Test
    void recognisesChildFieldsByCommonEnglishAndSpanishHeaders() throws ImportException {
        String header = Csv.line("ID del niño", "Nombre del niño", "Fecha de nacimiento", "Semanas de gestación",
                "Fecha de la evaluación", "Idioma", "Completado por", "Checklist", "Comentarios");

        ImportResult result = read(header + "\nN-7,Sofía,2024-10-01,35 semanas,2026-11-20,Español,Mamá,24 meses,hola\n");

        assertThat(result.errors()).isEmpty();
        assertThat(result.unmappedColumns()).isEmpty();
        ImportedRow row = result.rows().get(0);
        assertThat(row.child().id()).isEqualTo("N-7");
        assertThat(row.child().name()).contains("Sofía");
        assertThat(row.child().weeksAtBirth()).contains(35);
        assertThat(row.language()).contains("es");
        assertThat(row.answers().completedBy()).contains("Mamá");
        assertThat(row.answers().checkpointId()).contains("24m");
        assertThat(row.assessedOnSource()).isEqualTo(AssessmentDateSource.ASSESSMENT_DATE_COLUMN);
    }

    @Test
    void reportsUnknownCheckpointAndLanguageAtTheirColumns() throws ImportException {
        String header = Csv.line("Date of birth", "Checkpoint", "Language");

        ImportResult result = read(header + "\n2024-10-01,25m,Deutsch\n");

        assertThat(result.errors()).extracting(e -> e.column().getAsInt()).containsExactly(2, 3);
        assertThat(result.errors().get(0).fix()).contains("3m, 6m, 9m, 12m, 15m, 18m, 24m, 30m, 3y");
        assertThat(result.errors().get(1).fix()).contains("en, es");
    }

    @Test
    void readsAnEnglishAndASpanishColumnForOneQuestionTogether() throws ImportException {
        String header = Csv.line("Date of birth", TOWER.question().in("en"), TOWER.question().in("es"));

        ImportResult result = read(header + "\n2024-10-01,yes,\n2024-10-01,,todavía no\n2024-10-01,,\n"
                + "2024-10-01,yes,todavía no\n2024-10-01,yes,sí\n");

        assertThat(result.warnings()).anyMatch(w -> w.startsWith(TOWER.id() + " is read from column 2"));
        assertThat(result.rows()).extracting(r -> r.answers().get(TOWER.id()).orElseThrow())
                .containsExactly(Answer.YES, Answer.NOT_YET, Answer.NO_ANSWER, Answer.YES);
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(5);
            assertThat(e.column()).hasValue(3);
            assertThat(e.problem()).contains("different answers");
        });
    }

    @Test
    void refusesTwoColumnsWithTheSameQuestionHeaderNamingBoth() {
        String header = Csv.line("Date of birth", TOWER.question().in("en"), "Notes", TOWER.question().in("en"));

        assertThatThrownBy(() -> read(header + "\n2024-10-01,yes,,no\n")).isInstanceOf(ImportException.class)
                .hasMessageContaining("the header for " + TOWER.id() + " is ambiguous")
                .hasMessageContaining("column 2 '").hasMessageContaining("column 4 '")
                .hasMessageContaining("\"question\": \"" + TOWER.id() + "\"");
    }

    @Test
    void mapsByHeaderAndByPositionWithColumnSpellingsBeforeMappingSpellingsBeforeTheUsualOnes() throws ImportException {
        ColumnMapping mapping = ColumnMapping.NONE
                .with(ColumnRule.of(ColumnRef.header("Birthday of the kid"), ColumnTarget.field(ChildField.DATE_OF_BIRTH)))
                .with(ColumnRule.of(ColumnRef.index(2), ColumnTarget.question(TOWER.id()))
                        .withAnswers(Map.of("1", Answer.NOT_YET)))
                .with(ColumnRule.of(ColumnRef.header("q_box"), ColumnTarget.question(BOX.id())))
                .withAnswer("Oui", Answer.YES)
                .withAnswer("1", Answer.SOMETIMES);

        ImportResult result = read("Birthday of the kid,whatever,q_box\n2024-10-01,1,1\n2024-10-01,oui,OUI\n", mapping);

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows().get(0).answers().get(TOWER.id())).contains(Answer.NOT_YET);
        assertThat(result.rows().get(0).answers().get(BOX.id())).contains(Answer.SOMETIMES);
        assertThat(result.rows().get(1).answers().get(TOWER.id())).contains(Answer.YES);
        assertThat(result.columns()).extracting(ColumnInfo::matchedBy).containsOnly(ColumnInfo.MatchedBy.MAPPING);
    }

    @Test
    void listsTheMappingsOwnSpellingsAmongTheAcceptedValues() throws ImportException {
        ColumnMapping mapping = ColumnMapping.NONE.with(ColumnRule.of(ColumnRef.header("q"),
                ColumnTarget.question(TOWER.id())).withAnswers(Map.of("3", Answer.NOT_YET)));

        ImportResult result = read("DOB,q\n2024-10-01,7\n", mapping);

        assertThat(result.errors()).singleElement()
                .satisfies(e -> assertThat(e.fix()).startsWith("use 3 (not yet), yes, sometimes, not yet, not sure"));
    }

    @Test
    void letsAMappedColumnWinOverAColumnMatchedAutomatically() throws ImportException {
        ColumnMapping mapping = ColumnMapping.NONE.with(ColumnRule.of(ColumnRef.header("Tower?"),
                ColumnTarget.question(TOWER.id())));
        String header = Csv.line("DOB", TOWER.question().in("en"), "Tower?");

        ImportResult result = read(header + "\n2024-10-01,no,yes\n", mapping);

        assertThat(result.rows().get(0).answers().get(TOWER.id())).contains(Answer.YES);
        assertThat(result.warnings()).anyMatch(w -> w.contains("column 2") && w.contains("was not used"));
    }

    @Test
    void refusesARequiredMappedColumnThatIsMissingAndSuggestsTheClosestHeaders() {
        ColumnMapping mapping = ColumnMapping.NONE.with(ColumnRule.of(ColumnRef.header("Date of brith"),
                ColumnTarget.field(ChildField.DATE_OF_BIRTH)));

        assertThatThrownBy(() -> read("Child,Date of birth (DD/MM/YYYY),Notes\nA,2024-10-01,\n", mapping))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("the mapping's header 'Date of brith' matches no column")
                .hasMessageContaining("the closest headers are 'Date of birth (DD/MM/YYYY)' (column 2)")
                .hasMessageContaining("\"optional\": true");
    }

    @Test
    void skipsAnOptionalMappedColumnThatIsMissingWithOneWarning() throws ImportException {
        ColumnMapping mapping = ColumnMapping.NONE
                .with(ColumnRule.of(ColumnRef.header("Weeks"), ColumnTarget.field(ChildField.WEEKS_AT_BIRTH)).optional())
                .with(ColumnRule.of(ColumnRef.index(9), ColumnTarget.ignore()).optional());

        ImportResult result = read("DOB\n2024-10-01\n", mapping);

        assertThat(result.rows()).hasSize(1);
        assertThat(result.warnings()).contains("2 optional mapping rules match no column and were skipped: "
                + "header 'Weeks', column 9");
    }

    @Test
    void refusesAMappingToAQuestionTheCatalogDoesNotHave() {
        ColumnMapping mapping = ColumnMapping.NONE.with(ColumnRule.of(ColumnRef.index(1),
                ColumnTarget.question("fine_motor-99m-juggles")));

        assertThatThrownBy(() -> read("DOB\n2024-10-01\n", mapping)).isInstanceOf(ImportException.class)
                .hasMessageContaining("'fine_motor-99m-juggles', which is not a question in catalog");
    }

    @Test
    void refusesTwoRulesForOneColumn() {
        ColumnMapping mapping = ColumnMapping.NONE
                .with(ColumnRule.of(ColumnRef.index(1), ColumnTarget.field(ChildField.DATE_OF_BIRTH)))
                .with(ColumnRule.of(ColumnRef.header("DOB"), ColumnTarget.field(ChildField.ASSESSMENT_DATE)));

        assertThatThrownBy(() -> read("DOB\n2024-10-01\n", mapping)).isInstanceOf(ImportException.class)
                .hasMessageContaining("two rules of the mapping name column 1");
    }

    @Test
    void fallsBackFromChildIdToTheToolsRecordIdToTheRowsLine() throws ImportException {
        ImportResult withRecordId = read("record_id,DOB\nrec-9,2024-10-01\n");
        ImportResult withChildId = read("record_id,Child ID,DOB\nrec-9,kid-3,2024-10-01\n");
        ImportResult withNone = read("DOB\n\n2024-10-01\n");
        ImportResult blankChildId = read("Child ID,DOB\n,2024-10-01\n");

        assertThat(withRecordId.rows().get(0).child().id()).isEqualTo("rec-9");
        assertThat(withRecordId.columns().get(0).matchedBy()).isEqualTo(ColumnInfo.MatchedBy.TOOL_RECORD_ID);
        assertThat(withChildId.rows().get(0).child().id()).isEqualTo("kid-3");
        assertThat(withChildId.columns().get(0).matchedBy()).isEqualTo(ColumnInfo.MatchedBy.TOOL_METADATA);
        assertThat(withNone.rows().get(0).child().id()).isEqualTo("row-3");
        assertThat(blankChildId.rows().get(0).child().id()).isEqualTo("row-2");
    }

    @Test
    void usesTheAssessmentDateThenTheCompletionTimeThenToday() throws ImportException {
        ImportResult result = read("DOB,Assessment date,Timestamp\n2024-10-01,2026-11-02,2026/11/03 9:00:00 AM GMT-5\n"
                + "2024-10-01,,2026/11/03 9:00:00 AM GMT-5\n2024-10-01,,\n");

        assertThat(result.rows()).extracting(ImportedRow::assessedOnSource).containsExactly(
                AssessmentDateSource.ASSESSMENT_DATE_COLUMN, AssessmentDateSource.COMPLETION_TIME, AssessmentDateSource.TODAY);
        assertThat(result.rows()).extracting(ImportedRow::assessedOn).containsExactly(
                java.time.LocalDate.of(2026, 11, 2), java.time.LocalDate.of(2026, 11, 3), Fixtures.TODAY);
        assertThat(result.warnings()).anyMatch(w -> w.contains("1 row has no assessment date or completion time, so it was")
                && w.contains(Fixtures.TODAY.toString()));
    }

    @Test
    void reportsABirthDateAfterTheAssessmentAtTheBirthDateColumn() throws ImportException {
        ImportResult result = read("Assessment date,DOB\n2025-01-01,2025-03-01\n");

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.column()).hasValue(2);
            assertThat(e.problem()).contains("after the assessment date 2025-01-01 (from the assessment date column)");
        });
    }

    @Test
    void reportsAnAssessmentDateInTheFutureButAllowsOneDayForTimeZones() throws ImportException {
        ImportResult result = read("DOB,Assessment date\n2024-10-01,2026-11-27\n2024-10-01,2026-11-28\n");

        assertThat(result.rows()).extracting(ImportedRow::line).containsExactly(2);
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).hasValue(2);
            assertThat(e.problem()).contains("in the future");
        });
    }

    @Test
    void reportsMissingAndBlankBirthDates() throws ImportException {
        ImportResult noColumn = read("Name,Q\nA,yes\n");
        ImportResult blank = read("DOB,Child ID\n,c1\n");

        assertThat(noColumn.errors()).singleElement().satisfies(e -> assertThat(e.column()).isEmpty());
        assertThat(blank.errors()).singleElement().satisfies(e -> {
            assertThat(e.column()).hasValue(1);
            assertThat(e.problem()).isEqualTo("the date of birth is blank");
        });
    }

    @Test
    void correctsAPretermChildsAgeBeforeCheckingItAgainstTheCatalog() throws ImportException {
        // 7 months old, born at 26 weeks: corrected age about 4 months, inside the catalog either way.
        ImportResult result = read("DOB,Weeks at birth,Assessment date\n2026-04-20,26,2026-11-20\n2026-04-20,20,2026-11-20\n");

        assertThat(result.rows()).singleElement().satisfies(r -> assertThat(r.child().weeksAtBirth()).contains(26));
        assertThat(result.errors()).singleElement().satisfies(e -> assertThat(e.column()).hasValue(2));
    }
}
