package org.otmilestones.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Milestone;

/**
 * Realistic exports of each tool, made with the previous catalog's 24-month form and read without a
 * mapping: old exports must keep importing after questions move to another age.
 */
class SurveyImportsTest {

    /**
     * The previous catalog's 24-month questions, as this catalog names them, in the files' column order:
     * matched by question text. Eight of them now belong to the 3-year checklist, where most children have
     * them. Two more were merged into other questions with other words: a header that is their id still
     * finds them (by former id, see {@link #OLD_24M_FORM_BY_ID}), their old text does not.
     */
    /** The ids an old 24-month form asked, as the catalog calls them now (some moved to 30 months in 2027.1). */
    private static final List<String> OLD_24M_FORM = now(
            "fine_motor-19-24m-hold_and_open", "fine_motor-19-24m-knobs_buttons", "fine_motor-19-24m-tower_4",
            "fine_motor-2-3y-unwraps",
            "visual_motor-2-3y-imitates_down_line", "visual_motor-2-3y-round_scribble", "visual_motor-2-3y-block_train",
            "visual_motor-19-24m-big_strokes",
            "visual_perception-19-24m-points_in_book", "visual_perception-2-3y-sorts_start",
            "visual_perception-2-3y-two_covers", "visual_perception-2-3y-shape_puzzle",
            "visual_perception-19-24m-square_hole",
            "self_care-19-24m-eats_with_spoon", "self_care-19-24m-finds_armholes", "self_care-19-24m-helps_pants_down",
            "self_care-19-24m-helps_wash_hands", "self_care-19-24m-tries_brushing",
            "sensory_processing-19-24m-swings", "sensory_processing-19-24m-grass_sand",
            "sensory_processing-19-24m-self_soothes", "sensory_processing-19-24m-notices_hurt",
            "sensory_processing-2-3y-less_mouthing", "sensory_processing-19-24m-sits_for_book");

    private static final List<String> MILESTONES_24M = OLD_24M_FORM;

    /** The same form read by ids, as REDCap exports it: the two merged questions are found by their former ids. */
    private static final List<String> OLD_24M_FORM_BY_ID = now(
            "fine_motor-19-24m-hold_and_open", "fine_motor-19-24m-knobs_buttons", "fine_motor-19-24m-tower_4",
            "fine_motor-2-3y-unwraps", "fine_motor-3-4y-thumb_finger_grip",
            "visual_motor-2-3y-imitates_down_line", "visual_motor-2-3y-round_scribble", "visual_motor-2-3y-block_train",
            "visual_motor-19-24m-big_strokes",
            "visual_perception-19-24m-points_in_book", "visual_perception-2-3y-sorts_start",
            "visual_perception-2-3y-two_covers", "visual_perception-2-3y-shape_puzzle",
            "visual_perception-19-24m-square_hole",
            "self_care-19-24m-eats_with_spoon", "self_care-19-24m-finds_armholes", "self_care-19-24m-helps_pants_down",
            "self_care-2-3y-potty_signs", "self_care-19-24m-helps_wash_hands", "self_care-19-24m-tries_brushing",
            "sensory_processing-19-24m-swings", "sensory_processing-19-24m-grass_sand",
            "sensory_processing-19-24m-self_soothes", "sensory_processing-19-24m-notices_hurt",
            "sensory_processing-2-3y-less_mouthing", "sensory_processing-19-24m-sits_for_book");

    /** The ids as the catalog calls them now; a question it no longer asks (retired) is left out. */
    private static List<String> now(String... askedIds) {
        return java.util.Arrays.stream(askedIds).filter(id -> !Fixtures.CATALOG.isRetired(id))
                .map(id -> Fixtures.CATALOG.currentId(id).orElseThrow()).toList();
    }

    private static List<String> expectedQuestions() {
        List<String> ids = new java.util.ArrayList<>(OLD_24M_FORM);
        ids.add("general-lost_skill");
        ids.add("general-worried");
        return ids;
    }

    @Test
    void mapsEveryQuestionTextOfEveryChecklistInEveryLanguage() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("otm-current-form");
        try {
            for (var checkpoint : Fixtures.CATALOG.checkpoints()) {
                for (String language : Fixtures.CATALOG.languages()) {
                    List<Milestone> milestones = Fixtures.CATALOG.milestones(checkpoint);
                    List<String> header = new java.util.ArrayList<>(List.of("Date of birth"));
                    milestones.forEach(m -> header.add(m.question().in(language)));
                    java.nio.file.Path file = Csv.write(dir, checkpoint.id() + "-" + language + ".csv",
                            Csv.line(header.toArray(String[]::new)) + "\n2020-01-01\n");

                    ImportResult result = SurveyImports.read(file, Fixtures.CATALOG, Fixtures.options());

                    assertThat(result.questionIdsFound()).as(checkpoint.id() + " " + language)
                            .containsExactlyElementsOf(milestones.stream().map(Milestone::id).toList());
                    assertThat(result.unmappedColumns()).isEmpty();
                }
            }
        } finally {
            try (var files = java.nio.file.Files.list(dir)) {
                for (java.nio.file.Path f : files.toList()) {
                    java.nio.file.Files.delete(f);
                }
            }
            java.nio.file.Files.delete(dir);
        }
    }

    @Test
    void mapsGoogleFormsQuestionTextsToEveryMilestoneAndUsesTheTimestampAsAssessmentDate() throws ImportException {
        ImportResult result = SurveyImports.read(Fixtures.resource("google-forms-24m.csv"), Fixtures.CATALOG,
                Fixtures.options().withDateOrder(DateOrder.MDY));

        assertThat(result.format().tool()).isEqualTo(SurveyTool.GOOGLE_FORMS);
        assertThat(result.questionIdsFound()).containsExactlyElementsOf(expectedQuestions());
        // Two questions an earlier catalog merged away, and the book question catalog 2027.1 retired (attention).
        assertThat(result.unmappedColumns()).containsExactly(
                "Does your child hold a crayon with thumb on one side and fingers on the other? Awkward is fine. (column 9)",
                "Does your child let you know when their diaper is wet or dirty? (column 22)",
                "Does your child sit with you to look at or listen to a short book? (column 30)");
        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).hasSize(3);
        ImportedRow ben = result.rows().get(1);
        assertThat(ben.child().name()).contains("Ben O'Neil");
        assertThat(ben.child().dateOfBirth()).isEqualTo(LocalDate.of(2024, 3, 2));
        assertThat(ben.child().weeksAtBirth()).contains(31);
        assertThat(ben.assessedOn()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(ben.assessedOnSource()).isEqualTo(AssessmentDateSource.COMPLETION_TIME);
        assertThat(ben.answers().get(MILESTONES_24M.get(1))).contains(Answer.NOT_YET);
        assertThat(ben.answers().get("general-worried")).contains(Answer.YES);
        ImportedRow chloe = result.rows().get(2);
        assertThat(chloe.answers().get(MILESTONES_24M.get(2))).contains(Answer.NOT_SURE);
        // Her first blank is the merged crayon question (not used); the second is the 11th question.
        assertThat(chloe.answers().get(MILESTONES_24M.get(9))).contains(Answer.NO_ANSWER);
        assertThat(chloe.answers().byQuestionId()).hasSize(expectedQuestions().size());
    }

    /** Spanish headers as the catalog words them now; two columns are questions an earlier catalog merged away. */
    @Test
    void readsExcelResavedMicrosoftFormsWithBomSemicolonsAndSpanishTexts() throws ImportException {
        ImportResult result = SurveyImports.read(Fixtures.resource("msforms-es-semicolon-bom.csv"), Fixtures.CATALOG,
                Fixtures.options().withDateOrder(DateOrder.DMY));

        assertThat(result.format().charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(result.format().delimiter()).isEqualTo(';');
        assertThat(result.format().tool()).isEqualTo(SurveyTool.MICROSOFT_FORMS);
        assertThat(result.questionIdsFound()).containsExactlyElementsOf(expectedQuestions());
        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(r -> r.child().name().orElseThrow()).containsExactly("Lucía Pérez", "Mateo Ruiz");
        assertThat(result.rows().get(1).child().dateOfBirth()).isEqualTo(LocalDate.of(2024, 9, 3));
        assertThat(result.rows().get(1).assessedOnSource()).isEqualTo(AssessmentDateSource.ASSESSMENT_DATE_COLUMN);
        assertThat(result.rows().get(1).answers().get(MILESTONES_24M.get(0))).contains(Answer.NOT_YET);
        assertThat(result.rows().get(1).answers().get(MILESTONES_24M.get(3))).contains(Answer.SOMETIMES);
        assertThat(result.rows().get(1).answers().get("general-lost_skill")).contains(Answer.YES);
        assertThat(result.unmappedColumns()).hasSize(3)
                .allMatch(c -> c.contains("crayón") || c.contains("pañal") || c.contains("libro corto"));
    }

    @Test
    void skipsQualtricsPreviewAndTestRowsAndSaysWhich() throws ImportException {
        ImportResult result = Fixtures.read("qualtrics-24m.csv");

        assertThat(result.format().headerRows()).isEqualTo(3);
        assertThat(result.skippedRows()).isEqualTo(2);
        assertThat(result.warnings()).contains("skipped 1 Qualtrics preview row (line 4)",
                "skipped 1 Qualtrics test row (line 6)",
                "1 row is an unfinished response (Qualtrics Finished = 0, line 7); it was read, check its answers");
        assertThat(result.rows()).extracting(r -> r.child().id()).containsExactly("R_2YPOQ602ER1jkf1", "R_3abcDEF45gh");
        assertThat(result.questionIdsFound()).containsExactlyElementsOf(expectedQuestions());
        assertThat(result.rows().get(0).language()).as("Qualtrics' UserLanguage chooses the handout language")
                .contains("en");
    }

    @Test
    void readsSurveyMonkeyMatrixRowsFromTheSecondHeaderRow() throws ImportException {
        ImportResult result = SurveyImports.read(Fixtures.resource("surveymonkey-24m.csv"), Fixtures.CATALOG,
                Fixtures.options().withDateOrder(DateOrder.MDY));

        assertThat(result.format().headerRows()).isEqualTo(2);
        assertThat(result.questionIdsFound()).containsExactlyElementsOf(expectedQuestions());
        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(ImportedRow::line).containsExactly(3, 4);
        assertThat(result.rows().get(0).assessedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(result.rows().get(0).child().id()).isEqualTo("118233000001");
    }

    /** Spanish headers in the earlier wordings ("¿Su niño...?", before the Spanish review): still matched. */
    @Test
    void readsAKoboSpanishExportWithHxlRowMadeWithTheEarlierSpanishWordings() throws ImportException {
        ImportResult result = Fixtures.read("kobo-es-hxl.csv");

        assertThat(result.format().headerRows()).isEqualTo(2);
        assertThat(result.unmappedColumns()).as("two questions an earlier catalog merged away, one 2027.1 retired")
                .hasSize(3);
        assertThat(Fixtures.CATALOG.milestone("sensory_processing-19-24m-self_soothes").orElseThrow().question().in("es"))
                .as("the export's wording is no longer the catalog's").isNotEqualTo(
                        "¿Su niño se calma después de un disgusto, con su ayuda y quizás su mantita o juguete favorito?");
        assertThat(result.rows().get(0).answers().get("sensory_processing-19-24m-self_soothes")).contains(Answer.SOMETIMES);

        assertThat(result.format().headerRows()).isEqualTo(2);
        assertThat(result.questionIdsFound()).containsExactlyElementsOf(expectedQuestions());
        assertThat(result.rows()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(3);
            assertThat(row.child().name()).contains("Valentina");
            assertThat(row.assessedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        });
    }

    @Test
    void readsEveryQuestionOfASpanishExportWordedAsTheCatalogWasBeforeTheSpanishReview() throws ImportException {
        // Headers are every question as catalog 2026.12.0 worded it in Spanish, before the Spanish review.
        ImportResult result = Fixtures.read("every-question-es-2026.12.0.csv");
        List<String> everyQuestion = new java.util.ArrayList<>(Fixtures.CATALOG.milestones().stream()
                .map(Milestone::id).toList());
        Fixtures.CATALOG.generalQuestions().forEach(q -> everyQuestion.add(q.id()));

        assertThat(result.errors()).isEmpty();
        assertThat(result.unmappedColumns()).as("the play-dough, attention and sleep questions catalog 2027.1 retired")
                .containsExactly(
                "¿Su niño hace bolitas o culebritas con plastilina? (column 39)",
                "¿Su niño hace figuras sencillas con plastilina o masa, como un muñeco o una comidita? (column 48)",
                "¿Su bebé juega con un mismo juguete por 2 o 3 minutos? (column 231)",
                "¿Su niño duerme con un horario más o menos fijo? (column 232)",
                "¿Su niño se sienta con usted a ver o escuchar un libro corto? (column 240)",
                "¿Su niño suele poder calmarse y dormirse solo? (column 245)",
                "¿Su niño se queda con una misma actividad por lo menos 2 o 3 minutos? (column 246)",
                "¿Su niño puede sentarse a la mesa y terminar solo una tarea sencilla que usted le explicó? (column 259)",
                "¿Su niño puede concentrarse en una tarea por unos 12 a 18 minutos? (column 260)",
                "¿Su niño se duerme solo la mayoría de las noches? (column 262)");
        assertThat(result.questionIdsFound()).containsExactlyInAnyOrderElementsOf(everyQuestion);
        assertThat(result.columns()).filteredOn(c -> c.matchedBy() == ColumnInfo.MatchedBy.QUESTION_TEXT)
                .hasSize(everyQuestion.size());
        assertThat(result.rows()).singleElement().satisfies(row -> {
            assertThat(row.answers().get("self_care-13-15m-finger_feeds")).contains(Answer.YES);
            assertThat(row.answers().get("fine_motor-0-3m-opens_hands")).contains(Answer.NOT_SURE);
            assertThat(row.answers().get("general-worried")).contains(Answer.NOT_YET);
        });
    }

    @Test
    void reportsRedcapRawCodesAsUnknownWithoutTheDataDictionary() throws ImportException {
        ImportResult result = Fixtures.read("redcap-raw-24m.csv");

        assertThat(result.format().tool()).isEqualTo(SurveyTool.REDCAP);
        assertThat(result.failedLines()).containsExactly(2, 3);
        assertThat(result.errors()).first().satisfies(e -> {
            assertThat(e.value()).contains("2");
            assertThat(e.header()).contains("fine_motor_19_24m_knobs_buttons");
            assertThat(e.fix()).contains("yes, sometimes, not yet, not sure");
        });
        // The all-"1" record needs no codes beyond the usual "1 = yes".
        assertThat(result.rows()).extracting(r -> r.child().id()).containsExactly("102");
    }

    @Test
    void readsRedcapRawCodesAndRepeatedEventsThroughTheDataDictionary() throws Exception {
        ColumnMapping mapping = ColumnMappings.fromRedcapDataDictionary(Fixtures.resource("redcap-dictionary-24m.csv"),
                Fixtures.CATALOG);

        ImportResult result = SurveyImports.read(Fixtures.resource("redcap-raw-24m.csv"), Fixtures.CATALOG,
                Fixtures.options().withMapping(mapping));

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(r -> r.child().id()).containsExactly("101", "101", "102");
        assertThat(result.warnings()).anyMatch(w -> w.contains("child id '101' is on lines 2, 3"));
        ImportedRow first = result.rows().get(0);
        assertThat(first.child().weeksAtBirth()).contains(34);
        assertThat(first.child().name()).contains("Sofia");
        assertThat(first.assessedOn()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(first.answers().get(MILESTONES_24M.get(0))).contains(Answer.YES);
        assertThat(first.answers().get(MILESTONES_24M.get(1))).contains(Answer.SOMETIMES);
        assertThat(first.answers().get(MILESTONES_24M.get(2))).contains(Answer.NOT_YET);
        assertThat(result.rows().get(1).assessedOn()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(result.questionIdsFound()).containsExactlyElementsOf(OLD_24M_FORM_BY_ID);
    }

    @Test
    void reportsEveryBadRowAtItsLineAndColumnWhileGoodRowsStillImport() throws ImportException {
        ImportResult result = Fixtures.read("bad-rows-24m.csv");

        assertThat(result.rows()).extracting(ImportedRow::line).containsExactly(2, 9);
        assertThat(result.failedLines()).containsExactly(3, 4, 5, 6, 7, 8);
        assertThat(result.rows().size() + result.failedLines().size()).isEqualTo(8);
        assertThat(error(result, 3)).satisfies(e -> {
            assertThat(e.column()).isEqualTo(OptionalInt.of(8));
            assertThat(e.header()).contains("Does your child stack 4 or more blocks into a tower?");
            assertThat(e.value()).contains("Sometime");
            assertThat(e.fix()).contains("sometimes").contains("a veces").contains("blank");
            assertThat(e.toString()).startsWith(result.file() + ":3:8: the answer is not one this importer knows "
                    + "(value 'Sometime' in column 'Does your child stack 4 or more blocks into a tower?'); use ");
        });
        assertThat(error(result, 4)).satisfies(e -> {
            assertThat(e.column()).isEqualTo(OptionalInt.of(3));
            assertThat(e.problem()).contains("could be read month first or day first").doesNotContain("2024");
            assertThat(e.fix()).contains("MDY").contains("DMY");
        });
        assertThat(error(result, 5).problem()).contains("in the future");
        assertThat(error(result, 6)).satisfies(e -> {
            assertThat(e.column()).isEqualTo(OptionalInt.of(4));
            assertThat(e.problem()).contains("22 to 44");
        });
        assertThat(error(result, 7)).satisfies(e -> {
            assertThat(e.column()).isEqualTo(OptionalInt.of(3));
            assertThat(e.problem()).contains("past the last checklist");
            assertThat(e.value()).contains("2015-01-01");
        });
        assertThat(error(result, 8).problem()).contains("8 values").contains("33 columns");
    }

    @Test
    void readsAnAmbiguousDateWhenTheDateOrderIsGiven() throws ImportException {
        ImportResult result = SurveyImports.read(Fixtures.resource("bad-rows-24m.csv"), Fixtures.CATALOG,
                Fixtures.options().withDateOrder(DateOrder.DMY));

        assertThat(result.rows()).filteredOn(r -> r.line() == 4).singleElement()
                .satisfies(r -> assertThat(r.child().dateOfBirth()).isEqualTo(LocalDate.of(2024, 4, 3)));
    }

    @Test
    void takesTheDateOrderFromTheMappingWhenTheOptionsGiveNone() throws ImportException {
        ImportResult result = SurveyImports.read(Fixtures.resource("bad-rows-24m.csv"), Fixtures.CATALOG,
                Fixtures.options().withMapping(ColumnMapping.NONE.withDateOrder(DateOrder.MDY)));

        assertThat(result.rows()).filteredOn(r -> r.line() == 4).singleElement()
                .satisfies(r -> assertThat(r.child().dateOfBirth()).isEqualTo(LocalDate.of(2024, 3, 4)));
        ImportResult overridden = SurveyImports.read(Fixtures.resource("bad-rows-24m.csv"), Fixtures.CATALOG,
                Fixtures.options().withMapping(ColumnMapping.NONE.withDateOrder(DateOrder.MDY)).withDateOrder(DateOrder.DMY));
        assertThat(overridden.rows()).filteredOn(r -> r.line() == 4).singleElement()
                .satisfies(r -> assertThat(r.child().dateOfBirth()).isEqualTo(LocalDate.of(2024, 4, 3)));
    }

    private static RowError error(ImportResult result, int line) {
        List<RowError> errors = result.errors().stream().filter(e -> e.line() == line).toList();
        assertThat(errors).as("errors on line " + line).hasSize(1);
        return errors.get(0);
    }

    @Test
    void describesTheDetectedFormatForStaff() throws ImportException {
        assertThat(Fixtures.read("kobo-es-hxl.csv").format().describe())
                .isEqualTo("UTF-8, ';' delimited, 2 header rows, 36 columns (KoBoToolbox)");
        assertThat(new DetectedFormat(StandardCharsets.UTF_16LE, '\t', 1, SurveyTool.GENERIC).describe())
                .isEqualTo("UTF-16LE, tab delimited, 1 header row, 0 columns (generic)");
    }
}
