package org.otmilestones.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Area;
import org.otmilestones.core.Sign;
import org.otmilestones.core.scoring.AreaResult;
import org.otmilestones.core.scoring.AreaStatus;
import org.otmilestones.core.scoring.StatusReason;
import org.otmilestones.core.scoring.ItemResult;

/**
 * The short part per area after the charts: on track, a line of what the area is and two ideas; not on
 * track, what it is, the answers that were not "yes", three ideas, the signs to watch and the next step
 * that agrees with page 1; not enough answers, the questions left, with boxes to tick.
 */
final class AreaSections {

    /** Ideas for an area on track: enough to keep playing, short enough for two pages in all. */
    static final int IDEAS_ON_TRACK = 2;
    /** Ideas for an area not on track. */
    static final int IDEAS_NOT_ON_TRACK = 3;
    /** Signs to watch for an area on track: the one that speaks most to this age, not a warning. */
    static final int SIGNS_ON_TRACK = 1;
    /** Signs to watch for an area without enough answers, or in the short form. */
    static final int SIGNS_SHORT = 2;
    /** Signs to watch for an area not on track. */
    static final int SIGNS_NOT_ON_TRACK = 4;
    /**
     * From this many areas not on track, each gets the short form (a line of what it is, two ideas, two signs):
     * the family's next step is the same for all of them, and the handout stays within four pages.
     */
    static final int SHORT_FORM_FROM = 3;

    private static final List<Answer> TICK_CHOICES = List.of(Answer.YES, Answer.SOMETIMES, Answer.NOT_YET,
            Answer.NOT_SURE);

    private final HandoutContext c;
    private final boolean shortForm;

    AreaSections(HandoutContext context) {
        this.c = context;
        this.shortForm = context.result.areas().stream().filter(a -> a.status() == AreaStatus.KEEP_PRACTICING
                || a.status() == AreaStatus.TALK_TO_OT).count() >= SHORT_FORM_FROM;
    }

    List<Block> sections() {
        List<Block> blocks = new ArrayList<>();
        // The part's heading is kept with the start of the first area by the layout, like every heading.
        blocks.add(new Block.Heading(2, Text.of(c.w.get("areas.heading"))));
        if (c.urgency == Urgency.RED_FLAG && !c.result.redFlags().isEmpty() && c.result.areas().stream()
                .anyMatch(a -> a.status() == AreaStatus.ON_TRACK || a.status() == AreaStatus.KEEP_PRACTICING)) {
            // Ticks below must not read as an all-clear next to a red flag (page 1 says so too).
            blocks.add(new Block.Paragraph(Text.builder().add(c.w.get("symbol.answer.worry") + " ", Text.Emphasis.STRONG,
                    Tone.ASK).strong(c.w.get("areas.redFlagFirst", c.join(c.result.redFlags().stream()
                            .map(f -> "\"" + c.text(f.question()) + "\"").toList()))).build(), Block.ParagraphStyle.BODY));
        }
        for (AreaResult area : c.result.areas()) {
            List<Block> part = area(area);
            // An area on track is one paragraph, free to go on over a page break like any paragraph; a longer
            // part is a section, kept on one page when it is short.
            blocks.add(part.size() == 1 ? part.get(0) : new Block.Section(part));
        }
        return blocks;
    }

    private List<Block> area(AreaResult result) {
        Area area = result.area();
        List<Block> blocks = new ArrayList<>();
        if (result.status() == AreaStatus.ON_TRACK) {
            blocks.add(onTrack(result));
            return blocks;
        }
        blocks.add(new Block.Heading(3, Text.builder().plain(c.text(area.plainName()) + "  ")
                .add(c.w.get("symbol.status." + result.status().name()) + " ", Text.Emphasis.STRONG,
                        Wording.tone(result.status()))
                .add(c.w.statusWord(result), Text.Emphasis.STRONG, Tone.NEUTRAL).build()));
        switch (result.status()) {
            case NOT_ASKED, ON_TRACK -> {
                if (result.reason() == StatusReason.NONE_COUNTED) {
                    notCounted(result, blocks);
                } else {
                    blocks.add(Block.Paragraph.of(c.w.get("area.notAsked")));
                }
            }
            case NOT_ENOUGH_ANSWERS -> {
                blocks.add(Block.Paragraph.of(HandoutContext.firstSentence(c.text(area.whatItIs()))));
                left(result, blocks);
                ideas(result, IDEAS_ON_TRACK, true, blocks);
                signs(area, SIGNS_SHORT, true, blocks);
            }
            case KEEP_PRACTICING, TALK_TO_OT -> {
                String what = c.text(area.whatItIs());
                blocks.add(Block.Paragraph.of(shortForm ? HandoutContext.firstSentence(what) : what));
                notYes(result, blocks);
                ideas(result, shortForm ? IDEAS_ON_TRACK : IDEAS_NOT_ON_TRACK, shortForm, blocks);
                signs(area, shortForm ? SIGNS_SHORT : SIGNS_NOT_ON_TRACK, shortForm, blocks);
                blocks.add(new Block.Paragraph(Text.builder().strong(c.w.get("area.nextStep") + " ")
                        .plain(nextStep(result)).build(), Block.ParagraphStyle.BODY));
            }
        }
        return blocks;
    }

    /**
     * An area on track in one paragraph: its name and status, a line of what it is, two ideas and the sign to
     * watch that speaks most to this age.
     */
    private Block onTrack(AreaResult result) {
        Area area = result.area();
        Text.Builder t = Text.builder().strong(c.text(area.plainName()) + "  ")
                .add(c.w.get("symbol.status.ON_TRACK") + " ", Text.Emphasis.STRONG, Tone.GOOD)
                .strong(c.w.statusWord(AreaStatus.ON_TRACK) + ". ")
                .plain(HandoutContext.firstSentence(c.text(area.whatItIs())));
        List<String> ideas = ideas(result, IDEAS_ON_TRACK);
        if (!ideas.isEmpty()) {
            t.plain(" ").strong(c.w.get("area.try") + " ").plain(String.join(" ", ideas));
        }
        List<String> signs = signs(area, SIGNS_ON_TRACK);
        if (!signs.isEmpty()) {
            t.plain(" ").strong(c.w.get("area.signs") + " ").plain(String.join(" ", signs));
        }
        return new Block.Paragraph(t.build(), Block.ParagraphStyle.BODY);
    }

    private void notYes(AreaResult result, List<Block> blocks) {
        List<Text> items = new ArrayList<>();
        for (ItemResult item : result.items()) {
            if (!item.isConcern() && item.counted() == Answer.YES) {
                continue;
            }
            Text.Builder t = Text.builder()
                    .add(c.w.answerSymbol(item.answer(), item.milestone().polarity()) + " ", Text.Emphasis.STRONG,
                            c.w.answerTone(item.answer(), item.milestone().polarity()))
                    .strong(c.w.answerWord(item.answer(), item.milestone().polarity()) + ": ")
                    .plain(c.text(item.milestone().question()));
            if (!item.milestone().isScored()) {
                t.add(" " + c.w.get("area.infoOnly"), Text.Emphasis.REGULAR, Tone.UNKNOWN);
            }
            items.add(t.build());
        }
        blocks.add(label("area.notYes"));
        blocks.add(items.isEmpty() ? Block.Paragraph.of(c.w.get("area.notYes.none")) : new Block.BulletList(items));
    }

    /** Questions asked at an age where none of the area's is counted: the answers, to talk over with the OT. */
    private void notCounted(AreaResult result, List<Block> blocks) {
        blocks.add(Block.Paragraph.of(c.w.get("area.notCounted")));
        // Only the answers worth talking over, so a child with every "yes" keeps a short handout.
        List<Text> items = new ArrayList<>();
        for (ItemResult item : result.items()) {
            if (!item.isConcern() && item.counted() == Answer.YES) {
                continue;
            }
            items.add(Text.builder().strong(c.w.answerWord(item.answer(), item.milestone().polarity()) + ": ")
                    .plain(c.text(item.milestone().question())).build());
        }
        if (!items.isEmpty()) {
            blocks.add(new Block.BulletList(items));
        }
    }

    private Block label(String key) {
        return new Block.Paragraph(Text.strong(c.w.get(key)), Block.ParagraphStyle.LABEL);
    }

    private void left(AreaResult result, List<Block> blocks) {
        List<List<Block.Cell>> rows = new ArrayList<>();
        for (ItemResult item : result.items()) {
            if (item.answer().isAnswered()) {
                continue;
            }
            List<Block.Cell> row = new ArrayList<>();
            row.add(Block.Cell.of(c.text(item.milestone().question())));
            for (Answer choice : TICK_CHOICES) {
                row.add(new Block.Cell.TickBox(c.w.answerWord(choice, item.milestone().polarity())));
            }
            rows.add(row);
        }
        blocks.add(Block.Paragraph.of(c.w.get("area.left.intro", result.counts().answered(), result.counts().asked())));
        if (rows.isEmpty()) {
            return;
        }
        List<Block.Column> columns = new ArrayList<>();
        columns.add(new Block.Column(c.w.get("blank.col.question"), 1, false));
        for (Answer choice : TICK_CHOICES) {
            columns.add(new Block.Column(c.w.get("answer." + choice.name()), 1, true, Block.Sizing.WIDEST_LINE));
        }
        blocks.add(new Block.Table(columns, Block.HeaderCells.FIRST_ROW, rows, List.of()));
    }

    /** Ideas to try, as a list or, in the short form, run in after their label. */
    private void ideas(AreaResult result, int count, boolean runIn, List<Block> blocks) {
        listOrRunIn("area.try", ideas(result, count), runIn, blocks);
    }

    /**
     * Ideas of the catalog for this area and age: all of them up to the count, else the shortest (quickest to
     * read and to try), shown in the catalog's order.
     */
    private List<String> ideas(AreaResult result, int count) {
        List<String> all = c.catalog.activities(result.area(), c.result.checkpoint()).stream()
                .map(a -> c.text(a.text())).toList();
        List<String> chosen = all.stream().sorted(Comparator.comparingInt(String::length)).limit(count).toList();
        return all.stream().filter(chosen::contains).toList();
    }

    private void signs(Area area, int count, boolean runIn, List<Block> blocks) {
        listOrRunIn("area.signs", signs(area, count), runIn, blocks);
    }

    /** The signs that speak to this age, the most age-specific first, shown in the catalog's order. */
    private List<String> signs(Area area, int count) {
        List<Sign> all = area.signsAt(c.result.checkpoint());
        List<Sign> chosen = all.stream().sorted(Comparator.comparingInt(Sign::fromMonths).reversed()
                .thenComparingInt(s -> c.text(s.text()).length())).limit(count).toList();
        return all.stream().filter(chosen::contains).map(s -> c.text(s.text())).toList();
    }

    private void listOrRunIn(String labelKey, List<String> items, boolean runIn, List<Block> blocks) {
        if (items.isEmpty()) {
            return;
        }
        if (runIn) {
            blocks.add(new Block.Paragraph(Text.builder().strong(c.w.get(labelKey) + " ").plain(String.join(" ", items))
                    .build(), Block.ParagraphStyle.BODY));
        } else {
            blocks.add(label(labelKey));
            blocks.add(new Block.BulletList(items.stream().map(Text::of).toList()));
        }
    }

    /** The area's next step, in the urgency of page 1. */
    private String nextStep(AreaResult result) {
        String key = "step." + c.urgency.name() + "." + result.status().name();
        if ((c.urgency == Urgency.KEEP_GOING || c.urgency == Urgency.CHECK_AGAIN)
                && result.status() == AreaStatus.TALK_TO_OT) {
            throw new IllegalStateException("an area to ask about OT always raises the urgency");
        }
        if (c.urgency == Urgency.OT_EVALUATION && result.status() == AreaStatus.TALK_TO_OT && c.fromClinic()) {
            key += ".clinic";
        }
        if (c.urgency == Urgency.KEEP_GOING && !Outcomes.cdcSkillsNotYet(result).isEmpty()) {
            key += ".cdc";
        } else if (c.urgency == Urgency.KEEP_GOING && c.result.youngerThanChecklist()) {
            key += ".younger";
        }
        if (c.urgency == Urgency.CHECK_AGAIN) {
            return c.w.get(key, c.w.monthYear(c.result.judgement().answerAgainOn().orElseThrow()));
        }
        return c.w.get(key);
    }
}
