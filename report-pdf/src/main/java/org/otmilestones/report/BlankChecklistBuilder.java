package org.otmilestones.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Area;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.GeneralQuestion;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.Polarity;

/** Builds the printable blank checklist of one checkpoint, with tick boxes for each answer. */
final class BlankChecklistBuilder {

    /** The date a blank checklist carries: it has no assessment, and output must be repeatable. */
    static final LocalDate DOCUMENT_DATE = LocalDate.of(2026, 1, 1);

    private static final List<Answer> CHOICES = List.of(Answer.YES, Answer.SOMETIMES, Answer.NOT_YET, Answer.NOT_SURE);

    private final Catalog catalog;
    private final Checkpoint checkpoint;
    private final ReportOptions options;
    private final Wording w;
    private final String lang;

    BlankChecklistBuilder(Catalog catalog, Checkpoint checkpoint, ReportOptions options, Wording wording) {
        this.catalog = catalog;
        this.checkpoint = checkpoint;
        this.options = options;
        this.w = wording;
        this.lang = wording.language;
    }

    Handout build() {
        List<Block> blocks = new ArrayList<>();
        w.banner(options.clinic()).ifPresent(blocks::add);
        String title = checkpoint.title().in(lang);
        blocks.add(new Block.Heading(1, Text.of(title)));
        blocks.add(new Block.Paragraph(Text.of(w.get("blank.lead")), Block.ParagraphStyle.LEAD));
        List<String> lines = new ArrayList<>(List.of(w.get("blank.write.name"), w.get("blank.write.dateOfBirth")));
        if (checkpoint.ageMonths() <= catalog.correctedAge().correctUntilMonths()) {
            lines.add(w.get("blank.write.weeksAtBirth"));
        }
        lines.add(w.get("blank.write.today"));
        lines.add(w.get("blank.write.by"));
        blocks.add(new Block.WriteInLines(lines));
        blocks.add(Block.Paragraph.of(w.get("blank.howTo")));
        for (Area area : catalog.areas()) {
            List<Milestone> milestones = catalog.milestones(area, checkpoint);
            if (milestones.isEmpty()) {
                continue;
            }
            List<List<Block.Cell>> rows = new ArrayList<>();
            for (Milestone m : milestones) {
                rows.add(row(m.question().in(lang), m.polarity()));
            }
            blocks.add(new Block.Section(List.of(
                    new Block.Heading(2, Text.of(area.plainName().in(lang))),
                    table(rows, Polarity.SKILL))));
        }
        if (!catalog.generalQuestions().isEmpty()) {
            List<List<Block.Cell>> rows = new ArrayList<>();
            for (GeneralQuestion q : catalog.generalQuestions()) {
                rows.add(row(q.question().in(lang), q.polarity()));
            }
            boolean allConcern = catalog.generalQuestions().stream().allMatch(q -> q.polarity() == Polarity.CONCERN);
            blocks.add(new Block.Section(List.of(
                    new Block.Heading(2, Text.of(w.get("blank.general.heading"))),
                    table(rows, allConcern ? Polarity.CONCERN : Polarity.SKILL))));
        }
        blocks.add(new Block.Paragraph(Text.strong(w.get("blank.thanks")), Block.ParagraphStyle.BODY));
        String key = String.join("|", "blank", catalog.id(), catalog.version(), checkpoint.id(), lang,
                options.paper().name());
        return new Handout(lang, title, title, DOCUMENT_DATE, key, options.paper(), blocks,
                w.footer("", options.clinic(), catalog));
    }

    private List<Block.Cell> row(String question, Polarity polarity) {
        List<Block.Cell> cells = new ArrayList<>();
        cells.add(Block.Cell.of(question));
        for (Answer choice : CHOICES) {
            cells.add(new Block.Cell.TickBox(w.answerWord(choice, polarity)));
        }
        return cells;
    }

    private Block table(List<List<Block.Cell>> rows, Polarity polarity) {
        List<Block.Column> columns = new ArrayList<>();
        columns.add(new Block.Column(w.get("blank.col.question"), 2.5, false));
        for (Answer choice : CHOICES) {
            columns.add(new Block.Column(w.answerWord(choice, polarity), 1.0, true));
        }
        return new Block.Table(columns, Block.HeaderCells.FIRST_ROW, rows, List.of());
    }
}
