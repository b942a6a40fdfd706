package org.otmilestones.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Guidance;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.Publisher;
import org.otmilestones.core.Source;
import org.otmilestones.core.scoring.ChecklistResult;

/**
 * Builds the parent handout's description in the order a parent reads it: page 1 (who, what to do next,
 * at a glance), the age charts, a short part per area, a line about the sources, and for the full
 * version the therapist's pages.
 */
final class HandoutBuilder {

    /** How many publishers the sources line names: the ones the checklist's questions cite most. */
    static final int PUBLISHERS_NAMED = 3;

    private final HandoutContext c;

    HandoutBuilder(ChecklistResult result, Catalog catalog, ReportOptions options, Wording wording) {
        this.c = new HandoutContext(result, catalog, options, wording);
    }

    Handout build() {
        List<Block> blocks = new ArrayList<>();
        c.w.banner(c.options.clinic()).ifPresent(blocks::add);
        Optional<String> name = c.result.child().name();
        String title = name.map(n -> c.w.get("title.named", n)).orElse(c.w.get("title.unnamed"));
        blocks.add(new Block.Heading(1, Text.of(title)));
        blocks.add(facts());
        if (c.result.age().corrected().isPresent()) {
            blocks.add(new Block.Paragraph(Text.of(c.w.get("facts.bornEarly", c.result.age().weeksEarly()) + " "
                    + c.text(Guidance.CORRECTED_AGE_WHY)), Block.ParagraphStyle.QUIET));
        }
        blocks.add(new WhatToDoNext(c).box());
        blocks.add(new AtAGlance(c).section());
        // What OT is, after "At a glance" (which page 1 must hold whole), when the box's step is the OT evaluation.
        // With a red flag the doctor comes first, and a handout that asks nothing about OT leaves it out: in the
        // area part, or on page 1 under the scope lines, it gave a child on track a third page and the fullest
        // red-flag handout a fifth.
        if (c.urgency == Urgency.OT_EVALUATION) {
            blocks.add(whatIsOt(c));
        }
        // Page 1 ends with what the handout is not, and the clinic's own words.
        blocks.add(new Block.Paragraph(Text.of(c.text(Guidance.NOT_A_DIAGNOSIS)), Block.ParagraphStyle.QUIET));
        ClinicText closing = c.options.clinic().closingMessage();
        if (!closing.isEmpty()) {
            // Never the clinic's words in another language: without its own, neutral words in this one.
            blocks.add(new Block.Paragraph(Text.of(closing.in(c.lang).orElseGet(() -> c.w.get("clinic.closing"))),
                    Block.ParagraphStyle.BODY));
        }
        blocks.add(new AgeCharts(c).section(sourcesLine()));
        blocks.addAll(new AreaSections(c).sections());
        // "Please don't wait" once in the parent's part: the box says it first, the areas do not say it again.
        List<Block> parent = UrgentPhrases.once(blocks, List.of(c.w.get("urgent.dontWait").split("\\|")));
        blocks.clear();
        blocks.addAll(parent);
        if (c.options.detail() == Detail.FULL) {
            blocks.addAll(new TherapistPages(c).blocks());
        }
        String footerLeft = name.orElse(c.w.get("footer.unnamed"));
        String key = String.join("|", "handout", c.catalog.id(), c.catalog.version(), c.result.child().id(),
                c.result.assessedOn().toString(), c.result.checkpoint().id(), c.lang, c.options.paper().name(),
                c.options.detail().name());
        return new Handout(c.lang, title, c.w.get("document.subject"), c.result.assessedOn(), key, c.options.paper(),
                blocks, c.w.footer(footerLeft, c.options.clinic(), c.catalog));
    }

    /** "What is OT?" in the catalog's own words: what OT is (occupations), and how it differs from PT. */
    static Block.Paragraph whatIsOt(HandoutContext c) {
        return new Block.Paragraph(Text.builder().strong(c.w.get("ot.heading") + " ")
                .plain(c.text(Guidance.ABOUT_OT) + " " + c.text(Guidance.OT_VERSUS_PT)).build(),
                Block.ParagraphStyle.BODY);
    }

    /** The header's facts: the child's name is the title, so these are the ages, the checklist and the day. */
    private Block facts() {
        List<Block.Fact> facts = new ArrayList<>();
        facts.add(new Block.Fact(c.w.get("facts.age"), Text.of(c.w.age(c.result.age().chronological()))));
        c.result.age().corrected().ifPresent(a -> facts.add(new Block.Fact(c.w.get("facts.ageFromDueDate"),
                Text.of(c.w.age(a)))));
        facts.add(new Block.Fact(c.w.get("facts.checklist"), Text.of(c.months(c.result.checkpoint().ageMonths()))));
        facts.add(new Block.Fact(c.w.get("facts.completedOn"), Text.of(c.w.date(c.result.assessedOn()))));
        return new Block.Facts(facts);
    }

    /** Where the skills and ages come from, in one line: the catalog, its version and its main publishers. */
    private Block sourcesLine() {
        List<String> publishers = new ArrayList<>(mainPublishers());
        String catalogName = c.text(c.catalog.name());
        if (publishers.isEmpty()) {
            return new Block.Paragraph(Text.of(c.w.get("sources.lineNoPublishers", catalogName, c.catalog.version())),
                    Block.ParagraphStyle.QUIET);
        }
        publishers.add(c.w.get("sources.others"));
        return new Block.Paragraph(Text.of(c.w.get("sources.line", catalogName, c.catalog.version(),
                c.join(publishers))), Block.ParagraphStyle.QUIET);
    }

    /**
     * The publishers this checklist's questions cite most, most cited first: by their short ids when those are
     * the acronyms parents know (CDC, AAP, NHS), else by name, never by an internal id such as ACT-GOV.
     */
    private List<String> mainPublishers() {
        Map<String, Integer> cited = new LinkedHashMap<>();
        for (Milestone m : c.catalog.milestones(c.result.checkpoint())) {
            for (String key : m.sourceKeys()) {
                // Only the kinds a clinician accepts: a clinic's page may back a skill under review, not the handout.
                c.catalog.source(key).filter(src -> src.kind().isAuthoritative()).map(Source::publisherId)
                        .ifPresent(p -> cited.merge(p, 1, Integer::sum));
            }
        }
        return cited.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(PUBLISHERS_NAMED)
                .map(e -> c.catalog.publisher(e.getKey()).map(HandoutBuilder::shownName).orElse(e.getKey()))
                .toList();
    }

    private static String shownName(Publisher publisher) {
        return publisher.id().matches("[A-Z]{2,5}") ? publisher.id() : publisher.name();
    }
}
