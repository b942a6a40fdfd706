package org.otmilestones.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RowErrorTest {

    @Test
    void printsFileLineColumnProblemValueHeaderAndFixOnOneLine() {
        RowError error = new RowError("answers.csv", 14, OptionalInt.of(23), Optional.of("Tower?"), Optional.of("Sometime"),
                "the answer is not one this importer knows", "use yes, sometimes, not yet");

        assertThat(error).hasToString("answers.csv:14:23: the answer is not one this importer knows "
                + "(value 'Sometime' in column 'Tower?'); use yes, sometimes, not yet");
    }

    @Test
    void leavesOutWhatItDoesNotKnow() {
        RowError error = new RowError("a.csv", 3, OptionalInt.empty(), Optional.empty(), Optional.empty(),
                "the row has 9 values but the header has 8 columns", "check the line");

        assertThat(error).hasToString("a.csv:3: the row has 9 values but the header has 8 columns; check the line");
    }

    @Test
    void makesLineBreaksVisibleAndCutsLongValues() {
        RowError error = new RowError("a.csv", 2, OptionalInt.of(1), Optional.empty(), Optional.of("a\nb" + "z".repeat(200)),
                "p", "f");

        assertThat(error.value().orElseThrow()).startsWith("a\\nb").endsWith("… (203 characters)")
                .hasSize(RowError.MAX_VALUE_LENGTH + 1 + "… (203 characters)".length());
    }

    @Test
    void importedRowsPrintNoNameAndNoBirthDate() {
        var child = new org.otmilestones.core.Child("c7", Optional.of("Secret Name"), java.time.LocalDate.of(2024, 10, 1),
                Optional.empty());
        ImportedRow row = new ImportedRow(4, child, org.otmilestones.core.Answers.of(java.util.Map.of()),
                java.time.LocalDate.of(2026, 11, 20), AssessmentDateSource.TODAY, Optional.of("es"));

        assertThat(row.toString()).isEqualTo("ImportedRow[line=4, childId=c7, questions=0, assessedOn=2026-11-20 (today), "
                + "language=es]").doesNotContain("Secret").doesNotContain("2024-10-01");
    }
}
