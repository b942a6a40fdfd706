package org.otmilestones.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.EvidenceShare;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.Review;
import org.otmilestones.core.Source;
import org.otmilestones.core.catalog.Catalogs;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

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
        OtmRunner run = OtmRunner.run("catalog", "--checkpoint", "33m");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--checkpoint 33m").contains("3m, 6m, 9m");
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
    void showsEachMilestonesAgeItsEvidenceAndWhyItNeedsReview() {
        Catalog catalog = Catalogs.loadBundled();
        Milestone review = catalog.milestones().stream().filter(m -> m.review() == Review.NEEDS_REVIEW).findFirst()
                .orElseThrow();
        OtmRunner run = OtmRunner.run("catalog", "--checkpoint", review.checkpointId(), "--area", review.areaId());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(" need OT review)");
        String line = run.out().lines().filter(l -> l.contains(review.id())).findFirst().orElseThrow();
        assertThat(line).contains("m (" + review.typicalAge().evidence() + ")")
                .contains(String.valueOf(review.mostByMonths()) + "m").containsPattern("\\[needs OT review: [a-z]");
    }

    @Test
    void printsEachScoredSkillsEvidenceLineAndWhyAnUnscoredOneIsNotCounted() {
        Catalog catalog = Catalogs.loadBundled();
        OtmRunner run = OtmRunner.run("catalog", "--checkpoint", "30m");

        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        for (Milestone m : catalog.milestones(catalog.checkpoint("30m").orElseThrow())) {
            int at = lines.indexOf(lines.stream().filter(l -> l.contains(m.id())).findFirst().orElseThrow());
            if (m.isScored()) {
                assertThat(lines.get(at + 1)).as(m.id()).isEqualTo("      evidence: " + m.evidence().orElseThrow().line());
            } else {
                assertThat(lines.get(at)).as(m.id()).contains("[not counted: ");
            }
        }
        assertThat(run.out()).contains("evidence: 75% by 25.75 months (WEBER2019, non-US norm, runs later than US norms)")
                .contains("evidence: 75% by 30 months (CDC-30m, CDC 2022)");
    }

    @Test
    void printsHowManyScoredSkillsRestOnASourceThatStatesAPercent() {
        EvidenceShare share = EvidenceShare.of(Catalogs.loadBundled());
        OtmRunner run = OtmRunner.run("catalog", "sources");

        assertThat(run.out()).contains(String.format(java.util.Locale.ROOT,
                "Scored skills resting on a source that states a percent: %d of %d (%.1f%%)", share.statingPercent(),
                share.scored(), share.percent()));
        assertThat(share.percent()).isGreaterThanOrEqualTo(70.0);
    }

    @Test
    void listsTheSourcesWithKindPublisherAndHowManyMilestonesCiteEach() {
        Catalog catalog = Catalogs.loadBundled();
        OtmRunner run = OtmRunner.run("catalog", "sources");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(catalog.sources().size() + " sources from " + catalog.publishers().size()
                + " publishers").contains("Kinds: GOVERNMENT ");
        for (Source source : catalog.sources()) {
            long cited = catalog.milestones().stream().filter(m -> m.sourceKeys().contains(source.key())).count();
            assertThat(run.out()).containsPattern("(?m)^" + java.util.regex.Pattern.quote(source.key()) + " +"
                    + source.kind() + " +" + java.util.regex.Pattern.quote(source.publisherId()) + " +" + cited + "  ");
        }
    }

    @Test
    void rejectsAMisplacedMilestoneAndAMirrorAddressInAClinicsCatalog() throws Exception {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode json;
        try (var in = Otm.class.getResourceAsStream("/org/otmilestones/core/catalog/default-catalog.json")) {
            json = (ObjectNode) mapper.readTree(in);
        }
        ObjectNode moved = null;
        for (JsonNode m : json.get("milestones")) {
            if (m.get("checkpoint").asString().equals("24m") && m.get("mostByMonths").asInt() > 18) {
                moved = (ObjectNode) m;
                break;
            }
        }
        moved.put("checkpoint", "18m");
        ObjectNode mirrored = null;
        for (JsonNode source : json.get("sources")) {
            if (source.has("url") && source.get("url").asString().startsWith("https://www.cdc.gov/")) {
                mirrored = (ObjectNode) source;
                break;
            }
        }
        mirrored.put("url", mirrored.get("url").asString().replace("https://www.cdc.gov/", "https://mydrs.hit-scan.com/"));
        Path file = dir.resolve("clinic.json");
        Files.writeString(file, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(json));

        OtmRunner run = OtmRunner.run("catalog", "validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
        String where = java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+: ";
        assertThat(run.err()).containsPattern(where + "\\$\\.milestones\\[\\d+]\\.checkpoint: milestone '"
                + java.util.regex.Pattern.quote(moved.get("id").asString()) + "': sits at 18m")
                .containsPattern(where + "\\$\\.sources\\[\\d+]\\.url: source '"
                        + java.util.regex.Pattern.quote(mirrored.get("key").asString()) + "'.*mydrs\\.hit-scan\\.com")
                .contains("2 problems").doesNotContain("Exception");
        assertThat(run.err().indexOf(".checkpoint: ")).as("problems in file order").isLessThan(run.err().indexOf(".url: "));
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
