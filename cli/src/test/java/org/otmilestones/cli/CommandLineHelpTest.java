package org.otmilestones.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line's help and its one-line errors: what a newcomer reads first. */
class CommandLineHelpTest {

    @TempDir
    Path dir;

    /** Every command, the top one first, with its name as typed after otm. */
    private static Map<String, CommandLine> commands() {
        Map<String, CommandLine> all = new java.util.LinkedHashMap<>();
        List<CommandLine> open = new ArrayList<>(List.of(new CommandLine(new Otm())));
        while (!open.isEmpty()) {
            CommandLine command = open.remove(0);
            all.put(command.getCommandSpec().qualifiedName(), command);
            open.addAll(command.getSubcommands().values());
        }
        return all;
    }

    @Test
    void showsEveryCommandsHelpWithin80ColumnsAndNoLineWrappedBackToColumnZero() {
        assertThat(commands()).hasSizeGreaterThan(8);
        commands().forEach((name, command) -> {
            OtmRunner run = OtmRunner.run((name.replaceFirst("^otm ?", "") + " --help").strip().split(" "));

            assertThat(run.exitCode()).as(name).isZero();
            for (String line : run.out().lines().toList()) {
                assertThat(line.length()).as(name + ": " + line).isLessThanOrEqualTo(80);
            }
            // picocli wraps a longer text line back to column 0, in the middle of a sentence.
            var usage = command.getCommandSpec().usageMessage();
            for (String[] texts : List.of(usage.description(), usage.footer(), usage.header())) {
                for (String text : texts) {
                    assertThat(text.length()).as(name + ": " + text).isLessThanOrEqualTo(80);
                }
            }
        });
    }

    @Test
    void summarisesEachCommandInOneWholeSentenceInItsParentsList() {
        commands().forEach((name, command) -> {
            if (command.getSubcommands().isEmpty()) {
                return;
            }
            OtmRunner run = OtmRunner.run((name.replaceFirst("^otm ?", "") + " --help").strip().split(" "));
            List<String> lines = run.out().lines().toList();
            int start = lines.indexOf("Commands:");
            assertThat(start).as(name).isPositive();
            for (String sub : command.getSubcommands().keySet()) {
                String entry = lines.stream().skip(start).filter(l -> l.startsWith("  " + sub + " ")).findFirst()
                        .orElseThrow();
                assertThat(entry).as(name + " " + sub).endsWith(".");
                int at = lines.indexOf(entry);
                assertThat(lines.get(at + 1)).as("the line after " + sub).doesNotStartWith("       ");
            }
        });
    }

    @Test
    void answersAMissingOptionWithOneLineAndWhereToLookNotTheWholeUsage() {
        OtmRunner checklist = OtmRunner.run("checklist", "-o", dir.resolve("c.pdf").toString());
        OtmRunner validate = OtmRunner.run("catalog", "validate");

        assertThat(checklist.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(checklist.err().lines().toList()).containsExactly("Missing required option: '--checkpoint=ID'",
                "See 'otm checklist --help' for the options and an example.");
        assertThat(validate.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(validate.err().lines().toList()).containsExactly("Missing required parameter: 'FILE'",
                "See 'otm catalog validate --help' for the options and an example.");
    }

    @Test
    void listsTheFormatsInLowerCaseAsTheDocsDo() {
        OtmRunner score = OtmRunner.run("score", ReportCommandTest.EXAMPLES.resolve("surveymonkey.csv").toString(), "--format", "xml");
        OtmRunner detail = OtmRunner.run("report", ReportCommandTest.EXAMPLES.resolve("surveymonkey.csv").toString(), "--detail", "most", "--dry-run");
        OtmRunner dates = OtmRunner.run("report", ReportCommandTest.EXAMPLES.resolve("surveymonkey.csv").toString(), "--date-order", "YMD", "--dry-run");

        assertThat(score.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(score.err()).contains("expected one of json, csv, fhir").doesNotContain("JSON");
        assertThat(detail.err()).contains("expected one of parent, full").doesNotContain("PARENT");
        // Date orders are written in capitals in the docs and in mapping files.
        assertThat(dates.err()).contains("expected one of MDY, DMY");
    }

    @Test
    void namesTheCatalogVersionWithOtmsOwn() {
        OtmRunner run = OtmRunner.run("--version");
        var catalog = org.otmilestones.core.catalog.Catalogs.loadBundled();

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().toList()).hasSize(2).element(1).asString()
                .isEqualTo("catalog " + catalog.id() + " version " + catalog.version());
    }

    @Test
    void refusesATooShortPasswordBeforeAskingForItAgain() throws Exception {
        List<String> prompts = new ArrayList<>();
        java.util.Iterator<String> typed = List.of("short", "long enough words", "long enough words").iterator();
        StringWriter said = new StringWriter();

        char[] password = ServeCommand.askPassword(prompt -> {
            prompts.add(prompt);
            return typed.next().toCharArray();
        }, new PrintWriter(said));

        assertThat(new String(password)).isEqualTo("long enough words");
        assertThat(prompts).containsExactly("Staff password: ", "Staff password: ", "The same again: ");
        assertThat(said.toString()).contains("the password has 5 characters; use at least");
    }

    @Test
    void refusesAShortPasswordThreeTimesWithoutEverAskingForItTwice() {
        List<String> prompts = new ArrayList<>();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ServeCommand.askPassword(prompt -> {
            prompts.add(prompt);
            return "abc".toCharArray();
        }, new PrintWriter(new StringWriter()))).isInstanceOf(UserException.class);
        assertThat(prompts).containsOnly("Staff password: ").hasSize(3);
    }

    @Test
    void producesTheShellCompletionAndTheManPageInTheBuildWithEveryCommand() throws Exception {
        // Made by the build after compiling (cli/pom.xml, exec-maven-plugin); the same run here, into a temp folder.
        for (Path folder : new Path[] {Path.of("target"), dir}) {
            if (folder.equals(dir)) {
                CommandLineDocs.main(new String[] {dir.toString()});
            }
            String completion = Files.readString(folder.resolve("otm_completion"));
            String man = Files.readString(folder.resolve("otm.1"));

            assertThat(completion).as(folder.toString()).contains("complete -F").contains("_picocli_otm");
            assertThat(man).as(folder.toString()).startsWith(".TH OTM 1").contains(".SH EXIT STATUS");
            commands().forEach((name, command) -> {
                String[] words = name.split(" ");
                assertThat(completion).as(name).contains(words[words.length - 1]);
                if (!name.equals("otm")) {
                    assertThat(man).as(name).contains(".SS " + CommandLineDocs.roff(name));
                }
                command.getCommandSpec().options().stream().filter(o -> !o.hidden())
                        .forEach(o -> assertThat(man).as(name).contains(CommandLineDocs.roff(o.longestName())));
            });
        }
    }
    @Test
    void namesAMappingFileGivenToCatalogValidateAsAMappingFile() {
        Path mapping = ReportCommandTest.EXAMPLES.resolve("custom-form-mapping.json");

        OtmRunner run = OtmRunner.run("catalog", "validate", mapping.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(run.err()).contains("this is a column mapping file, not a catalog")
                .contains("--mapping " + mapping + " --dry-run").doesNotContain("older catalog format");
    }

    @Test
    void printsAOneFileFormWithoutOutputAndAsksForOutputForTwoFilesOrASpreadsheet() throws Exception {
        Path before = Path.of("").toAbsolutePath();
        long filesBefore;
        try (var files = Files.list(before)) {
            filesBefore = files.count();
        }

        OtmRunner redcap = OtmRunner.run("template", "--format", "redcap", "--checkpoint", "24m");
        OtmRunner csv = OtmRunner.run("template", "--checkpoint", "24m");
        OtmRunner xlsx = OtmRunner.run("template", "--format", "xlsform", "--checkpoint", "24m");
        OtmRunner checklist = OtmRunner.run("checklist", "--checkpoint", "24m");

        assertThat(redcap.exitCode()).as(redcap.err()).isZero();
        assertThat(redcap.out()).startsWith("Variable / Field Name,").contains("fm_19_24m_hold_and_open");
        assertThat(redcap.err()).contains("save it with -o FILE");
        assertThat(csv.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(csv.err()).contains("--format csv writes two files (the headers and their mapping); give its name"
                + " with -o, for example -o checklist-24m.csv");
        assertThat(xlsx.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(xlsx.err()).contains("-o checklist-24m.xlsx");
        assertThat(checklist.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(checklist.err()).startsWith("Missing required option: '--output=FILE.pdf'");
        try (var files = Files.list(before)) {
            assertThat(files.count()).as("nothing written in the current folder").isEqualTo(filesBefore);
        }
    }

    @Test
    void scoresToCsvWithoutAnAlwaysEmptyHandoutColumn() {
        OtmRunner run = OtmRunner.run("score", ReportCommandTest.EXAMPLES.resolve("surveymonkey.csv").toString(),
                "--format", "csv", "--today", ReportCommandTest.TODAY);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().findFirst().orElseThrow()).startsWith("line,child_id,").endsWith(",error")
                .doesNotContain("handout");
    }
}
