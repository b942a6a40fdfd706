package org.otmilestones.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Locale;
import org.otmilestones.core.Area;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.survey.ImportResult;
import org.otmilestones.core.results.ResultCsv;
import org.otmilestones.core.scoring.AreaResult;
import org.otmilestones.core.scoring.AreaStatus;

/**
 * Prints what a run did, for clinic staff: how the file was read, then one line per row. Child ids
 * only, never names or birth dates (nor the handout file names, which hold names), since terminal
 * output often ends up in logs.
 */
final class Summary {

    private Summary() {
    }

    static void printImport(PrintWriter out, Catalog catalog, ImportResult imported) {
        out.printf("Read %s: %s%n", imported.file(), imported.format().describe());
        out.printf("  %d catalog questions found%s; %d data rows%s%n", imported.questionIdsFound().size(),
                questionsByChecklist(catalog, imported.questionIdsFound()),
                imported.rows().size() + imported.errors().stream().map(e -> e.line()).distinct().count(),
                imported.skippedRows() > 0 ? ", " + imported.skippedRows() + " rows skipped on purpose" : "");
        if (!imported.unmappedColumns().isEmpty()) {
            out.printf("  Columns not used (%d): %s%n", imported.unmappedColumns().size(),
                    String.join(", ", imported.unmappedColumns()));
        }
        for (String warning : imported.warnings()) {
            out.println("  Note: " + warning);
        }
    }

    /** " (24m: 27, general: 5)": which checklists the file's questions come from. */
    private static String questionsByChecklist(Catalog catalog, List<String> questionIds) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        catalog.checkpoints().forEach(c -> counts.put(c.id(), 0));
        counts.put("general", 0);
        for (String id : questionIds) {
            String key = catalog.milestone(id).map(m -> m.checkpointId()).orElse("general");
            counts.merge(key, 1, Integer::sum);
        }
        String listed = counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "));
        return listed.isEmpty() ? "" : " (" + listed + ")";
    }

    static void printRows(PrintWriter out, Catalog catalog, List<RowOutcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        StringBuilder header = new StringBuilder(String.format("%n%-6s %-14s %-6s", "line", "child", "check"));
        for (Area area : catalog.areas()) {
            header.append(String.format(" %-12s", shortName(area.id())));
        }
        header.append(String.format(" %-8s %s", "check-up", "doctor"));
        out.println(header);
        for (RowOutcome outcome : outcomes) {
            String child = outcome.childId().isEmpty() ? "-" : outcome.childId();
            if (!outcome.ok()) {
                out.printf("%-6d %-14s FAILED: %s%n", outcome.line(), clip(child, 14), outcome.error().orElseThrow());
                continue;
            }
            var result = outcome.result().orElseThrow();
            StringBuilder line = new StringBuilder(String.format("%-6d %-14s %-6s", outcome.line(), clip(child, 14),
                    result.checkpoint().id()));
            for (Area area : catalog.areas()) {
                line.append(String.format(" %-12s", result.area(area.id()).map(AreaResult::status).map(Summary::word).orElse("-")));
            }
            line.append(String.format(" %-8s %s", result.checklistWide().mentionAtCheckup() ? "YES" : "no",
                    result.talkToDoctor() ? "YES" : "no"));
            out.println(line.toString().stripTrailing());
            for (String warning : outcome.warnings()) {
                out.printf("%-6s %-14s note: %s%n", "", "", warning);
            }
        }
        out.println("Status words: on-track, practice (keep practicing), talk-to-OT, too-few (not enough answers),"
                + " not-asked. check-up YES = " + "many areas not on track: mention them at the next check-up."
                + " doctor YES = a red-flag answer: talk to the child's doctor.");
    }

    /** The closing lines: how many handouts were written, kept or failed. */
    static void printTotals(PrintWriter out, List<RowOutcome> outcomes, java.nio.file.Path outputDir, boolean dryRun) {
        long written = count(outcomes, RowOutcome.Status.WRITTEN);
        long unchanged = count(outcomes, RowOutcome.Status.UNCHANGED);
        long checked = count(outcomes, RowOutcome.Status.CHECKED);
        List<Integer> failedLines = outcomes.stream().filter(o -> !o.ok()).map(RowOutcome::line).toList();
        StringBuilder line = new StringBuilder().append(outcomes.size()).append(outcomes.size() == 1 ? " row: " : " rows: ");
        if (dryRun) {
            line.append(checked).append(checked == 1 ? " handout" : " handouts").append(" would be written to ").append(outputDir);
        } else {
            line.append(written).append(written == 1 ? " handout" : " handouts").append(" written to ").append(outputDir);
            if (unchanged > 0) {
                line.append(", ").append(unchanged).append(" already there and unchanged");
            }
        }
        out.println(line);
        if (!failedLines.isEmpty()) {
            out.printf("%d %s failed (%s %s); the other rows were still done.%n", failedLines.size(),
                    failedLines.size() == 1 ? "row" : "rows", failedLines.size() == 1 ? "line" : "lines",
                    String.join(", ", failedLines.stream().map(String::valueOf).toList()));
        }
    }

    private static long count(List<RowOutcome> outcomes, RowOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    static String word(AreaStatus status) {
        return switch (status) {
            case ON_TRACK -> "on-track";
            case KEEP_PRACTICING -> "practice";
            case TALK_TO_OT -> "talk-to-OT";
            case NOT_ENOUGH_ANSWERS -> "too-few";
            case NOT_ASKED -> "not-asked";
        };
    }

    private static String shortName(String areaId) {
        return switch (areaId) {
            case "fine_motor" -> "fine-motor";
            case "visual_motor" -> "visual-motor";
            case "visual_perception" -> "perception";
            case "self_care" -> "self-care";
            case "sensory_processing" -> "sensory";
            default -> clip(areaId.replace('_', '-').toLowerCase(Locale.ROOT), 12);
        };
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    /**
     * Writes every row's result or error as CSV, with the handout's file name when there is one, for
     * summary.csv and {@code otm score}. No names or birth dates, but the file names hold names: the
     * summary lives beside the handouts, not in a log.
     */
    static void writeCsv(Catalog catalog, List<RowOutcome> outcomes, OutputStream stream) throws IOException {
        Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        ResultCsv csv = ResultCsv.open(writer, catalog, ResultCsv.PersonalData.EXCLUDE, List.of("handout"));
        for (RowOutcome outcome : outcomes) {
            String handout = outcome.handout().map(p -> p.getFileName().toString()).orElse("");
            if (outcome.result().isPresent()) {
                csv.result(outcome.line(), outcome.result().get(), handout);
            } else {
                csv.error(outcome.line(), outcome.childId(), outcome.error().orElse(""), handout);
            }
        }
        csv.flush();
    }
}
