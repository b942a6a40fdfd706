package org.otmilestones.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.TreeMap;
import org.otmilestones.core.Activity;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Area;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.GeneralQuestion;
import org.otmilestones.core.Guidance;
import org.otmilestones.core.LocalizedText;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.Polarity;
import org.otmilestones.core.Sign;
import org.otmilestones.core.Source;
import org.otmilestones.core.scoring.AnswerCounts;
import org.otmilestones.core.scoring.AreaResult;
import org.otmilestones.core.scoring.AreaStatus;
import org.otmilestones.core.scoring.ChecklistResult;
import org.otmilestones.core.scoring.ItemResult;
import org.otmilestones.core.scoring.RedFlag;

/** Builds the parent handout's description, part by part in the order a parent reads it. */
final class HandoutBuilder {

    /** How many skills per area "Coming next" shows: a few to look forward to, not a new checklist. */
    static final int COMING_NEXT_PER_AREA = 2;
    /** How many sources the last page lists; the rest are counted, and all are in the catalog. */
    static final int SOURCES_SHOWN = 5;

    private final ChecklistResult result;
    private final Catalog catalog;
    private final ReportOptions options;
    private final Wording w;
    private final String lang;

    HandoutBuilder(ChecklistResult result, Catalog catalog, ReportOptions options, Wording wording) {
        this.result = result;
        this.catalog = catalog;
        this.options = options;
        this.w = wording;
        this.lang = wording.language;
    }

    Handout build() {
        List<Block> blocks = new ArrayList<>();
        w.banner(options.clinic()).ifPresent(blocks::add);
        Optional<String> name = result.child().name();
        String title = name.map(n -> w.get("title.named", n)).orElse(w.get("title.unnamed"));
        blocks.add(new Block.Heading(1, Text.of(title)));
        blocks.add(facts(name));
        if (result.age().corrected().isPresent()) {
            blocks.add(new Block.Paragraph(Text.of(w.get("facts.bornEarly", result.age().weeksEarly()) + " "
                    + text(Guidance.CORRECTED_AGE_WHY)), Block.ParagraphStyle.QUIET));
        }
        if (result.talkToDoctor()) {
            blocks.add(redFlagNotice());
        }
        if (result.checklistWide().mentionAtCheckup()) {
            blocks.add(checklistWideNotice());
        }
        if (result.youngerThanChecklist()) {
            blocks.add(new Block.Callout(Tone.CALM, List.of(new Block.Heading(3, Text.of(w.get("younger.heading"))),
                    Block.Paragraph.of(text(Guidance.YOUNGER_THAN_CHECKPOINT)))));
        }
        blocks.add(new Block.Section(List.of(
                new Block.Heading(2, Text.of(w.get("about.heading"))),
                Block.Paragraph.of(text(Guidance.ABOUT_OT)),
                Block.Paragraph.of(text(Guidance.OT_VERSUS_PT)),
                Block.Paragraph.of(text(Guidance.OWN_PACE)),
                Block.Paragraph.of(text(Guidance.NOT_A_DIAGNOSIS)))));
        blocks.add(glance());
        for (AreaResult area : result.areas()) {
            blocks.add(areaSection(area));
        }
        blocks.add(comingNext());
        blocks.add(help());
        blocks.add(sources());
        String footerLeft = name.orElse(w.get("footer.unnamed"));
        String key = String.join("|", "handout", catalog.id(), catalog.version(), result.child().id(),
                result.assessedOn().toString(), result.checkpoint().id(), lang, options.paper().name());
        return new Handout(lang, title, w.get("document.subject"), result.assessedOn(), key, options.paper(),
                blocks, w.footer(footerLeft, options.clinic(), catalog));
    }

    private String text(Guidance guidance) {
        return catalog.guidance(guidance).in(lang);
    }

    private String text(LocalizedText text) {
        return text.in(lang);
    }

    private Block facts(Optional<String> name) {
        List<Block.Fact> facts = new ArrayList<>();
        facts.add(new Block.Fact(w.get("facts.child"), name.map(Text::strong).orElse(Text.of(w.get("facts.notGiven")))));
        facts.add(new Block.Fact(w.get("facts.dateOfBirth"), Text.of(w.date(result.child().dateOfBirth()))));
        facts.add(new Block.Fact(w.get("facts.age"), Text.of(w.age(result.age().chronological()))));
        result.age().corrected().ifPresent(c -> facts.add(new Block.Fact(w.get("facts.ageFromDueDate"), Text.of(w.age(c)))));
        facts.add(new Block.Fact(w.get("facts.completedOn"), Text.of(w.date(result.assessedOn()))));
        result.completedBy().ifPresent(by -> facts.add(new Block.Fact(w.get("facts.completedBy"), Text.of(by))));
        facts.add(new Block.Fact(w.get("facts.checklist"), Text.of(text(result.checkpoint().title()))));
        return new Block.Facts(facts);
    }

    private Block redFlagNotice() {
        List<Text> items = new ArrayList<>();
        for (RedFlag flag : result.redFlags()) {
            Polarity polarity = polarityOf(flag.questionId());
            items.add(Text.builder().plain(text(flag.question()) + " ")
                    .strong(w.get("redFlag.answer", w.answerWord(flag.answer(), polarity))).build());
        }
        return new Block.Callout(Tone.ASK, List.of(
                new Block.Heading(2, Text.builder().add(w.get("redFlag.symbol") + " ", Text.Emphasis.STRONG, Tone.ASK)
                        .plain(w.get("redFlag.heading")).build()),
                Block.Paragraph.of(text(Guidance.RED_FLAG_NOTICE)),
                Block.Paragraph.of(w.get("redFlag.because")),
                new Block.BulletList(items)));
    }

    /** Many areas not on track together: near the top, so it is not lost among the areas' own next steps. */
    private Block checklistWideNotice() {
        List<String> names = result.checklistWide().areasNotOnTrack().stream()
                .map(id -> catalog.area(id).map(a -> text(a.plainName())).orElse(id)).toList();
        return new Block.Callout(Tone.ASK, List.of(
                new Block.Heading(2, Text.of(w.get("wide.heading"))),
                Block.Paragraph.of(text(Guidance.CHECKLIST_WIDE)),
                Block.Paragraph.of(w.get("wide.areas", String.join(", ", names)))));
    }

    private Polarity polarityOf(String questionId) {
        return catalog.milestone(questionId).map(Milestone::polarity)
                .or(() -> catalog.generalQuestion(questionId).map(GeneralQuestion::polarity))
                .orElse(Polarity.SKILL);
    }

    private Block glance() {
        List<List<Block.Cell>> rows = new ArrayList<>();
        List<Tone> tones = new ArrayList<>();
        for (AreaResult area : result.areas()) {
            String name = text(area.area().plainName());
            // The caption gives the headline count; the boxes carry each answer's symbol, and the
            // figure's alternative text spells every count out for a screen reader.
            Text caption = Text.of(area.counts().asked() == 0 ? w.get("glance.caption.none")
                    : w.get("glance.caption.main", area.counts().yes(), area.counts().asked()));
            String alt = w.get("glance.alt", name, caption(area.counts()), w.statusWord(area.status()));
            rows.add(List.of(Block.Cell.of(Text.strong(name)),
                    new Block.Cell.AnswerBar(dots(area), alt, caption),
                    Block.Cell.of(w.status(area.status()))));
            tones.add(Wording.tone(area.status()));
        }
        Block.Table table = new Block.Table(List.of(
                new Block.Column(w.get("glance.col.area"), 1.45, false),
                new Block.Column(w.get("glance.col.answers"), 1.55, false),
                new Block.Column(w.get("glance.col.status"), 1.2, false)),
                Block.HeaderCells.FIRST_ROW, rows, tones);
        return new Block.Section(List.of(
                new Block.Heading(2, Text.of(w.get("glance.heading"))),
                new Block.Paragraph(w.legend(), Block.ParagraphStyle.QUIET),
                table));
    }

    private List<Block.Dot> dots(AreaResult area) {
        List<Block.Dot> dots = new ArrayList<>();
        for (Answer answer : Answer.values()) {
            for (int i = 0; i < area.counts().count(answer); i++) {
                dots.add(new Block.Dot(w.get("symbol.answer." + answer.name()), Wording.tone(answer)));
            }
        }
        return dots;
    }

    private String caption(AnswerCounts counts) {
        if (counts.asked() == 0) {
            return w.get("glance.caption.none");
        }
        List<String> parts = new ArrayList<>();
        parts.add(w.get("glance.caption.main", counts.yes(), counts.asked()));
        if (counts.sometimes() > 0) {
            parts.add(w.get("glance.caption.sometimes", counts.sometimes()));
        }
        if (counts.notYet() > 0) {
            parts.add(w.get("glance.caption.notYet", counts.notYet()));
        }
        if (counts.notSure() > 0) {
            parts.add(w.get("glance.caption.notSure", counts.notSure()));
        }
        if (counts.noAnswer() > 0) {
            parts.add(w.get("glance.caption.noAnswer", counts.noAnswer()));
        }
        return String.join(", ", parts);
    }

    private Block areaSection(AreaResult result) {
        Area area = result.area();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(2, Text.builder().plain(text(area.plainName()))
                .add(" " + w.get("area.technicalName", text(area.technicalName())), Text.Emphasis.REGULAR, Tone.UNKNOWN)
                .build()));
        blocks.add(new Block.Paragraph(Text.builder().strong(w.get("area.whatItIs") + " ")
                .plain(text(area.whatItIs())).build(), Block.ParagraphStyle.BODY));
        blocks.add(new Block.Paragraph(Text.builder().strong(w.get("area.whyItMatters") + " ")
                .plain(text(area.whyItMatters())).build(), Block.ParagraphStyle.BODY));
        if (!result.items().isEmpty()) {
            List<List<Block.Cell>> rows = new ArrayList<>();
            for (ItemResult item : result.items()) {
                Text question = item.milestone().isScored() ? Text.of(text(item.milestone().question()))
                        : Text.builder().plain(text(item.milestone().question()) + " ")
                                .add(w.get("area.informationOnly"), Text.Emphasis.REGULAR, Tone.UNKNOWN).build();
                rows.add(List.of(Block.Cell.of(question),
                        Block.Cell.of(w.answer(item.answer(), item.milestone().polarity()))));
            }
            blocks.add(new Block.Heading(3, Text.of(w.get("area.answers.heading"))));
            blocks.add(new Block.Table(List.of(new Block.Column(w.get("area.col.question"), 3.4, false),
                    new Block.Column(w.get("area.col.answer"), 1.1, false)), Block.HeaderCells.FIRST_ROW, rows,
                    List.of()));
        }
        blocks.add(new Block.Heading(3, Text.of(w.get("area.meaning.heading"))));
        List<Block> meaning = new ArrayList<>();
        meaning.add(new Block.Paragraph(w.status(result.status()), Block.ParagraphStyle.BODY));
        meaning.add(Block.Paragraph.of(statusSentence(result.status())));
        reason(result).ifPresent(r -> meaning.add(Block.Paragraph.of(r)));
        if (!result.cdcSkillsNotYet().isEmpty()) {
            // A skill CDC lists for this age, not there yet: mention it at the check-up, never "wait and see".
            meaning.add(new Block.Paragraph(Text.builder().strong(w.get("cdc.heading") + ": ")
                    .plain(text(Guidance.CDC_SKILL_NOT_YET)).build(), Block.ParagraphStyle.BODY));
            meaning.add(new Block.BulletList(result.cdcSkillsNotYet().stream().map(i -> Text.builder()
                    .strong(text(i.milestone().question()) + " ")
                    .plain(w.get("cdc.item", w.ageWords(i.milestone().mostByMonths()))).build()).toList()));
        }
        boolean needsCare = result.status() == AreaStatus.KEEP_PRACTICING || result.status() == AreaStatus.TALK_TO_OT;
        if (needsCare) {
            // "Try for a few weeks, then look again" only when nothing calls for the check-up.
            boolean checkup = !result.cdcSkillsNotYet().isEmpty() || this.result.checklistWide().mentionAtCheckup();
            String step = result.status() == AreaStatus.KEEP_PRACTICING && checkup
                    ? w.get("nextStep.KEEP_PRACTICING.checkup") : w.get("nextStep." + result.status().name());
            Optional<String> phone = options.clinic().phone();
            if (phone.isPresent()) {
                step = step + " " + w.get("nextStep.callUs",
                        options.clinic().name().map(n -> n + ", " + phone.get()).orElse(phone.get()));
            }
            meaning.add(new Block.Paragraph(Text.builder().strong(w.get("area.nextStep.heading") + ": ").plain(step)
                    .build(), Block.ParagraphStyle.BODY));
        }
        blocks.add(new Block.Callout(Wording.tone(result.status()), meaning));
        List<Activity> activities = catalog.activities(area, this.result.checkpoint());
        if (!activities.isEmpty()) {
            blocks.add(new Block.Heading(3, Text.of(w.get("area.tryAtHome.heading"))));
            blocks.add(new Block.BulletList(activities.stream().map(a -> Text.of(text(a.text()))).toList()));
        }
        List<Sign> signs = area.signsAt(this.result.checkpoint());
        if (needsCare && !signs.isEmpty()) {
            blocks.add(new Block.Heading(3, Text.of(w.get("area.signs.heading"))));
            blocks.add(new Block.BulletList(signs.stream().map(s -> Text.of(text(s.text()))).toList()));
        }
        return new Block.Section(blocks);
    }

    private String statusSentence(AreaStatus status) {
        return switch (status) {
            case ON_TRACK -> text(Guidance.ON_TRACK);
            case KEEP_PRACTICING -> text(Guidance.KEEP_PRACTICING);
            case TALK_TO_OT -> text(Guidance.TALK_TO_OT);
            case NOT_ENOUGH_ANSWERS -> text(Guidance.NOT_ENOUGH_ANSWERS);
            case NOT_ASKED -> w.get("area.notAsked");
        };
    }

    private Optional<String> reason(AreaResult area) {
        AnswerCounts c = area.counts();
        String key = "reason." + area.reason().name();
        return switch (area.reason()) {
            case NO_QUESTIONS_ASKED -> Optional.empty();
            case TOO_FEW_ANSWERS -> Optional.of(w.get(key, c.answered(), c.asked()));
            case LOW_CREDIT, LOW_CREDIT_BUT_YOUNGER -> Optional.of(w.get(key, c.yes(), c.sometimes(), c.notYet()));
            case SOME_NOT_YET -> Optional.of(w.get(key, c.notYet(), c.answered()));
            case MOSTLY_SOMETIMES -> Optional.of(w.get(key, c.sometimes(), c.answered()));
            case MOSTLY_YES -> Optional.of(w.get(key, c.yes(), c.answered()));
        };
    }

    private Block comingNext() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(2, Text.of(w.get("next.heading"))));
        if (result.nextCheckpoint().isEmpty()) {
            blocks.add(Block.Paragraph.of(w.get("next.last")));
            return new Block.Section(blocks);
        }
        blocks.add(Block.Paragraph.of(w.get("next.intro", text(result.nextCheckpoint().get().title()))));
        List<Text> items = new ArrayList<>();
        for (AreaResult area : result.areas()) {
            area.comingNext().stream().limit(COMING_NEXT_PER_AREA).forEach(m -> items.add(Text.builder()
                    .strong(text(area.area().plainName()) + ": ").plain(text(m.question())).build()));
        }
        if (!items.isEmpty()) {
            blocks.add(new Block.BulletList(items));
        }
        return new Block.Section(blocks);
    }

    private Block help() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(2, Text.of(w.get("help.heading"))));
        blocks.add(Block.Paragraph.of(text(Guidance.ASK_FOR_EVALUATION)));
        blocks.add(Block.Paragraph.of(text(Guidance.YOU_KNOW_YOUR_CHILD)));
        // Red flags only for areas whose answers call for a closer look: a list of every area's signs
        // at every age would bury the few that matter for this child.
        List<AreaResult> watch = result.areas().stream().filter(a -> !a.area().redFlagsAt(result.checkpoint()).isEmpty()
                && (a.status() == AreaStatus.KEEP_PRACTICING || a.status() == AreaStatus.TALK_TO_OT
                        || a.status() == AreaStatus.NOT_ENOUGH_ANSWERS)).toList();
        if (!watch.isEmpty()) {
            blocks.add(Block.Paragraph.of(w.get("help.redFlagsIntro")));
            for (AreaResult area : watch) {
                blocks.add(new Block.Heading(3, Text.of(text(area.area().plainName()))));
                blocks.add(new Block.BulletList(area.area().redFlagsAt(result.checkpoint()).stream()
                        .map(f -> Text.of(text(f.text()))).toList()));
            }
        }
        if (!result.generalAnswers().isEmpty()) {
            List<List<Block.Cell>> rows = new ArrayList<>();
            result.generalAnswers().forEach((q, a) -> rows.add(List.of(Block.Cell.of(text(q.question())),
                    Block.Cell.of(w.answer(a, q.polarity())))));
            blocks.add(new Block.Heading(3, Text.of(w.get("help.general.heading"))));
            blocks.add(new Block.Table(List.of(new Block.Column(w.get("help.general.col.question"), 3.4, false),
                    new Block.Column(w.get("help.general.col.answer"), 1.1, false)), Block.HeaderCells.FIRST_ROW,
                    rows, List.of()));
        }
        contact().ifPresent(blocks::add);
        return new Block.Section(blocks);
    }

    private Optional<Block> contact() {
        ClinicProfile clinic = options.clinic();
        if (clinic.isEmpty()) {
            return Optional.empty();
        }
        List<Block> inside = new ArrayList<>();
        inside.add(new Block.Heading(3, Text.of(w.get("help.contact.heading"))));
        clinic.closingMessage().ifPresent(m -> inside.add(Block.Paragraph.of(m)));
        List<String> lines = new ArrayList<>();
        clinic.name().ifPresent(lines::add);
        clinic.therapist().ifPresent(t -> lines.add(w.get("help.therapist", t)));
        clinic.phone().ifPresent(lines::add);
        clinic.email().ifPresent(lines::add);
        clinic.website().ifPresent(lines::add);
        clinic.address().ifPresent(lines::add);
        if (!lines.isEmpty()) {
            inside.add(Block.Paragraph.of(String.join("\n", lines)));
        }
        return Optional.of(new Block.Callout(Tone.CALM, inside));
    }

    private Block sources() {
        Map<String, Integer> citations = new TreeMap<>();
        for (AreaResult area : result.areas()) {
            area.items().forEach(i -> i.milestone().sourceKeys().forEach(k -> citations.merge(k, 1, Integer::sum)));
        }
        result.generalAnswers().keySet().forEach(q -> q.sourceKeys().forEach(k -> citations.merge(k, 1, Integer::sum)));
        // The most cited first, then by key: a short list, the same every time.
        List<Source> cited = citations.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> catalog.source(e.getKey())).flatMap(Optional::stream).toList();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(2, Text.of(w.get("sources.heading"))));
        blocks.add(Block.Paragraph.of(w.get("sources.catalog", text(catalog.name()), catalog.version())));
        if (!cited.isEmpty()) {
            blocks.add(Block.Paragraph.of(w.get("sources.intro")));
            List<Text> items = new ArrayList<>(cited.stream().limit(SOURCES_SHOWN)
                    .map(s -> Text.of(s.title() + s.link().or(() -> s.isbn().map(i -> "ISBN " + i)).map(l -> ". " + l)
                            .orElse(""))).toList());
            if (cited.size() > SOURCES_SHOWN) {
                items.add(Text.of(w.get("sources.more", cited.size() - SOURCES_SHOWN)));
            }
            blocks.add(new Block.BulletList(items, Block.ParagraphStyle.QUIET));
        }
        blocks.add(new Block.Paragraph(Text.of(w.get("sources.disclaimer")), Block.ParagraphStyle.QUIET));
        return new Block.Section(blocks);
    }
}
