package org.otmilestones.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogCommandTest {

    @TempDir
    Path dir;

    @Test
    void listsTheMilestonesOfOneCheckpointAndArea() {
        OtmRunner run = OtmRunner.run("catalog", "--checkpoint", "24m", "--area", "fine_motor");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("24m").contains("fine_motor-19-24m-tower_4").doesNotContain("self_care-");
    }

    @Test
    void listsQuestionsInSpanishWhenAsked() {
        OtmRunner run = OtmRunner.run("catalog", "--checkpoint", "3y", "--area", "self_care", "--lang", "es");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("¿");
    }

    @Test
    void refusesAnUnknownCheckpointWithTheKnownOnes() {
        OtmRunner run = OtmRunner.run("catalog", "--checkpoint", "30m");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--checkpoint 30m").contains("3m, 6m, 9m");
    }

    @Test
    void validatesAGoodCatalogFile() throws Exception {
        Path file = dir.resolve("ok.json");
        try (var in = Otm.class.getResourceAsStream("/org/otmilestones/core/catalog/default-catalog.json")) {
            Files.copy(in, file);
        }
        OtmRunner run = OtmRunner.run("catalog", "validate", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("valid catalog 'otm-default'");
    }

    @Test
    void reportsEachProblemOfABadCatalogWithFileLineAndColumn() throws Exception {
        Path file = dir.resolve("bad.json");
        String json;
        try (var in = Otm.class.getResourceAsStream("/org/otmilestones/core/catalog/default-catalog.json")) {
            json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Files.writeString(file, json.replaceFirst("\"area\": \"fine_motor\"", "\"area\": \"fine_moter\""));

        OtmRunner run = OtmRunner.run("catalog", "validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(run.err()).containsPattern(java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+: \\$\\.milestones\\[0\\]\\.area")
                .contains("'fine_moter'").contains("1 problem").doesNotContain("Exception");
    }

    @Test
    void saysPlainlyWhenTheCatalogFileIsMissing() {
        OtmRunner run = OtmRunner.run("catalog", "--catalog", dir.resolve("nope.json").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("nope.json").contains("not found").doesNotContain("at org.");
    }

    @Test
    void answersAnUnknownOptionWithUsageAndExitCodeTwo() {
        OtmRunner run = OtmRunner.run("catalog", "--frobnicate");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--frobnicate");
    }

    @Test
    void showsHelpWithAnExampleForEveryCommand() {
        OtmRunner top = OtmRunner.run("--help");
        OtmRunner catalog = OtmRunner.run("catalog", "--help");

        assertThat(top.exitCode()).isZero();
        assertThat(top.out()).contains("catalog").contains("Exit codes");
        assertThat(catalog.out()).contains("Example");
    }
}
