package org.otmilestones.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClinicCommandTest {

    @TempDir
    Path dir;

    private Path englishOnly() throws Exception {
        Path file = dir.resolve("clinic.properties");
        Files.writeString(file, """
                name=Sunrise Pediatric Therapy
                phone=(217) 555-0142
                closingMessage=Thank you for sharing your child with us.
                schoolServices=Springfield Schools check children 3 and older for free.
                earlyIntervention=In Illinois, call Child and Family Connections.
                """);
        return file;
    }

    @Test
    void checkListsWhatEachLanguageLacks() throws Exception {
        OtmRunner run = OtmRunner.run("clinic", "check", englishOnly().toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("a valid clinic profile", "English (en): nothing missing",
                "Spanish (es): lacks closingMessage, earlyIntervention, schoolServices");
    }

    @Test
    void theBundledExampleProfileLacksNothingInEitherLanguage() {
        OtmRunner run = OtmRunner.run("clinic", "check", ReportCommandTest.EXAMPLES.resolve("clinic.properties").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("English (en): nothing missing", "Spanish (es): nothing missing");
    }

    @Test
    void checkReportsABadProfileWithItsLineAndExitsTwo() throws Exception {
        Path bad = dir.resolve("bad.properties");
        Files.writeString(bad, "name=Sol\nwebsite=javascript:alert(1)\n");
        OtmRunner run = OtmRunner.run("clinic", "check", bad.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("line 2 (website)").doesNotContain("Exception");
    }

    @Test
    void spanishHandoutsFromAnEnglishOnlyProfileWarnOnceAndPrintNoEnglishClinicText() throws Exception {
        Path out = dir.resolve("out");
        OtmRunner run = OtmRunner.run("report", ReportCommandTest.EXAMPLES.resolve("surveymonkey.csv").toString(),
                "-o", out.toString(), "--clinic", englishOnly().toString(), "--lang", "es",
                "--today", ReportCommandTest.TODAY);
        assertThat(run.exitCode()).as(run.err()).isZero();
        String note = "the clinic profile has no Spanish (es) text for closingMessage";
        assertThat(run.out().split(java.util.regex.Pattern.quote(note), -1)).as(run.out()).hasSize(2);
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(out)) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf")).toList();
        }
        assertThat(pdfs).isNotEmpty();
        for (Path pdf : pdfs) {
            String text;
            try (var doc = Loader.loadPDF(pdf.toFile())) {
                text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            }
            assertThat(text).as(pdf.getFileName().toString()).doesNotContain("Thank you", "Springfield Schools",
                    "In Illinois").contains("Gracias por llenar la lista.");
        }
    }
}
