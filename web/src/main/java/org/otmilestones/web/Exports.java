package org.otmilestones.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Area;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.GeneralQuestion;
import org.otmilestones.core.InvalidAssessmentException;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.results.ResultCsv;
import org.otmilestones.survey.SurveyTemplates;
import org.otmilestones.core.results.ResultJson;
import org.otmilestones.core.scoring.ChecklistResult;
import org.otmilestones.report.ReportOptions;

/**
 * The files staff download: handouts (one, or all of a day or an import in a zip with the summary),
 * the summary CSV and the results JSON (by child id, no name or birth date: the library's formats),
 * and the answers CSV in the survey template's columns, which {@code otm report} reads back.
 */
final class Exports {

    /** The summary's extra column: the handout's name inside the zip. */
    static final String HANDOUT_COLUMN = "handout_file";
    /** The answers CSV's column for the family's language; the importer knows this header. */
    static final String LANGUAGE_HEADER = "Language";

    private final Results results;

    Exports(Results results) {
        this.results = results;
    }

    /** The scored checklists among these; unfinished or unscorable ones are left out. */
    private List<Scored> scored(List<StoredChecklist> checklists) {
        List<Scored> scored = new ArrayList<>();
        for (StoredChecklist c : checklists) {
            if (c.finishedAt().isEmpty()) {
                continue;
            }
            try {
                scored.add(new Scored(c, results.score(c)));
            } catch (InvalidAssessmentException e) {
                // The list shows why; a file of results has no row for it.
            }
        }
        return scored;
    }

    private record Scored(StoredChecklist checklist, ChecklistResult result) {
    }

    /**
     * A zip file name for a handout: the child id (never the name: zips travel), the checklist and the
     * day, in safe ASCII.
     */
    static String handoutName(StoredChecklist c, ChecklistResult r) {
        return safe(c.childId()) + "-" + r.checkpoint().id() + "-" + r.assessedOn() + ".pdf";
    }

    static String safe(String s) {
        String folded = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (folded.isEmpty()) {
            folded = "child";
        }
        return folded.length() > 60 ? folded.substring(0, 60) : folded;
    }

    /** Every finished handout of these checklists, and summary.csv, in one zip. */
    void handoutsZip(List<StoredChecklist> checklists, ReportOptions clinic, OutputStream out) throws IOException {
        List<Scored> scored = scored(checklists);
        Set<String> used = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Scored s : scored) {
                String name = handoutName(s.checklist(), s.result());
                for (int n = 2; !used.add(name); n++) {
                    name = handoutName(s.checklist(), s.result()).replace(".pdf", "-" + n + ".pdf");
                }
                names.add(name);
                byte[] pdf;
                try {
                    pdf = results.handout(s.checklist(), clinic);
                } catch (InvalidAssessmentException e) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(name));
                zip.write(pdf);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("summary.csv"));
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            summary(scored, names, csv);
            zip.write(csv.toByteArray());
            zip.closeEntry();
        }
    }

    /** The summary CSV of these checklists, with the handout names a zip of them would use. */
    void summaryCsv(List<StoredChecklist> checklists, OutputStream out) throws IOException {
        List<Scored> scored = scored(checklists);
        Set<String> used = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        for (Scored s : scored) {
            String name = handoutName(s.checklist(), s.result());
            for (int n = 2; !used.add(name); n++) {
                name = handoutName(s.checklist(), s.result()).replace(".pdf", "-" + n + ".pdf");
            }
            names.add(name);
        }
        summary(scored, names, out);
    }

    private void summary(List<Scored> scored, List<String> names, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        ResultCsv csv = ResultCsv.open(writer, results.catalog(), ResultCsv.PersonalData.EXCLUDE, List.of(HANDOUT_COLUMN));
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            csv.result(s.checklist().importLine(), s.result(), names.get(i));
        }
        csv.flush();
    }

    /** The results of these checklists as the library's result JSON (an array). */
    void resultsJson(List<StoredChecklist> checklists, OutputStream out) throws IOException {
        ResultJson.writeAll(scored(checklists).stream().map(Scored::result).toList(), out);
    }

    /** One checklist's result JSON. */
    void resultJson(StoredChecklist checklist, OutputStream out) throws IOException, InvalidAssessmentException {
        ResultJson.write(results.score(checklist), out);
    }

    /**
     * The answers in the survey template's columns (child columns, then every asked question headed by
     * its English text, then the language), one row per checklist, so that {@code otm report} on this
     * file makes the same handouts. It holds names and birth dates: it is the clinic's own record.
     */
    void answersCsv(List<StoredChecklist> checklists, OutputStream out) throws IOException {
        Catalog catalog = results.catalog();
        Set<String> asked = new LinkedHashSet<>();
        for (StoredChecklist c : checklists) {
            asked.addAll(results.answers(c).byQuestionId().keySet());
        }
        List<String> questionIds = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        // The template's order: each checkpoint's milestones by area, then the general questions.
        for (Checkpoint checkpoint : catalog.checkpoints()) {
            for (Area area : catalog.areas()) {
                for (Milestone m : catalog.milestones(area, checkpoint)) {
                    if (asked.contains(m.id())) {
                        questionIds.add(m.id());
                        headers.add(m.question().in("en"));
                    }
                }
            }
        }
        for (GeneralQuestion g : catalog.generalQuestions()) {
            if (asked.contains(g.id())) {
                questionIds.add(g.id());
                headers.add(g.question().in("en"));
            }
        }
        List<String> childHeaders = childHeaders(catalog);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        List<String> header = new ArrayList<>(childHeaders);
        header.addAll(headers);
        header.add(LANGUAGE_HEADER);
        row(w, header);
        for (StoredChecklist c : checklists) {
            var answers = results.answers(c);
            List<String> cells = new ArrayList<>();
            cells.add(c.childId());
            cells.add(c.childName().orElse(""));
            cells.add(c.dateOfBirth().toString());
            cells.add(c.weeksAtBirth().map(String::valueOf).orElse(""));
            cells.add(c.assessedOn().toString());
            cells.add(c.completedBy().orElse(""));
            for (String id : questionIds) {
                cells.add(answers.get(id).map(Exports::spelling).orElse(""));
            }
            cells.add(c.language());
            row(w, cells);
        }
        w.flush();
    }

    /**
     * The template's child columns in English: id, name, birth date, weeks, assessment date, completed by
     * (the first six of the template's header, which the importer maps without a mapping file).
     */
    private static List<String> childHeaders(Catalog catalog) {
        List<String> template = SurveyTemplates.headers(catalog, catalog.checkpoints().get(0), "en");
        return List.copyOf(template.subList(0, 6));
    }

    private static String spelling(Answer answer) {
        return switch (answer) {
            case YES -> "yes";
            case SOMETIMES -> "sometimes";
            case NOT_YET -> "not yet";
            case NOT_SURE -> "not sure";
            case NO_ANSWER -> "";
        };
    }

    private static void row(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write('"');
            w.write(neutralise(cells.get(i)).replace("\"", "\"\""));
            w.write('"');
        }
        w.write("\r\n");
    }

    /** A cell a spreadsheet would run as a formula gets a leading apostrophe, as the library's CSV files do. */
    static String neutralise(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r\n".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
