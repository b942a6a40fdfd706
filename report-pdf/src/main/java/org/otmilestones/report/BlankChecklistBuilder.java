package org.otmilestones.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Area;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.Polarity;

/** Builds the printable blank checklist of one checkpoint, with tick boxes for each answer. */
final class BlankChecklistBuilder {

    /** The date a blank checklist carries: it has no assessment, and output must be repeatable. */
    static final LocalDate DOCUMENT_DATE = LocalDate.of(2026, 1, 1);

    private static final List<Answer> SKILL_CHOICES = List.of(Answer.YES, Answer.SOMETIMES, Answer.NOT_YET,
            Answer.NOT_SURE);
    /** Yes, and the answer that reads "No" for a worry. */
    private static final List<Answer> CONCERN_CHOICES = List.of(Answer.YES, Answer.NOT_YET);

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
        // One table of skills for all areas, each area a tinted row of its own: a form of one or two pages
        // rather than a table and a heading per area. Worries get yes/no boxes in a table of their own.
        List<List<Block.Cell>> rows = new ArrayList<>();
        List<Tone> tones = new ArrayList<>();
        List<String> concerns = new ArrayList<>();
        for (Area area : catalog.areas()) {
            List<Milestone> milestones = catalog.milestones(area, checkpoint);
            List<Milestone> skills = milestones.stream().filter(m -> m.polarity() == Polarity.SKILL).toList();
            milestones.stream().filter(m -> m.polarity() == Polarity.CONCERN).forEach(m -> concerns.add(
                    area.plainName().in(lang) + ": " + m.question().in(lang)));
            if (skills.isEmpty()) {
                continue;
            }
            List<Block.Cell> areaRow = new ArrayList<>();
            areaRow.add(Block.Cell.of(Text.strong(area.plainName().in(lang))));
            SKILL_CHOICES.forEach(choice -> areaRow.add(Block.Cell.of("")));
            rows.add(areaRow);
            tones.add(Tone.CALM);
            for (Milestone m : skills) {
                rows.add(row(m.question().in(lang), Polarity.SKILL));
                tones.add(Tone.NEUTRAL);
            }
        }
        if (!rows.isEmpty()) {
            blocks.add(new Block.Table(columns(Polarity.SKILL), Block.HeaderCells.FIRST_ROW, rows, tones));
        }
        catalog.generalQuestions().stream().filter(q -> q.polarity() == Polarity.CONCERN)
                .forEach(q -> concerns.add(q.question().in(lang)));
        List<String> generalSkills = catalog.generalQuestions().stream().filter(q -> q.polarity() == Polarity.SKILL)
                .map(q -> q.question().in(lang)).toList();
        if (!concerns.isEmpty() || !generalSkills.isEmpty()) {
            blocks.add(new Block.Heading(2, Text.of(w.get("blank.general.heading"))));
            table(generalSkills, Polarity.SKILL).ifPresent(blocks::add);
            // A worry or a lost skill is seen or not: "sometimes" and "not yet" do not fit it.
            table(concerns, Polarity.CONCERN).ifPresent(blocks::add);
        }
        String key = String.join("|", "blank", catalog.id(), catalog.version(), checkpoint.id(), lang,
                options.paper().name());
        return new Handout(lang, title, title, DOCUMENT_DATE, key, options.paper(), blocks,
                w.footer("", options.clinic(), catalog));
    }

    /** The answers a question offers: yes, sometimes, not yet, not sure for a skill; yes or no for a worry. */
    private static List<Answer> choices(Polarity polarity) {
        return polarity == Polarity.CONCERN ? CONCERN_CHOICES : SKILL_CHOICES;
    }

    private List<Block.Column> columns(Polarity polarity) {
        List<Block.Column> columns = new ArrayList<>();
        columns.add(new Block.Column(w.get("blank.col.question"), 1, false));
        for (Answer choice : choices(polarity)) {
            // Tick columns as narrow as their words: the questions get the width, and fit in fewer lines.
            columns.add(new Block.Column(w.answerWord(choice, polarity), 1, true, Block.Sizing.WIDEST_LINE));
        }
        return columns;
    }

    private List<Block.Cell> row(String question, Polarity polarity) {
        List<Block.Cell> cells = new ArrayList<>();
        cells.add(Block.Cell.of(question));
        for (Answer choice : choices(polarity)) {
            cells.add(new Block.Cell.TickBox(w.answerWord(choice, polarity)));
        }
        return cells;
    }

    private Optional<Block> table(List<String> questions, Polarity polarity) {
        if (questions.isEmpty()) {
            return Optional.empty();
        }
        List<List<Block.Cell>> rows = questions.stream().map(q -> row(q, polarity)).toList();
        return Optional.of(new Block.Table(columns(polarity), Block.HeaderCells.FIRST_ROW, rows, List.of()));
    }
}
