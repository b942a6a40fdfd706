package org.otmilestones.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    static final Path EXAMPLES = Path.of("..", "examples");
    static final String TODAY = "2026-11-26";

    @TempDir
    Path dir;

    private static List<String> pdfs(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pdf")).sorted().toList();
        }
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void writesAHandoutForEveryGoodRowAndReportsTheBadRowsWithLineAndColumn() throws Exception {
        Path out = dir.resolve("reports");
        OtmRunner run = OtmRunner.run("report", EXAMPLES.resolve("google-forms.csv").toString(), "-o", out.toString(),
                "--today", TODAY);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(pdfs(out)).containsExactly("ana-lopez-24m-2026-11-20.pdf", "liam-o-brien-4y-2026-11-19.pdf",
                "mateo-rivera-9m-2026-11-18.pdf", "soren-orsted-4y-2026-11-22.pdf",
                "zoe-lukasiewicz-nguyen-24m-2026-11-21.pdf");
        assertThat(run.out()).contains("google-forms.csv:7:3:").contains("google-forms.csv:8:31:")
                .contains("'Maybe'").contains("2 rows failed (lines 7, 8)").contains("5 handouts written");
        assertThat(out.resolve("summary.csv")).exists();
        assertThat(Files.readString(out.resolve("summary.csv"))).contains("row-4").contains("talk_to_ot")
                .contains(",liam-o-brien-4y-2026-11-19.pdf");
    }

    @Test
    void putsNoNamesOrBirthDatesOnTheScreen() throws Exception {
        OtmRunner run = OtmRunner.run("report", EXAMPLES.resolve("google-forms.csv").toString(), "-o",
                dir.resolve("r").toString(), "--today", TODAY);

        assertThat(run.out() + run.err()).doesNotContain("Ana").doesNotContain("López").doesNotContain("Liam")
                .doesNotContain("2024-10-14").doesNotContain("10/14/2024").doesNotContain("03/04/2024")
                .doesNotContain("March 4").doesNotContain("April 3").doesNotContain("2024")
                .contains("value not shown: personal data");
    }

    @Test
    void writesTheChildsNameAnswersAndStatusIntoTheHandout() throws Exception {
        Path out = dir.resolve("r");
        OtmRunner.run("report", EXAMPLES.resolve("google-forms.csv").toString(), "-o", out.toString(), "--today", TODAY);

        String liam = text(out.resolve("liam-o-brien-4y-2026-11-19.pdf"));
        assertThat(liam).contains("Liam O'Brien").contains("Please talk to your child's doctor");
        String zoe = text(out.resolve("zoe-lukasiewicz-nguyen-24m-2026-11-21.pdf"));
        assertThat(zoe).contains("Zoë Łukasiewicz-Nguyễn");
    }

    @Test
    void detailFullAddsEveryQuestionAndAnswerForTheTherapistAfterTheParentPages() throws Exception {
        Path parent = dir.resolve("parent");
        Path full = dir.resolve("full");
        OtmRunner.run("report", EXAMPLES.resolve("google-forms.csv").toString(), "-o", parent.toString(), "--today",
                TODAY);
        OtmRunner run = OtmRunner.run("report", EXAMPLES.resolve("google-forms.csv").toString(), "-o", full.toString(),
                "--today", TODAY, "--detail", "full");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.SOME_FAILED);
        String ana = "ana-lopez-24m-2026-11-20.pdf";
        assertThat(text(parent.resolve(ana))).doesNotContain("For your child's therapist");
        assertThat(text(full.resolve(ana))).contains("For your child's therapist",
                "Does your child stack 4 or more blocks into a tower?", "Sources");
        assertThat(text(full.resolve(ana))).startsWith(text(parent.resolve(ana)).substring(0, 200));
    }

    @Test
    void refusesAnUnknownDetailWithExitCodeTwo() {
        OtmRunner run = OtmRunner.run("report", EXAMPLES.resolve("google-forms.csv").toString(), "-o",
                dir.resolve("r").toString(), "--detail", "everything");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--detail").contains("parent").contains("full");
    }

    @Test
    void givesEachFamilyTheLanguageOfItsRow() throws Exception {
        Path out = dir.resolve("r");
        OtmRunner.run("report", EXAMPLES.resolve("google-forms.csv").toString(), "-o", out.toString(), "--today", TODAY);

        assertThat(text(out.resolve("mateo-rivera-9m-2026-11-18.pdf"))).contains("¿");
        assertThat(text(out.resolve("ana-lopez-24m-2026-11-20.pdf"))).doesNotContain("¿");
    }

    @Test
    void neverReplacesADifferentExistingHandoutWithoutForce() throws Exception {
        Path out = Files.createDirectories(dir.resolve("r"));
        Path existing = out.resolve("ana-lopez-24m-2026-11-20.pdf");
        Files.writeString(existing, "the clinic's earlier handout");

        OtmRunner first = OtmRunner.run("report", EXAMPLES.resolve("google-forms.csv").toString(), "-o", out.toString(),
                "--today", TODAY);
        assertThat(existing).hasContent("the clinic's earlier handout");
        assertThat(first.out()).contains("a different handout with this row's file name already exists")
                .contains("3 rows failed (lines 2, 7, 8)").doesNotContain("ana-lopez");
        assertThat(pdfs(out)).hasSize(5);

        OtmRunner forced = OtmRunner.run("report", EXAMPLES.resolve("google-forms.csv").toString(), "-o",
                out.toString(), "--today", TODAY, "--force");
        assertThat(Files.readAllBytes(existing)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(forced.out()).contains("5 handouts written").contains("2 rows failed (lines 7, 8)");
    }

    @Test
    void findsNothingToDoWhenTheSameExportIsRunAgain() throws Exception {
        Path out = dir.resolve("r");
        OtmRunner first = OtmRunner.run("report", EXAMPLES.resolve("surveymonkey.csv").toString(), "-o", out.toString(),
                "--today", TODAY);
        byte[] before = Files.readAllBytes(out.resolve("mia-johnson-18m-2026-11-20.pdf"));
        OtmRunner again = OtmRunner.run("report", EXAMPLES.resolve("surveymonkey.csv").toString(), "-o", out.toString(),
                "--today", TODAY);

        assertThat(first.exitCode()).isZero();
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("0 handouts written").contains("2 already there and unchanged");
        assertThat(out.resolve("mia-johnson-18m-2026-11-20.pdf")).hasBinaryContent(before);
    }

    @Test
    void namesNextMonthsHandoutForTheSameChildApart() throws Exception {
        Path csv = dir.resolve("two-visits.csv");
        String header = "Child's name,Date of birth,Date completed,Does your child stack 4 or more blocks into a tower?\n";
        Files.writeString(csv, header + "Mia,2024-10-01,2026-11-02,Yes\nMia,2024-10-01,2026-12-02,Yes\n");
        Path out = dir.resolve("r");

        OtmRunner.run("report", csv.toString(), "-o", out.toString(), "--today", "2026-12-10");

        assertThat(pdfs(out)).containsExactly("mia-24m-2026-11-02.pdf", "mia-24m-2026-12-02.pdf");
    }

    @Test
    void keepsAnEarlierSummaryAndWritesTheNextBesideIt() throws Exception {
        Path out = dir.resolve("r");
        OtmRunner.run("report", EXAMPLES.resolve("surveymonkey.csv").toString(), "-o", out.toString(), "--today", TODAY);
        OtmRunner second = OtmRunner.run("report", EXAMPLES.resolve("qualtrics.csv").toString(), "-o", out.toString(),
                "--today", TODAY);

        assertThat(out.resolve("summary.csv")).exists();
        assertThat(out.resolve("summary-2.csv")).exists();
        assertThat(second.out()).contains("summary-2.csv");
    }

    @Test
    void writesNothingOnADryRun() throws Exception {
        Path out = dir.resolve("r");
        OtmRunner run = OtmRunner.run("report", EXAMPLES.resolve("surveymonkey.csv").toString(), "-o", out.toString(),
                "--today", TODAY, "--dry-run");

        assertThat(run.exitCode()).isZero();
        assertThat(out).doesNotExist();
        assertThat(run.out()).contains("2 handouts would be written").contains("Dry run: nothing was written.");
    }

    @Test
    void readsEveryBundledExample() throws Exception {
        for (String example : List.of("microsoft-forms-excel.csv", "surveymonkey.csv", "qualtrics.csv")) {
            Path out = dir.resolve(example);
            OtmRunner run = OtmRunner.run("report", EXAMPLES.resolve(example).toString(), "-o", out.toString(),
                    "--today", TODAY);
            assertThat(run.exitCode()).as(example + "\n" + run.out() + run.err()).isZero();
            assertThat(pdfs(out)).as(example).isNotEmpty();
        }
        OtmRunner redcap = OtmRunner.run("report", EXAMPLES.resolve("redcap.csv").toString(), "--redcap-dictionary",
                EXAMPLES.resolve("redcap-dictionary.csv").toString(), "-o", dir.resolve("redcap").toString(),
                "--today", TODAY);
        assertThat(redcap.exitCode()).as(redcap.out() + redcap.err()).isZero();
        assertThat(pdfs(dir.resolve("redcap"))).containsExactly("aarav-patel-6m-2026-11-17.pdf", "isabella-moreno-7y-2026-11-19.pdf");
    }

    @Test
    void makesSafeUniqueFileNamesFromHostileNames() throws Exception {
        Path csv = dir.resolve("hostile.csv");
        String header = "Child's name,Date of birth,Date completed,"
                + "Does your child stack 4 or more blocks into a tower?\n";
        Files.writeString(csv, header
                + "../../etc/passwd,2024-10-01,2026-11-02,Yes\n"
                + "a/b:c,2024-10-01,2026-11-02,Yes\n"
                + "Mia 🦄,2024-10-01,2026-11-02,Yes\n"
                + "Mia,2024-10-01,2026-11-02,Yes\n"
                + ".hidden,2024-10-01,2026-11-02,Yes\n"
                + "王小明,2024-10-01,2026-11-02,Yes\n");
        Path out = dir.resolve("r");

        OtmRunner run = OtmRunner.run("report", csv.toString(), "-o", out.toString(), "--today", TODAY);

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(pdfs(out)).containsExactly("a-b-c-24m-2026-11-02.pdf", "etc-passwd-24m-2026-11-02.pdf",
                "hidden-24m-2026-11-02.pdf", "mia-24m-2026-11-02-2.pdf", "mia-24m-2026-11-02.pdf", "row-7-24m-2026-11-02.pdf");
        assertThat(dir.resolve("etc")).doesNotExist();
    }

    @Test
    void refusesAMissingAnswersFileWithExitCodeTwo() {
        OtmRunner run = OtmRunner.run("report", dir.resolve("nope.csv").toString(), "-o", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("nope.csv").contains("not found").doesNotContain("Exception");
    }

    @Test
    void refusesAnOutputFolderThatIsAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        OtmRunner run = OtmRunner.run("report", EXAMPLES.resolve("surveymonkey.csv").toString(), "-o", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("cannot create the output folder");
    }

    @Test
    void reportsAnEmptyFileAsAProblemWithTheFileNotACrash() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        OtmRunner run = OtmRunner.run("report", empty.toString(), "-o", dir.resolve("r").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(run.err()).contains("empty.csv").doesNotContain("at org.");
    }

    @Test
    void reportsBinaryGarbageAsAProblemWithTheFile() throws Exception {
        byte[] garbage = new byte[4096];
        new java.util.Random(1).nextBytes(garbage);
        Path file = Files.write(dir.resolve("photo.csv"), garbage);
        OtmRunner run = OtmRunner.run("report", file.toString(), "-o", dir.resolve("r").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(run.err()).contains("photo.csv").doesNotContain("at org.");
    }
}
