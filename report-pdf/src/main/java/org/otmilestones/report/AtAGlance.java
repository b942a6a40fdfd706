package org.otmilestones.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.otmilestones.core.Answer;
import org.otmilestones.core.ScoringRules;
import org.otmilestones.core.scoring.AnswerCounts;
import org.otmilestones.core.scoring.AreaResult;
import org.otmilestones.core.scoring.AreaStatus;
import org.otmilestones.core.scoring.StatusReason;

/**
 * "At a glance": one row per area with the answers' boxes, the counts and the status in words, and under
 * it what each status shown means and how the answers count.
 */
final class AtAGlance {

    private final HandoutContext c;

    AtAGlance(HandoutContext context) {
        this.c = context;
    }

    Block section() {
        List<List<Block.Cell>> rows = new ArrayList<>();
        List<Tone> tones = new ArrayList<>();
        Set<AreaStatus> shown = EnumSet.noneOf(AreaStatus.class);
        boolean uncounted = false;
        for (AreaResult area : c.result.areas()) {
            String name = c.text(area.area().plainName());
            AnswerCounts counts = area.counts();
            String alt = c.w.get("glance.alt", name, area.reason() == StatusReason.NONE_COUNTED
                    ? c.w.get("glance.alt.uncounted") : spelledOut(counts), c.w.statusWord(area));
            rows.add(List.of(Block.Cell.of(Text.strong(name)),
                    new Block.Cell.AnswerBar(dots(area), alt, Text.of(caption(area))),
                    Block.Cell.of(c.w.status(area))));
            uncounted |= area.reason() == StatusReason.NONE_COUNTED;
            tones.add(Wording.tone(area.status()));
            shown.add(area.status());
        }
        Block.Table table = new Block.Table(List.of(
                new Block.Column(c.w.get("glance.col.area"), 1.9, false),
                new Block.Column(c.w.get("glance.col.answers"), 1.8, false),
                // As wide as the longest status, so no status breaks and the rows stay one line.
                new Block.Column(c.w.get("glance.col.status"), 1.3, false, Block.Sizing.WIDEST_LINE)),
                Block.HeaderCells.FIRST_ROW, rows, tones);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(2, Text.of(c.w.get("glance.heading"))));
        blocks.add(new Block.Paragraph(c.w.legend(), Block.ParagraphStyle.BODY));
        blocks.add(table);
        // One line per status shown and one for the counting: lines of one paragraph, each led by its symbol.
        Text.Builder meanings = Text.builder();
        List<Text> lines = meanings(shown, uncounted);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                meanings.plain("\n");
            }
            lines.get(i).spans().forEach(span -> meanings.add(span.text(), span.emphasis(), span.tone()));
        }
        // Never an "on track in every area" without what the checklist does not look at: the last line.
        meanings.plain("\n").plain(c.w.get("glance.scope"));
        blocks.add(new Block.Paragraph(meanings.build(), Block.ParagraphStyle.BODY));
        return new Block.Section(blocks);
    }

    /** The counts under the boxes: never a count of "yes" that reads as good news when too few were answered. */
    private String caption(AreaResult area) {
        AnswerCounts counts = area.counts();
        return switch (area.status()) {
            case NOT_ASKED -> c.w.get(area.reason() == StatusReason.NONE_COUNTED ? "glance.caption.uncounted"
                    : "glance.caption.none");
            case NOT_ENOUGH_ANSWERS -> c.w.get("glance.caption.tooFew", counts.answered(), counts.asked());
            default -> c.w.get("glance.caption.main", counts.yes(), counts.answered());
        };
    }

    private List<Block.Dot> dots(AreaResult area) {
        List<Block.Dot> dots = new ArrayList<>();
        for (Answer answer : Answer.values()) {
            for (int i = 0; i < area.counts().count(answer); i++) {
                dots.add(new Block.Dot(c.w.get("symbol.answer." + answer.name()), Wording.tone(answer)));
            }
        }
        return dots;
    }

    private String spelledOut(AnswerCounts counts) {
        if (counts.asked() == 0) {
            return c.w.get("glance.alt.none");
        }
        List<String> parts = new ArrayList<>();
        parts.add(c.w.get("glance.alt.counts", counts.yes(), counts.asked()));
        if (counts.sometimes() > 0) {
            parts.add(c.w.get("glance.alt.sometimes", counts.sometimes()));
        }
        if (counts.notYet() > 0) {
            parts.add(c.w.get("glance.alt.notYet", counts.notYet()));
        }
        if (counts.notSure() > 0) {
            parts.add(c.w.get("glance.alt.notSure", counts.notSure()));
        }
        if (counts.noAnswer() > 0) {
            parts.add(c.w.get("glance.alt.noAnswer", counts.noAnswer()));
        }
        return String.join(", ", parts);
    }

    /** One line per status shown, in the order of the rule, then how the answers count. */
    private List<Text> meanings(Set<AreaStatus> shown, boolean uncounted) {
        ScoringRules rules = c.catalog.scoring();
        List<Text> lines = new ArrayList<>();
        for (AreaStatus status : List.of(AreaStatus.ON_TRACK, AreaStatus.KEEP_PRACTICING, AreaStatus.TALK_TO_OT,
                AreaStatus.NOT_ENOUGH_ANSWERS, AreaStatus.NOT_ASKED)) {
            if (!shown.contains(status)) {
                continue;
            }
            String share = switch (status) {
                case ON_TRACK -> share(1.0 - rules.keepPracticingWhenSometimesShareAbove());
                case KEEP_PRACTICING -> share(rules.keepPracticingWhenSometimesShareAbove());
                case TALK_TO_OT -> share(rules.talkToOtWhenCreditShareBelow());
                default -> "";
            };
            String line = c.w.get("meaning." + (status == AreaStatus.NOT_ASKED && uncounted ? "NOT_COUNTED"
                    : status.name()), share);
            int colon = line.indexOf(':');
            lines.add(Text.builder()
                    .add(c.w.get("symbol.status." + status.name()) + " ", Text.Emphasis.STRONG, Wording.tone(status))
                    .strong(line.substring(0, colon + 1)).plain(line.substring(colon + 1)).build());
        }
        lines.add(Text.of(c.w.get("meaning.counting", share(rules.sometimesCredit()))));
        return lines;
    }

    /** A share in words: "one half", "two thirds", else "40 in 100". */
    private String share(double share) {
        String key = near(share, 0.5) ? "share.half" : near(share, 1.0 / 3) ? "share.third"
                : near(share, 2.0 / 3) ? "share.twoThirds" : near(share, 0.25) ? "share.quarter"
                : near(share, 0.75) ? "share.threeQuarters" : null;
        return key != null ? c.w.get(key) : c.w.get("share.other", Math.round(share * 100));
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) < 0.005;
    }
}
