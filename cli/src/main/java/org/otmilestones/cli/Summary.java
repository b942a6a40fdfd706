package org.otmilestones.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.otmilestones.core.Area;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.VisibleText;
import org.otmilestones.core.results.ResultCsv;
import org.otmilestones.core.scoring.AreaResult;
import org.otmilestones.core.scoring.AreaStatus;
import org.otmilestones.core.scoring.StatusReason;
import org.otmilestones.survey.ImportResult;

/**
 * Prints what a run did, for clinic staff: how the file was read, then one line per row as it is done, then
 * the totals. Child ids only, never names or birth dates (nor the handout file names, which hold names),
 * since terminal output often ends up in logs.
 */
final class Summary {

    /** How many unused columns are named before "and N more". */
    static final int COLUMNS_SHOWN = 20;
    /** How many problems of one row are shown before "and N more". */
    static final int PROBLEMS_SHOWN = 5;

    private Summary() {
    }

    /** How the file was read: format, questions found, columns not used, and what staff should check. */
    static void printImport(PrintWriter out, Catalog catalog, ImportResult head) {
        out.printf("Read %s: %s%n", VisibleText.of(head.file()), head.format().describe());
        out.printf("  %s found%s%n", Tally.count(head.questionIdsFound().size(), "catalog question", "catalog questions"),
                questionsByChecklist(catalog, head.questionIdsFound()));
        List<String> unused = head.unmappedColumns();
        if (!unused.isEmpty()) {
            int shown = Math.min(unused.size(), COLUMNS_SHOWN);
            out.printf("  Columns not used (%d): %s%s%n", unused.size(),
                    String.join(", ", unused.subList(0, shown).stream().map(VisibleText::of).toList()),
                    unused.size() > shown ? " and " + (unused.size() - shown) + " more" : "");
        }
        printNotes(out, "  ", head.warnings());
    }

    /** Things staff should check, one per line, each line starting with {@code indent}. */
    static void printNotes(PrintWriter out, String indent, List<String> warnings) {
        for (String warning : warnings) {
            // Reading a non-UTF-8 file as Windows-1252 can garble every name: it must not read like a detail.
            out.println(indent + (warning.contains("Windows-1252") ? "WARNING: " : "Note: ") + VisibleText.of(warning));
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

    static void printTableHeader(PrintWriter out, Catalog catalog) {
        StringBuilder header = new StringBuilder(String.format("%n%-6s %-14s %-6s", "line", "child", "check"));
        for (Area area : catalog.areas()) {
            header.append(String.format(" %-12s", shortName(area.id())));
        }
        header.append(" next step");
        out.println(header);
    }

    /** One row's line in the table, with its problems or notes under it. */
    static void printRow(PrintWriter out, Catalog catalog, RowOutcome outcome) {
        // A value from the file is escaped where it is printed, so a line break in it cannot start a line.
        String child = outcome.childId().isEmpty() ? "-" : VisibleText.of(outcome.childId());
        if (!outcome.ok()) {
            List<String> problems = outcome.problems().stream().map(VisibleText::of).toList();
            out.printf("%-6d %-14s FAILED: %s%n", outcome.line(), clip(child, 14), problems.get(0));
            int shown = Math.min(problems.size(), PROBLEMS_SHOWN);
            for (String problem : problems.subList(1, shown)) {
                out.printf("%-6s %-14s also:   %s%n", "", "", problem);
            }
            if (problems.size() > shown) {
                out.printf("%-6s %-14s and %s on this line (all are in the summary file)%n", "", "",
                        Tally.count(problems.size() - shown, "more problem", "more problems"));
            }
            return;
        }
        var result = outcome.result().orElseThrow();
        StringBuilder line = new StringBuilder(String.format("%-6d %-14s %-6s", outcome.line(), clip(child, 14),
                result.checkpoint().id()));
        for (Area area : catalog.areas()) {
            line.append(String.format(" %-12s", result.area(area.id()).map(Summary::word).orElse("-")));
        }
        line.append(" ").append(result.nextStep().word());
        out.println(line.toString().stripTrailing());
        for (String warning : outcome.warnings()) {
            out.printf("%-6s %-14s note: %s%n", "", "", VisibleText.of(warning));
        }
    }

    static void printStatusWords(PrintWriter out) {
        out.println("Status words: on-track, practice (keep practicing), talk-to-OT, too-few (not enough answers),"
                + " not-asked, not-counted (asked, but none counted at this age). Next step (the handout's page 1):"
                + " doctor-soon (a red-flag answer), OT-evaluation, check-again (in a month or two), answer-rest (too few"
                + " answers), keep-playing.");
    }

    /** The closing lines: how many handouts were written, kept or failed. */
    static void printTotals(PrintWriter out, Tally tally, Path outputDir, boolean dryRun) {
        long written = tally.count(RowOutcome.Status.WRITTEN);
        long unchanged = tally.count(RowOutcome.Status.UNCHANGED);
        long checked = tally.count(RowOutcome.Status.CHECKED);
        StringBuilder line = new StringBuilder(Tally.count(tally.rows(), "row", "rows")).append(": ");
        if (dryRun) {
            line.append(Tally.count(checked, "handout", "handouts")).append(" would be written to ").append(outputDir);
        } else {
            line.append(Tally.count(written, "handout", "handouts")).append(" written to ").append(outputDir);
            if (unchanged > 0) {
                line.append(", ").append(unchanged).append(" already there and unchanged");
            }
        }
        out.println(line);
        if (tally.failed() > 0) {
            out.printf("%s failed (%s %s); the other rows were still done.%n", Tally.count(tally.failed(), "row", "rows"),
                    tally.failed() == 1 ? "line" : "lines", tally.failedLines());
        }
    }

    /** The area's status word; "not-counted" when its questions were asked but none counts at this age. */
    static String word(AreaResult area) {
        return area.reason() == StatusReason.NONE_COUNTED ? "not-counted" : word(area.status());
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
     * Every row's result or error as CSV, written row by row, with the handout's file name when there is
     * one, for summary.csv and {@code otm score}. No names or birth dates, but the file names hold names: the
     * summary lives beside the handouts, not in a log.
     */
    static final class Csv {
        private final ResultCsv csv;
        private final boolean handouts;

        private Csv(ResultCsv csv, boolean handouts) {
            this.csv = csv;
            this.handouts = handouts;
        }

        /** summary.csv: every row with its handout's file name. */
        static Csv open(Catalog catalog, OutputStream stream) throws IOException {
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            return new Csv(ResultCsv.open(writer, catalog, ResultCsv.PersonalData.EXCLUDE, List.of("handout")), true);
        }

        /** {@code otm score --format csv}: every row, and no handout column, since score makes none. */
        static Csv withoutHandouts(Catalog catalog, Writer writer) throws IOException {
            return new Csv(ResultCsv.open(writer, catalog, ResultCsv.PersonalData.EXCLUDE, List.of()), false);
        }

        void row(RowOutcome outcome) throws IOException {
            String[] extra = handouts
                    ? new String[] {outcome.handout().map(p -> p.getFileName().toString()).orElse("")} : new String[0];
            if (outcome.result().isPresent()) {
                csv.result(outcome.line(), outcome.result().get(), extra);
            } else {
                csv.error(outcome.line(), outcome.childId(), outcome.problemsText(), extra);
            }
        }

        void flush() throws IOException {
            csv.flush();
        }
    }
}
