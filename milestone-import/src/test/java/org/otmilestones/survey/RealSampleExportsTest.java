package org.otmilestones.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.otmilestones.core.Answer;

/**
 * Each real export in the shared samples folder is read with the right structure, through a small mapping
 * (their questions are not milestone questions). Reported as skipped, with the reason, when the folder is
 * absent, as in a user's clone; CI gives the folder, and then these tests must run.
 */
@ExtendWith(RealSamples.class)
class RealSampleExportsTest {

    private static Path sample(String name) {
        return RealSamples.folder().orElseThrow().resolve(name);
    }

    private static ImportResult read(String name, ColumnMapping mapping) throws ImportException {
        return SurveyImports.read(sample(name), Fixtures.CATALOG, Fixtures.options().withMapping(mapping));
    }

    private static ColumnRule rule(String header, ColumnTarget target) {
        return ColumnRule.of(ColumnRef.header(header), target);
    }

    private static ColumnTarget field(ChildField field) {
        return ColumnTarget.field(field);
    }

    private static ColumnTarget question(String id) {
        return ColumnTarget.question(id);
    }

    private static void assertFormat(ImportResult result, SurveyTool tool, char delimiter, int headerRows, int columns) {
        assertThat(result.format().tool()).isEqualTo(tool);
        assertThat(result.format().charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(result.format().delimiter()).isEqualTo(delimiter);
        assertThat(result.format().headerRows()).isEqualTo(headerRows);
        assertThat(result.format().columns()).isEqualTo(columns);
        assertThat(result.columns()).hasSize(columns);
    }

    @Test
    void readsGoogleFormsDirectDownloadWithEmojiAndQuotesInHeaders() throws ImportException {
        ColumnMapping mapping = ColumnMapping.NONE
                .with(rule("Timestamp", field(ChildField.DATE_OF_BIRTH)))
                .with(rule("Have/will you get at least one ⭐ in Advent of Code 2022?", question("general-worried"))
                        .withAnswers(java.util.Map.of("Yes, (mostly) in december 2022", Answer.YES)))
                .with(rule("Did you participate in 2015? (first edition, \"star-powered machine\" theme)",
                        question("general-lost_skill")));

        ImportResult result = read("googleforms_direct_download_aoc2022.csv", mapping);

        assertFormat(result, SurveyTool.GOOGLE_FORMS, ',', 1, 15);
        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.child().id()).isEqualTo("row-2");
            assertThat(row.child().dateOfBirth()).isEqualTo(LocalDate.of(2022, 11, 30));
            assertThat(row.assessedOnSource()).isEqualTo(AssessmentDateSource.TODAY);
            assertThat(row.answers().get("general-worried")).contains(Answer.YES);
            assertThat(row.answers().get("general-lost_skill")).contains(Answer.NOT_YET);
        });
    }

    @Test
    void readsKoboSemicolonExportAndSkipsItsHxlTagRow() throws ImportException {
        ColumnMapping mapping = ColumnMapping.NONE
                .with(rule("start", field(ChildField.DATE_OF_BIRTH)))
                .with(rule("_submission_time", field(ChildField.ASSESSMENT_DATE)))
                .with(rule("Do you descend from an ancestral unicellular organism?", question("general-worried")))
                .with(rule("Do you have body fluids that occupy intracellular space?", question("general-lost_skill"))
                        .withAnswers(java.util.Map.of("Yes, and some extracellular space", Answer.YES,
                                "No / Unsure", Answer.NOT_SURE)));

        ImportResult result = read("kobo_csv_labels_semicolon_hxl.csv", mapping);

        assertFormat(result, SurveyTool.KOBOTOOLBOX, ';', 2, 18);
        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(ImportedRow::line).containsExactly(3, 4, 5);
        assertThat(result.rows()).extracting(r -> r.child().id()).containsExactly("61", "62", "63");
        assertThat(result.rows()).extracting(r -> r.answers().get("general-worried").orElseThrow())
                .containsExactly(Answer.NOT_YET, Answer.NOT_YET, Answer.YES);
        assertThat(result.rows()).extracting(r -> r.answers().get("general-lost_skill").orElseThrow())
                .containsExactly(Answer.YES, Answer.YES, Answer.NOT_SURE);
        assertThat(result.rows().get(0).assessedOn()).isEqualTo(LocalDate.of(2017, 10, 23));
    }

    @Test
    void readsKoboSpanishLabelsWithAccentsIntact() throws ImportException {
        ColumnMapping mapping = ColumnMapping.NONE
                .with(rule("start", field(ChildField.DATE_OF_BIRTH)))
                .with(rule("¿Desciende de un organismo unicelular ancestral?", question("general-worried")));

        ImportResult result = read("kobo_csv_spanish_labels_semicolon.csv", mapping);

        assertFormat(result, SurveyTool.KOBOTOOLBOX, ';', 2, 18);
        assertThat(result.rows()).extracting(r -> r.answers().get("general-worried").orElseThrow())
                .containsExactly(Answer.NOT_YET, Answer.NOT_YET, Answer.YES);
        assertThat(result.columns().get(2).header()).isEqualTo("¿Qué tipo de simetría tiene?");
    }

    @Test
    void reportsLimeSurveysRaggedRowWithItsLineAndFirstExtraColumn() throws ImportException {
        ImportResult result = read("limesurvey_rc_export_bom_semicolon_crlf.csv", ColumnMapping.NONE
                .with(rule("q1[vis1]", question("general-worried"))));

        assertFormat(result, SurveyTool.LIMESURVEY, ';', 1, 79);
        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.column()).isEqualTo(OptionalInt.of(80));
            assertThat(error.problem()).contains("82 values").contains("79 columns");
        });
        assertThat(result.columns().get(9).target()).isEqualTo(question("general-worried"));
    }

    @Test
    void readsMicrosoftFormsMultiLineHeaderAndCountsRowsFromTheirRealLines() throws ImportException {
        String multiLine = "How would you rank this resources difficulty? (Note: not sure how difficult this resource is?"
                + " Take a guess! Your answer will be validated later.)\n\n1 - Extremely simple\n5 - Very difficult";
        ColumnMapping mapping = ColumnMapping.NONE
                .with(rule("Start time", field(ChildField.DATE_OF_BIRTH)))
                .with(rule(multiLine, question("general-worried")).withAnswers(java.util.Map.of(
                        "2", Answer.YES, "3", Answer.SOMETIMES, "4", Answer.NOT_YET)))
                .withDateOrder(DateOrder.MDY);

        ImportResult result = read("msforms_csv_multiline_header_semicolon_multi.csv", mapping);

        assertFormat(result, SurveyTool.MICROSOFT_FORMS, ',', 1, 9);
        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(ImportedRow::line).containsExactly(5, 6, 7, 8, 9);
        assertThat(result.rows()).extracting(r -> r.child().id()).containsExactly("1", "2", "3", "4", "5");
        assertThat(result.rows()).extracting(r -> r.answers().get("general-worried").orElseThrow())
                .containsExactly(Answer.SOMETIMES, Answer.NOT_YET, Answer.SOMETIMES, Answer.SOMETIMES, Answer.YES);
        assertThat(result.rows().get(0).child().dateOfBirth()).isEqualTo(LocalDate.of(2020, 7, 2));
        assertThat(result.rows().get(0).assessedOnSource()).isEqualTo(AssessmentDateSource.COMPLETION_TIME);
        assertThat(result.unmappedColumns()).containsExactly("What is the name of this resource? (column 6)",
                "Link to resource (column 7)", "What type of resource is this? (column 8)");
    }

    @Test
    void refusesMicrosoftFormsUsShortDatesWithoutADateOrder() throws ImportException {
        ImportResult result = read("msforms_csv_multiline_header_semicolon_multi.csv", ColumnMapping.NONE
                .with(rule("Start time", field(ChildField.DATE_OF_BIRTH))));

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).filteredOn(e -> e.column().equals(OptionalInt.of(2))).hasSize(5)
                .allSatisfy(e -> assertThat(e.problem()).contains("could be read month first or day first"));
    }

    @Test
    void readsOdkCentralAndUsesItsKeyAsTheChildId() throws ImportException {
        ImportOptions options = ImportOptions.defaults(LocalDate.of(2018, 6, 1)).withMapping(ColumnMapping.NONE
                .with(rule("SubmissionDate", field(ChildField.DATE_OF_BIRTH)))
                .with(rule("age", field(ChildField.WEEKS_AT_BIRTH))));

        ImportResult result = SurveyImports.read(sample("odk_central_csv_basic.csv"), Fixtures.CATALOG, options);

        assertFormat(result, SurveyTool.ODK, ',', 1, 14);
        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(r -> r.child().id()).containsExactly("one", "two", "three");
        assertThat(result.rows()).extracting(r -> r.child().weeksAtBirth().orElseThrow()).containsExactly(30, 34, 38);
        assertThat(result.unmappedColumns()).containsExactly("name (column 2)", "hometown (column 4)");
    }

    @Test
    void readsQualtricsThreeHeaderRowsMatchingExportTagsNotGermanLabels() throws ImportException {
        ColumnMapping mapping = ColumnMapping.NONE
                .with(rule("StartDate", field(ChildField.DATE_OF_BIRTH)))
                .with(rule("Q1", question("general-worried")).withAnswers(java.util.Map.of("2", Answer.NOT_YET)));

        ImportResult result = read("qualtrics_3header_de_labels.csv", mapping);

        assertFormat(result, SurveyTool.QUALTRICS, ',', 3, 20);
        assertThat(result.errors()).isEmpty();
        assertThat(result.skippedRows()).isZero();
        assertThat(result.rows()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(4);
            assertThat(row.child().id()).isEqualTo("R_2YPOQ602ER1jkf1");
            assertThat(row.answers().get("general-worried")).contains(Answer.NOT_YET);
            assertThat(row.language()).isEmpty();
        });
        assertThat(result.unmappedColumns()).containsExactly("Q2 / This is a free text question. (column 19)",
                "Q2 - Topics (column 20)");
    }

    @Test
    void readsLegacyQualtricsWithItsTrailingEmptyColumn() throws ImportException {
        ColumnMapping mapping = ColumnMapping.NONE
                .with(rule("StartDate", field(ChildField.DATE_OF_BIRTH)))
                .with(rule("Q1", question("general-worried")).withAnswers(java.util.Map.of("2", Answer.SOMETIMES)));

        ImportResult result = read("qualtrics_legacy_2header.csv", mapping);

        assertFormat(result, SurveyTool.QUALTRICS_LEGACY, ',', 2, 16);
        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(3);
            assertThat(row.child().id()).isEqualTo("R_2YPOQ602ER1jkf1");
            assertThat(row.assessedOnSource()).isEqualTo(AssessmentDateSource.COMPLETION_TIME);
            assertThat(row.answers().get("general-worried")).contains(Answer.SOMETIMES);
        });
        assertThat(result.unmappedColumns()).noneMatch(c -> c.contains("column 16"));
    }

    @Test
    void readsRedcapSurveyExportWithItsDobAndCompletionTimestamp() throws ImportException {
        ImportResult result = read("redcap_raw_survey_data.csv", ColumnMapping.NONE
                .with(rule("has_diabetes", question("general-worried"))));

        assertFormat(result, SurveyTool.REDCAP, ',', 1, 33);
        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(r -> r.child().id()).containsExactly("1", "2");
        assertThat(result.rows()).extracting(r -> r.child().dateOfBirth())
                .containsExactly(LocalDate.of(2018, 3, 6), LocalDate.of(2018, 3, 5));
        assertThat(result.rows()).allSatisfy(r -> {
            assertThat(r.assessedOn()).isEqualTo(LocalDate.of(2018, 3, 6));
            assertThat(r.assessedOnSource()).isEqualTo(AssessmentDateSource.COMPLETION_TIME);
        });
        assertThat(result.rows()).extracting(r -> r.answers().get("general-worried").orElseThrow())
                .containsExactly(Answer.YES, Answer.NOT_YET);
    }

    @Test
    void readsRedcapCheckboxExportWithLongQuotedNotesAsOneRowPerLine() throws ImportException {
        ImportResult result = read("redcap_raw_checkboxes_data.csv", ColumnMapping.NONE
                .with(rule("check_one___1", question("general-worried"))));

        assertFormat(result, SurveyTool.REDCAP, ',', 1, 13);
        // No date of birth in this project: every row is reported, none lost, none ragged.
        assertThat(result.rows()).isEmpty();
        assertThat(result.failedLines()).containsExactly(2, 3, 4, 5);
        assertThat(result.errors()).allSatisfy(e -> assertThat(e.problem()).contains("no date-of-birth column"));
        assertThat(result.warnings()).anyMatch(w -> w.contains("date of birth"));
    }

    @Test
    void keepsRedcapDecimalCommasInsideOneValue() throws ImportException {
        ImportResult result = read("redcap_raw_decimal_comma.csv", ColumnMapping.NONE
                .with(rule("height_comma", ColumnTarget.ignore())));

        assertFormat(result, SurveyTool.REDCAP, ',', 1, 9);
        assertThat(result.failedLines()).containsExactly(2, 3, 4, 5);
        assertThat(result.errors()).noneMatch(e -> e.problem().contains("values but the header"));
        assertThat(result.columns().get(3).matchedBy()).isEqualTo(ColumnInfo.MatchedBy.MAPPING);
    }

    @Test
    void readsRedcapDataDictionaryChoicesWithAndWithoutSpaces() throws ImportException {
        RedcapDictionary dictionary = RedcapDictionary.read(sample("redcap_data_dictionary_checkboxes.csv"));

        assertThat(dictionary.fields()).extracting(RedcapDictionary.Field::name)
                .containsExactly("record_id", "check_one", "check_two", "desired_result");
        assertThat(dictionary.fields().get(1).type()).isEqualTo("checkbox");
        assertThat(dictionary.fields().get(1).choices()).containsExactly(java.util.Map.entry("1", "one"),
                java.util.Map.entry("2", "two"), java.util.Map.entry("3", "three"), java.util.Map.entry("4", "four"));
        assertThat(dictionary.toMapping(Fixtures.CATALOG).columns()).isEmpty();
    }

    @Test
    void forwardFillsSurveyMonkeyQuestionTextOverBlankContinuationHeaders() throws ImportException {
        ColumnMapping mapping = ColumnMapping.NONE
                .with(rule("Name", field(ChildField.CHILD_NAME)))
                .with(rule("Should apartments be legal to build District-wide?", question("general-worried")));

        ImportResult result = read("surveymonkey_2header_rows_dc_elections.csv", mapping);

        assertFormat(result, SurveyTool.SURVEYMONKEY, ',', 2, 33);
        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).contains("the file has a header but no answer rows");
        assertThat(result.columns().get(1).target()).isEqualTo(field(ChildField.CHILD_NAME));
        assertThat(result.columns().get(2).header()).isEqualTo("Contact information / Email");
        assertThat(result.columns().get(18).target()).isEqualTo(question("general-worried"));
        assertThat(result.columns().get(0).matchedBy()).isEqualTo(ColumnInfo.MatchedBy.TOOL_RECORD_ID);
    }

    @Test
    void namesEveryCandidateWhenAMappedTypeformHeaderIsDuplicated() {
        ColumnMapping mapping = ColumnMapping.NONE.with(rule("Cuidado Personal", question("general-worried")));

        assertThatThrownBy(() -> read("typeform_header_only_es.csv", mapping))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("ambiguous")
                .hasMessageContaining("column 10 'Cuidado Personal'")
                .hasMessageContaining("column 24 'Cuidado Personal'")
                .hasMessageContaining("{\"column\": 10}");
    }

    @Test
    void readsTypeformHeaderOnlyWhenTheDuplicateIsNamedByPosition() throws ImportException {
        ColumnMapping mapping = ColumnMapping.NONE.with(ColumnRule.of(ColumnRef.index(24), question("general-worried")));

        ImportResult result = read("typeform_header_only_es.csv", mapping);

        assertFormat(result, SurveyTool.TYPEFORM, ',', 1, 53);
        assertThat(result.rows()).isEmpty();
        assertThat(result.columns().get(23).target()).isEqualTo(question("general-worried"));
        assertThat(result.columns().get(9).target()).isEqualTo(ColumnTarget.ignore());
        assertThat(result.columns().get(0).matchedBy()).isEqualTo(ColumnInfo.MatchedBy.TOOL_RECORD_ID);
        assertThat(result.questionIdsFound()).containsExactly("general-worried");
    }
}
