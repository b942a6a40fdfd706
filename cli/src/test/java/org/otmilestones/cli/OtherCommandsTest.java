package org.otmilestones.cli;

import org.otmilestones.survey.SurveyTemplates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OtherCommandsTest {

    @TempDir
    Path dir;

    @Test
    void scoresToJsonWithoutMakingHandouts() {
        OtmRunner run = OtmRunner.run("score", ReportCommandTest.EXAMPLES.resolve("surveymonkey.csv").toString(),
                "--format", "json", "--today", ReportCommandTest.TODAY);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("[").contains("\"checkpoint\" : \"18m\"").contains("\"TALK_TO_OT\"")
                .doesNotContain("Oliver");
        assertThat(run.err()).contains("2 rows scored, 0 failed");
    }

    @Test
    void scoresToCsvAndListsTheRowsThatFailed() throws Exception {
        Path out = dir.resolve("results.csv");
        OtmRunner run = OtmRunner.run("score", ReportCommandTest.EXAMPLES.resolve("google-forms.csv").toString(),
                "--format", "csv", "-o", out.toString(), "--today", ReportCommandTest.TODAY);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(Files.readAllLines(out)).hasSize(1 + 7);
        assertThat(run.err()).contains("google-forms.csv:7:3").contains("5 rows scored, 2 failed");
    }

    @Test
    void writesATemplateThatImportsBackWithEveryQuestionFound() throws Exception {
        Path template = dir.resolve("form-24m.csv");
        OtmRunner made = OtmRunner.run("template", "--checkpoint", "24m", "-o", template.toString());
        assertThat(made.exitCode()).as(made.err()).isZero();
        assertThat(dir.resolve("form-24m-mapping.json")).exists();

        // Fill the template in as a survey tool would: one row, every question answered "Yes".
        List<String> lines = new ArrayList<>(Files.readAllLines(template));
        int columns = org.otmilestones.survey.SurveyTemplates.headers(
                org.otmilestones.core.catalog.Catalogs.loadBundled(),
                org.otmilestones.core.catalog.Catalogs.loadBundled().checkpoint("24m").orElseThrow(), "en").size();
        List<String> cells = new ArrayList<>();
        for (String header : org.otmilestones.survey.SurveyTemplates.headers(
                org.otmilestones.core.catalog.Catalogs.loadBundled(),
                org.otmilestones.core.catalog.Catalogs.loadBundled().checkpoint("24m").orElseThrow(), "en")) {
            String h = header.toLowerCase();
            cells.add(h.contains("birth") && !h.contains("weeks") ? "2024-10-01"
                    : h.contains("weeks") ? "" : h.contains("date") ? "2026-11-02" : h.contains("name") ? "Test"
                    : h.contains("id") && h.length() < 12 ? "t1" : h.contains("language") ? "en"
                    : h.contains("checklist") || h.contains("checkpoint") ? "24m" : h.contains("completed") ? "Mother"
                    : h.contains("notes") ? "" : "Yes");
        }
        assertThat(cells).hasSize(columns);
        lines.add(String.join(",", cells.stream().map(c -> "\"" + c + "\"").toList()));
        Files.write(template, lines);

        OtmRunner run = OtmRunner.run("score", template.toString(), "--mapping",
                dir.resolve("form-24m-mapping.json").toString(), "--today", ReportCommandTest.TODAY);
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        // Every area's questions were asked; one whose questions at 24 months are all uncounted says so.
        assertThat(run.out()).contains("\"checkpoint\" : \"24m\"").doesNotContain("NO_QUESTIONS_ASKED");
    }

    @Test
    void writesAPrintableBlankChecklist() throws Exception {
        Path pdf = dir.resolve("blank.pdf");
        OtmRunner run = OtmRunner.run("checklist", "--checkpoint", "24m", "-o", pdf.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (var document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Does your child stack 4 or more blocks into a tower?");
        }
    }

    @Test
    void printsTheCatalogsReadabilityInBothLanguages() {
        OtmRunner english = OtmRunner.run("catalog", "readability");
        OtmRunner spanish = OtmRunner.run("catalog", "readability", "--lang", "es");

        assertThat(english.exitCode()).as(english.out()).isZero();
        assertThat(english.out()).contains("Flesch-Kincaid").contains("fine_motor");
        assertThat(spanish.exitCode()).as(spanish.out()).isZero();
        assertThat(spanish.out()).contains("Fern");
    }
}
