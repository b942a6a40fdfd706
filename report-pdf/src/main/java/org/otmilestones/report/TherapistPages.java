package org.otmilestones.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.otmilestones.core.Answer;
import org.otmilestones.core.GeneralQuestion;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.Source;
import org.otmilestones.core.scoring.AreaResult;
import org.otmilestones.core.scoring.AreaStatus;
import org.otmilestones.core.scoring.ItemResult;

/**
 * "For your child's therapist", after the parent pages of the full version: every question with its
 * answer and age, per area, the questions for every age, what comes next, and every source the
 * checklist's questions cite.
 */
final class TherapistPages {

    private final HandoutContext c;

    TherapistPages(HandoutContext context) {
        this.c = context;
    }

    List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.PageBreak());
        List<Block> intro = new ArrayList<>();
        intro.add(new Block.Heading(2, Text.of(c.w.get("therapist.heading"))));
        intro.add(Block.Paragraph.of(c.w.get("therapist.intro")));
        intro.add(facts());
        blocks.add(new Block.Section(intro));
        for (AreaResult area : c.result.areas()) {
            blocks.add(area(area));
        }
        general().ifPresent(blocks::add);
        blocks.add(sources());
        return blocks;
    }

    private Block facts() {
        List<Block.Fact> facts = new ArrayList<>();
        facts.add(new Block.Fact(c.w.get("facts.dateOfBirth"), Text.of(c.w.date(c.result.child().dateOfBirth()))));
        facts.add(new Block.Fact(c.w.get("facts.age"), Text.of(c.w.age(c.result.age().chronological()))));
        c.result.age().corrected().ifPresent(a -> facts.add(new Block.Fact(c.w.get("facts.ageFromDueDate"),
                Text.of(c.w.age(a)))));
        facts.add(new Block.Fact(c.w.get("facts.checklist"), Text.of(c.text(c.result.checkpoint().title()))));
        facts.add(new Block.Fact(c.w.get("facts.completedOn"), Text.of(c.w.date(c.result.assessedOn()))));
        c.result.completedBy().ifPresent(by -> facts.add(new Block.Fact(c.w.get("facts.completedBy"), Text.of(by))));
        return new Block.Facts(facts);
    }

    private Block area(AreaResult area) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(3, Text.builder().plain(c.text(area.area().plainName()) + " ")
                .add(c.w.get("area.technicalName", c.text(area.area().technicalName())), Text.Emphasis.REGULAR,
                        Tone.UNKNOWN).build()));
        blocks.add(new Block.Paragraph(Text.builder().add(c.w.get("symbol.status." + area.status().name()) + " ",
                Text.Emphasis.STRONG, Wording.tone(area.status())).plain(c.w.get("therapist.status",
                        c.w.statusWord(area.status()), area.counts().answered(), area.counts().asked(),
                        area.creditText())).build(), Block.ParagraphStyle.BODY));
        if (!area.items().isEmpty()) {
            List<List<Block.Cell>> rows = new ArrayList<>();
            for (ItemResult item : area.items()) {
                Text question = item.milestone().isScored() ? Text.of(c.text(item.milestone().question()))
                        : Text.builder().plain(c.text(item.milestone().question()) + " ")
                                .add(c.w.get("area.infoOnly"), Text.Emphasis.REGULAR, Tone.UNKNOWN).build();
                rows.add(List.of(Block.Cell.of(question),
                        Block.Cell.of(c.w.answer(item.answer(), item.milestone().polarity())),
                        Block.Cell.of(c.months(item.milestone().mostByMonths()))));
            }
            blocks.add(new Block.Table(List.of(new Block.Column(c.w.get("therapist.col.question"), 1, false),
                    new Block.Column(c.w.get("therapist.col.answer"), 1, false, Block.Sizing.WIDEST_LINE),
                    new Block.Column(c.w.get("therapist.col.age"), 1, false, Block.Sizing.WIDEST_LINE)),
                    Block.HeaderCells.FIRST_ROW, rows, List.of()));
        }
        if (!area.comingNext().isEmpty() && area.status() != AreaStatus.NOT_ASKED
                && c.result.nextCheckpoint().isPresent()) {
            blocks.add(Block.Paragraph.of(c.w.get("therapist.comingNext",
                    c.months(c.result.nextCheckpoint().get().ageMonths()))));
            blocks.add(new Block.BulletList(area.comingNext().stream().map(m -> Text.of(c.text(m.question()) + " ("
                    + c.months(m.mostByMonths()) + ")")).toList()));
        }
        return new Block.Section(blocks);
    }

    private java.util.Optional<Block> general() {
        Map<GeneralQuestion, Answer> answers = c.result.generalAnswers();
        if (answers.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<List<Block.Cell>> rows = new ArrayList<>();
        answers.forEach((q, a) -> rows.add(List.of(Block.Cell.of(c.text(q.question())),
                Block.Cell.of(c.w.answer(a, q.polarity())))));
        return java.util.Optional.of(new Block.Section(List.of(
                new Block.Heading(3, Text.of(c.w.get("therapist.general.heading"))),
                new Block.Table(List.of(new Block.Column(c.w.get("therapist.col.question"), 1, false),
                        new Block.Column(c.w.get("therapist.col.answer"), 1, false, Block.Sizing.WIDEST_LINE)),
                        Block.HeaderCells.FIRST_ROW, rows, List.of()))));
    }

    /** Every source the checklist's questions cite, in the catalog's order. */
    private Block sources() {
        Set<String> keys = new LinkedHashSet<>();
        for (Milestone m : c.catalog.milestones(c.result.checkpoint())) {
            keys.addAll(m.sourceKeys());
        }
        c.catalog.generalQuestions().forEach(q -> keys.addAll(q.sourceKeys()));
        List<Text> items = new ArrayList<>();
        for (Source s : c.catalog.sources()) {
            if (!keys.contains(s.key())) {
                continue;
            }
            StringBuilder line = new StringBuilder(s.title());
            c.catalog.publisher(s.publisherId()).ifPresent(p -> line.append(". ").append(p.name()));
            s.edition().ifPresent(e -> line.append(", ").append(e));
            s.year().ifPresent(y -> line.append(", ").append(y));
            s.link().ifPresent(l -> line.append(". ").append(l));
            if (s.link().isEmpty()) {
                s.isbn().ifPresent(i -> line.append(". ISBN ").append(i));
            }
            if (!s.kind().isAuthoritative()) {
                // A clinic's or a blog's page backs only skills still under review; the therapist should know.
                line.append(" ").append(c.w.get("therapist.source.other"));
            }
            items.add(Text.of(line.toString()));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(3, Text.of(c.w.get("therapist.sources.heading"))));
        if (!items.isEmpty()) {
            blocks.add(new Block.BulletList(items, Block.ParagraphStyle.QUIET));
        }
        return new Block.Section(blocks);
    }
}
